// The salutation dialog: the suggestion for the chosen language (the UI's by default) is the field's placeholder.
import { useQuery } from '@apollo/client/react';
import { MAIL_LANGUAGES } from '@veza/shared';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { ErrorAlert } from '../../../components/error-alert.tsx';
import { FormModal } from '../../../components/form-modal.tsx';
import { LanguageSelect } from '../../../components/language-select.tsx';
import { PageLoader } from '../../../components/page-loader.tsx';
import { PersonSalutationQuery } from '../api/person-salutation-query.ts';
import { PersonSalutationForm } from './person-salutation-form.tsx';

function PersonSalutationContent(props: { personId: string; onClose: () => void }) {
  const { t, i18n } = useTranslation();
  const [language, setLanguage] = useState<string>(
    (MAIL_LANGUAGES as readonly string[]).includes(i18n.language) ? i18n.language : 'en',
  );
  const { data, previousData, error } = useQuery(PersonSalutationQuery, {
    variables: { personId: props.personId, language },
  });
  const node = (data ?? previousData)?.node;
  const person = node?.__typename === 'Person' ? node : null;
  return (
    <>
      <LanguageSelect label={t('mail.salutation.language')} value={language} onChange={setLanguage} />
      <ErrorAlert error={error} />
      {person ? (
        <PersonSalutationForm
          personId={props.personId}
          stored={person.salutation ?? null}
          suggested={person.suggestedSalutation}
          onClose={props.onClose}
        />
      ) : (
        !error && <PageLoader />
      )}
    </>
  );
}

export function PersonSalutationModal(props: {
  personId: string;
  personName: string;
  opened: boolean;
  onClose: () => void;
}) {
  const { t } = useTranslation();
  return (
    <FormModal
      opened={props.opened}
      onClose={props.onClose}
      title={t('mail.salutation.title', { name: props.personName })}
    >
      <PersonSalutationContent personId={props.personId} onClose={props.onClose} />
    </FormModal>
  );
}
