// Converts between the table's sorting state and the API's orderBy (at most three keys).
import type { SortingState } from '@tanstack/react-table';
import { MAX_SORT_KEYS } from '../../../components/data-table/table-features.ts';
import type { ClientOrderInput } from '../api/client-list-query.ts';
import { attributeKey, isAttributeColumn, ATTRIBUTE_PREFIX } from './columns.ts';

export function sortingToOrder(sorting: SortingState): ClientOrderInput[] {
  return sorting.slice(0, MAX_SORT_KEYS).map((s) => {
    const direction = s.desc ? 'DESC' : 'ASC';
    return isAttributeColumn(s.id)
      ? { attribute: attributeKey(s.id), direction }
      : ({ field: s.id, direction } as ClientOrderInput);
  });
}

export function orderToSorting(
  order: readonly { field?: string | null; attribute?: string | null; direction?: string | null }[],
): SortingState {
  return order
    .filter((o) => o.field || o.attribute)
    .slice(0, MAX_SORT_KEYS)
    .map((o) => ({ id: o.field ?? ATTRIBUTE_PREFIX + o.attribute, desc: o.direction === 'DESC' }));
}
