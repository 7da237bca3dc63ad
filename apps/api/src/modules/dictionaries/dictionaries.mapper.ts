// Maps dictionary value rows to their GraphQL shape (global id, every label filled); `label` is a field resolver.
import { storedLabels } from '@veza/shared';
import { globalId } from '../../graphql/ids.ts';
import type { DictionaryValueRow } from './dictionaries.repository.ts';

export function toDictionaryValueNode(row: DictionaryValueRow) {
  const meta = row.meta && typeof row.meta === 'object' ? (row.meta as Record<string, unknown>) : {};
  return { ...row, id: globalId('DictionaryValue', row.id), labels: storedLabels(row.labels), meta };
}

export type DictionaryValueNode = ReturnType<typeof toDictionaryValueNode>;
