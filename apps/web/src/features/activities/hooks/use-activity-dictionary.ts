// Options of an activity dictionary (type, category, channel, result): active values in order, plus the record's
// current value when it has been deactivated, so old records keep their meaning.
import { useQuery } from '@apollo/client/react';
import { labelIn } from '@veza/shared';
import { useTranslation } from 'react-i18next';
import { ActivityDictionaryQuery } from '../api/activity-dictionary-query.ts';

export type ActivityDictionaryKind = 'ACTIVITY_TYPE' | 'ACTIVITY_CATEGORY' | 'CONTACT_CHANNEL' | 'ACTIVITY_RESULT';

export interface DictionaryValueLike {
  id: string;
  key: string;
  labels: { en: string; pl: string; hr: string; cs: string };
  color?: string | null;
  meta?: unknown;
}

export interface ActivityDictionaryOption {
  value: string;
  label: string;
  key: string;
  color: string | null;
  meta: Record<string, unknown>;
}

const asMeta = (meta: unknown) => (meta && typeof meta === 'object' ? (meta as Record<string, unknown>) : {});

export function toOption(v: DictionaryValueLike, language: string): ActivityDictionaryOption {
  return { value: v.id, label: labelIn(v.labels, language), key: v.key, color: v.color ?? null, meta: asMeta(v.meta) };
}

export function useActivityDictionary(
  kind: ActivityDictionaryKind,
  current?: DictionaryValueLike | null,
  includeInactive = false,
) {
  const { t, i18n } = useTranslation();
  const { data, loading } = useQuery(ActivityDictionaryQuery, { variables: { kind, includeInactive } });
  const options = (data?.dictionary ?? []).map((v) => toOption(v, i18n.language));
  if (current && !options.some((o) => o.value === current.id)) {
    const option = toOption(current, i18n.language);
    options.push({ ...option, label: `${option.label} (${t('activity.inactiveValue')})` });
  }
  return { options, loading: loading && !data };
}

/** Whether km are recorded for this type: the `meeting` key, or a type whose meta says `tracksDistance`. */
export function tracksDistance(type: { key: string; meta?: unknown } | null | undefined): boolean {
  if (!type) return false;
  return type.key === 'meeting' || asMeta(type.meta).tracksDistance === true;
}
