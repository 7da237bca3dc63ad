// Inputs for a label in every UI language (attribute labels, help texts, choices, dictionary values).
import { SimpleGrid, TextInput } from '@mantine/core';
import { LOCALES, type Locale } from '@veza/shared';
import { useEffect, useRef } from 'react';
import { useTranslation } from 'react-i18next';

export type LabelsDraft = Record<Locale, string>;

export const EMPTY_LABELS: LabelsDraft = { en: '', pl: '', hr: '', cs: '' };

interface Props {
  /** Shown before each language name, e.g. "Label" → "Label (English)". */
  legend: string;
  value: LabelsDraft;
  onChange: (value: LabelsDraft) => void;
  /** Translated errors by language. */
  errors?: Partial<Record<Locale, string>>;
  /** English is required unless the whole set is optional (help texts). */
  englishRequired?: boolean;
  cols?: number;
}

export function LabelsInputs({ legend, value, onChange, errors = {}, englishRequired = true, cols = 2 }: Props) {
  const { t } = useTranslation();
  return (
    <SimpleGrid cols={{ base: 1, sm: cols }} spacing="sm">
      {LOCALES.map((locale) => (
        <TextInput
          key={locale}
          label={t('attributes.labelIn', { label: legend, language: t(`language.${locale}`) })}
          placeholder={locale === 'en' ? undefined : value.en}
          required={locale === 'en' && englishRequired}
          value={value[locale] ?? ''}
          error={errors[locale]}
          onChange={(e) => onChange({ ...value, [locale]: e.currentTarget.value })}
        />
      ))}
    </SimpleGrid>
  );
}

/** A stable code from an English label: "Trade fair 2024" → "trade_fair_2024" (see the shared key rule). */
export function keyFromLabel(label: string): string {
  const ascii = label
    .normalize('NFKD')
    .replace(/[\u0300-\u036f]/g, '')
    .replace(/[đĐ]/g, 'd')
    .replace(/[łŁ]/g, 'l')
    .toLowerCase();
  const key = ascii
    .replace(/[^a-z0-9]+/g, '_')
    .replace(/^[^a-z]+/, '')
    .replace(/_+$/, '')
    .slice(0, 40)
    .replace(/_+$/, '');
  return key;
}

/**
 * While creating, keeps a key in step with the English label — until someone types a key of their own
 * (then the key no longer matches what the previous label would give, and it is left alone).
 */
export function useKeyFromLabel(
  english: string | undefined,
  enabled: boolean,
  key: { get: () => string; set: (key: string) => void },
) {
  const previous = useRef('');
  const { get, set } = key;
  useEffect(() => {
    const current = get();
    if (enabled && (current === '' || current === keyFromLabel(previous.current))) set(keyFromLabel(english ?? ''));
    previous.current = english ?? '';
  }, [english, enabled, get, set]);
}
