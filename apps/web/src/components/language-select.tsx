// A labelled native select of the UI languages (names in their own language).
import { NativeSelect, type NativeSelectProps } from '@mantine/core';
import { LOCALES, type Locale } from '@veza/shared';
import { useTranslation } from 'react-i18next';
import { isLocale } from '../i18n/locale.ts';

interface Props extends Omit<NativeSelectProps, 'data' | 'value' | 'onChange'> {
  value: string;
  onChange: (locale: Locale) => void;
}

export function LanguageSelect({ value, onChange, label, ...rest }: Props) {
  const { t } = useTranslation();
  return (
    <NativeSelect
      label={label ?? t('common.language')}
      value={value}
      data={LOCALES.map((l) => ({ value: l, label: t(`language.${l}`) }))}
      onChange={(event) => {
        const next = event.currentTarget.value;
        if (isLocale(next)) onChange(next);
      }}
      {...rest}
    />
  );
}
