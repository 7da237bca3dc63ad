// Labels translated into each UI language; a missing translation falls back to English.
import { z } from 'zod';
import type { Locale } from './locales.ts';

export type LabelSet = Record<Locale, string>;

export const LabelsInput = z
  .object({
    en: z.string().trim().min(1, 'validation.required').max(200, 'validation.tooLong'),
    pl: z.string().trim().max(200, 'validation.tooLong').nullish(),
    hr: z.string().trim().max(200, 'validation.tooLong').nullish(),
    cs: z.string().trim().max(200, 'validation.tooLong').nullish(),
  })
  .transform((l): LabelSet => ({ en: l.en, pl: l.pl || l.en, hr: l.hr || l.en, cs: l.cs || l.en }));

export function labelIn(labels: Partial<LabelSet> | null | undefined, locale: string): string {
  if (!labels) return '';
  return labels[locale as Locale] || labels.en || Object.values(labels).find(Boolean) || '';
}
