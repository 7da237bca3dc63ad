// Options for a dictionary-backed select: active values in order, plus the record's current value if inactive.
import { useQuery } from '@apollo/client/react';
import { labelIn, type DictionaryKind } from '@veza/shared';
import { useTranslation } from 'react-i18next';
import { ClientFormDictionaryQuery } from '../api/client-form-dictionary-query.ts';
import type { ClientDictionaryValue } from './use-client-detail.ts';

export interface DictionaryOption {
  value: string;
  label: string;
  color: string | null;
}

export function useDictionaryOptions(kind: DictionaryKind, current: ClientDictionaryValue | null | undefined) {
  const { t, i18n } = useTranslation();
  const { data, loading, refetch } = useQuery(ClientFormDictionaryQuery, { variables: { kind } });
  const values = data?.dictionary ?? [];
  const options: DictionaryOption[] = values.map((v) => ({
    value: v.id,
    label: labelIn(v.labels, i18n.language),
    color: v.color ?? null,
  }));
  if (current && !options.some((o) => o.value === current.id)) {
    options.push({
      value: current.id,
      label: `${labelIn(current.labels, i18n.language)} (${t('client.inactiveValue')})`,
      color: current.color ?? null,
    });
  }
  return { options, loading: loading && !data, refetch };
}
