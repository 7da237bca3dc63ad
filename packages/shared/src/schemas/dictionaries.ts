// Input schemas for dictionary values (administrator-editable code lists), shared by the admin form and the API.
import { z } from 'zod';
import { ATTRIBUTE_KEY } from '../filter/client-filter.ts';
import { LabelsInput, labelIn, type LabelSet } from '../labels.ts';
import { LOCALES } from './auth.ts';

export const DICTIONARY_KINDS = [
  'CLIENT_STATUS',
  'CLIENT_SEGMENT',
  'INDUSTRY',
  'LEAD_SOURCE',
  'ACTIVITY_TYPE',
  'ACTIVITY_CATEGORY',
  'CONTACT_CHANNEL',
  'ACTIVITY_RESULT',
] as const;
export type DictionaryKind = (typeof DICTIONARY_KINDS)[number];

/** Stable codes of dictionary values, attributes and choices: they end up in filters, URLs and integrations. */
export const codeKey = z.string().trim().regex(ATTRIBUTE_KEY, 'validation.key');

export const colorInput = z
  .string()
  .trim()
  .regex(/^#[0-9a-fA-F]{6}$/, 'validation.color')
  .transform((c) => c.toLowerCase());

export const positionInput = z
  .number()
  .int('validation.integer')
  .min(0, 'validation.integer')
  .max(1_000_000, 'validation.integer');

const MAX_META_CHARS = 2000;
const metaInput = z
  .record(z.string(), z.json())
  .refine((m) => JSON.stringify(m).length <= MAX_META_CHARS, 'validation.tooLong');

const ICON = /^[a-z0-9-]{1,40}$/;
const ACTIVITY_TYPE_META: Record<string, (v: unknown) => boolean> = {
  showOnCalendar: (v) => typeof v === 'boolean',
  showOnHome: (v) => typeof v === 'boolean',
  icon: (v) => typeof v === 'string' && ICON.test(v),
};

/** The first meta key whose value does not suit the dictionary kind (activity types: flags and an icon name). */
export function dictionaryMetaError(kind: DictionaryKind, meta: Record<string, unknown>): string | null {
  if (kind !== 'ACTIVITY_TYPE') return null;
  return Object.keys(ACTIVITY_TYPE_META).find((k) => meta[k] !== undefined && !ACTIVITY_TYPE_META[k]!(meta[k])) ?? null;
}

export const CreateDictionaryValueInput = z
  .object({
    kind: z.enum(DICTIONARY_KINDS, 'validation.invalid'),
    key: codeKey,
    labels: LabelsInput,
    color: colorInput.nullish(),
    position: positionInput.nullish(),
    meta: metaInput.nullish().transform((m) => m ?? {}),
  })
  .superRefine((v, ctx) => {
    const bad = dictionaryMetaError(v.kind, v.meta);
    if (bad) ctx.addIssue({ code: 'custom', message: 'validation.invalid', path: ['meta', bad] });
  });
export type CreateDictionaryValueInput = z.output<typeof CreateDictionaryValueInput>;

/** Left out or null: unchanged, except `color`, where null clears it. `meta` replaces the stored object. */
export const UpdateDictionaryValueInput = z.object({
  labels: LabelsInput.nullish(),
  color: colorInput.nullish(),
  position: positionInput.nullish(),
  active: z.boolean().nullish(),
  meta: metaInput.nullish(),
});
export type UpdateDictionaryValueInput = z.output<typeof UpdateDictionaryValueInput>;

/** Labels as stored (JSONB, possibly written by an older version) with every language filled, English as fallback. */
export function storedLabels(json: unknown): LabelSet {
  const labels = json && typeof json === 'object' ? (json as Partial<LabelSet>) : {};
  return Object.fromEntries(LOCALES.map((l) => [l, labelIn(labels, l)])) as LabelSet;
}
