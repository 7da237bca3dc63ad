// The dictionary value form's values, conversion to API input, and resolvers built on the shared schemas.
import {
  activityTypeIconOf,
  CreateDictionaryValueInput,
  stageMetaOf,
  type StageOutcome,
  UpdateDictionaryValueInput,
  type DictionaryKind,
} from '@veza/shared';
import type { z } from 'zod';
import { EMPTY_LABELS, type LabelsDraft } from '../../../components/attribute-field/labels-inputs.tsx';
import { shapedResolver } from '../../../lib/shaped-resolver.ts';
import type { DictionaryValueRow } from '../hooks/use-dictionary-values.ts';

export interface DictionaryValueFormValues {
  key: string;
  labels: LabelsDraft;
  color: string;
  position: number | string;
  active: boolean;
  showOnCalendar: boolean;
  showOnHome: boolean;
  /** Activity types: "may be sent to Outlook" (the calendar feed); on unless switched off. */
  sendToOutlook: boolean;
  /** A key of ACTIVITY_TYPE_ICONS, or null for none. */
  icon: string | null;
  /** Opportunity stages: the probability new opportunities take (0–100) and whether the stage closes as won / lost. */
  probability: number | string;
  outcome: StageOutcome;
}

export type CreateDictionaryValueOutput = z.output<typeof CreateDictionaryValueInput>;
export type UpdateDictionaryValueOutput = z.output<typeof UpdateDictionaryValueInput>;

export const DICTIONARY_VALUE_FIELDS = ['key', 'labels', 'color', 'position', 'active'] as const;

function metaOf(row: DictionaryValueRow | null): Record<string, unknown> {
  return row?.meta && typeof row.meta === 'object' ? (row.meta as Record<string, unknown>) : {};
}

export function toDictionaryFormValues(row: DictionaryValueRow | null): DictionaryValueFormValues {
  const meta = metaOf(row);
  return {
    key: row?.key ?? '',
    labels: row ? { ...EMPTY_LABELS, ...row.labels } : EMPTY_LABELS,
    color: row?.color ?? '',
    position: row?.position ?? '',
    active: row?.active ?? true,
    showOnCalendar: meta.showOnCalendar !== false,
    showOnHome: meta.showOnHome !== false,
    sendToOutlook: meta.sendToOutlook !== false,
    // An icon the app cannot draw (stored before the set was fixed) shows as none and is dropped on save.
    icon: activityTypeIconOf(meta),
    probability: stageMetaOf(meta).probability,
    outcome: stageMetaOf(meta).outcome,
  };
}

/** Activity types keep their flags and icon in `meta`; other keys there are kept, since meta is replaced. */
function meta(kind: DictionaryKind, values: DictionaryValueFormValues, row: DictionaryValueRow | null) {
  if (kind === 'OPPORTUNITY_STAGE') {
    const fixed = values.outcome === 'WON' ? 100 : values.outcome === 'LOST' ? 0 : null;
    const probability = fixed ?? (values.probability === '' ? 0 : Number(values.probability));
    return { pipeline: 'default', ...metaOf(row), probability, outcome: values.outcome };
  }
  if (kind !== 'ACTIVITY_TYPE') return row ? undefined : {};
  const { icon: _previous, ...rest } = metaOf(row);
  return {
    ...rest,
    showOnCalendar: values.showOnCalendar,
    showOnHome: values.showOnHome,
    sendToOutlook: values.sendToOutlook,
    ...(values.icon ? { icon: values.icon } : {}),
  };
}

const position = (p: number | string) => (p === '' || p === null ? null : Number(p));

export function createDictionaryResolver(kind: DictionaryKind) {
  return shapedResolver(CreateDictionaryValueInput, (v: DictionaryValueFormValues) => ({
    kind,
    key: v.key,
    labels: v.labels,
    color: v.color || null,
    position: position(v.position),
    meta: meta(kind, v, null),
  }));
}

/** An emptied colour is sent as null, which removes it. */
export function updateDictionaryResolver(kind: DictionaryKind, row: DictionaryValueRow) {
  return shapedResolver(UpdateDictionaryValueInput, (v: DictionaryValueFormValues) => ({
    labels: v.labels,
    color: v.color || null,
    position: position(v.position),
    active: v.active,
    meta: meta(kind, v, row),
  }));
}
