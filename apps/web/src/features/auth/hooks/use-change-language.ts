// Switches the UI language and saves it as the user's preference.
import { useMutation } from '@apollo/client/react';
import type { Locale } from '@veza/shared';
import { useTranslation } from 'react-i18next';
import { changeLocale } from '../../../i18n/index.ts';
import { errorText } from '../../../lib/graphql-errors.ts';
import { notifyError } from '../../../lib/notify.ts';
import { UpdateMyPreferencesMutation } from '../api/update-my-preferences-mutation.ts';

export function useChangeLanguage(): (locale: Locale) => Promise<void> {
  const { t } = useTranslation();
  const [save] = useMutation(UpdateMyPreferencesMutation);
  return async (locale) => {
    await changeLocale(locale);
    try {
      await save({ variables: { input: { locale } } });
    } catch (error) {
      notifyError(errorText(t, error));
    }
  };
}
