// Input schemas for dictionary values (administrator-editable code lists), shared by the admin form and the API.
import { z } from 'zod';
import { ATTRIBUTE_KEY } from '../filter/client-filter.ts';
import { LabelsInput, labelIn, type LabelSet } from '../labels.ts';
import { LOCALES } from '../locales.ts';

export const DICTIONARY_KINDS = [
  'CLIENT_STATUS',
  'CLIENT_SEGMENT',
  'INDUSTRY',
  'LEAD_SOURCE',
  'ACTIVITY_TYPE',
  'ACTIVITY_CATEGORY',
  'CONTACT_CHANNEL',
  'ACTIVITY_RESULT',
  'OPPORTUNITY_STAGE',
  'LOST_REASON',
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

/** The icons an activity type may show (the web draws each one); a fixed set, so every key has a drawing. */
export const ACTIVITY_TYPE_ICONS = [
  'phone',
  'phone-incoming',
  'phone-outgoing',
  'users',
  'video',
  'mail',
  'message',
  'file-text',
  'check-square',
  'calendar',
  'bell',
  'map-pin',
  'briefcase',
  'presentation',
  'receipt',
  'handshake',
  'truck',
  'tool',
  'coffee',
  'star',
  'flag',
  'alert',
] as const;
export type ActivityTypeIconKey = (typeof ACTIVITY_TYPE_ICONS)[number];

export function isActivityTypeIcon(value: unknown): value is ActivityTypeIconKey {
  return typeof value === 'string' && (ACTIVITY_TYPE_ICONS as readonly string[]).includes(value);
}

/** The icon in a dictionary value's stored `meta`, when it is one of ACTIVITY_TYPE_ICONS (else null). */
export function activityTypeIconOf(meta: unknown): ActivityTypeIconKey | null {
  const icon = meta && typeof meta === 'object' ? (meta as Record<string, unknown>).icon : undefined;
  return isActivityTypeIcon(icon) ? icon : null;
}

const isBoolean = (v: unknown) => typeof v === 'boolean';
const ACTIVITY_TYPE_META: Record<string, { valid: (v: unknown) => boolean; message: string }> = {
  showOnCalendar: { valid: isBoolean, message: 'validation.invalid' },
  showOnHome: { valid: isBoolean, message: 'validation.invalid' },
  /** "May be sent to Outlook": off keeps the type's activities out of the calendar feed. */
  sendToOutlook: { valid: isBoolean, message: 'validation.invalid' },
  icon: { valid: isActivityTypeIcon, message: 'validation.icon' },
};

export const STAGE_OUTCOMES = ['OPEN', 'WON', 'LOST'] as const;
export type StageOutcome = (typeof STAGE_OUTCOMES)[number];
const isProbability = (v: unknown) => Number.isInteger(v) && (v as number) >= 0 && (v as number) <= 100;
const OPPORTUNITY_STAGE_META: Record<string, { valid: (v: unknown) => boolean; message: string }> = {
  probability: { valid: isProbability, message: 'validation.probability' },
  outcome: { valid: (v) => (STAGE_OUTCOMES as readonly unknown[]).includes(v), message: 'validation.invalid' },
  pipeline: { valid: (v) => typeof v === 'string' && ATTRIBUTE_KEY.test(v), message: 'validation.key' },
};
const META_RULES: Partial<Record<DictionaryKind, typeof ACTIVITY_TYPE_META>> = {
  ACTIVITY_TYPE: ACTIVITY_TYPE_META,
  OPPORTUNITY_STAGE: OPPORTUNITY_STAGE_META,
};

/** A pipeline stage's settings read from its stored meta, with safe defaults for anything missing or malformed. */
export function stageMetaOf(meta: unknown): { probability: number; outcome: StageOutcome; pipeline: string } {
  const m = meta && typeof meta === 'object' ? (meta as Record<string, unknown>) : {};
  const outcome = (STAGE_OUTCOMES as readonly unknown[]).includes(m.outcome) ? (m.outcome as StageOutcome) : 'OPEN';
  const fixed = outcome === 'WON' ? 100 : outcome === 'LOST' ? 0 : null;
  const probability = fixed ?? (isProbability(m.probability) ? (m.probability as number) : 0);
  return { probability, outcome, pipeline: typeof m.pipeline === 'string' ? m.pipeline : 'default' };
}

/** The first meta key whose value does not suit the dictionary kind (activity types: flags and an icon) and why. */
export function dictionaryMetaError(
  kind: DictionaryKind,
  meta: Record<string, unknown>,
): { key: string; message: string } | null {
  const rules = META_RULES[kind];
  if (!rules) return null;
  const key = Object.keys(rules).find((k) => meta[k] !== undefined && !rules[k]!.valid(meta[k]));
  return key ? { key, message: rules[key]!.message } : null;
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
    if (bad) ctx.addIssue({ code: 'custom', message: bad.message, path: ['meta', bad.key] });
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
