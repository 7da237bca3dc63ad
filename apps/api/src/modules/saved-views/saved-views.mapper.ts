// Maps saved view rows to their GraphQL shape, with `editable` computed for the caller; `owner` is a field resolver.
import type { OpportunitySavedViewInput, SavedViewSort } from '@veza/shared';
import { globalId } from '../../graphql/ids.ts';
import type { SavedViewRow } from './saved-views.repository.ts';

type StoredSort = SavedViewSort | OpportunitySavedViewInput['sort'][number];

/** Opportunity views store `field` too; GraphQL answers it as `opportunityField` (another enum). */
function sortOf(entity: SavedViewRow['entity'], sort: StoredSort[]) {
  return sort.map((s) => {
    const field = 'field' in s ? s.field : null;
    const attribute = 'attribute' in s ? s.attribute : null;
    return entity === 'OPPORTUNITY'
      ? {
          field: null,
          opportunityField: field as OpportunitySavedViewInput['sort'][number]['field'],
          attribute: null,
          direction: s.direction,
        }
      : { field: field as SavedViewSort['field'] & string, opportunityField: null, attribute, direction: s.direction };
  });
}

export function toSavedViewNode(row: SavedViewRow, editable: boolean) {
  return {
    ...row,
    id: globalId('SavedView', row.id),
    editable,
    columns: Array.isArray(row.columns) ? (row.columns as string[]) : [],
    sort: Array.isArray(row.sort) ? sortOf(row.entity, row.sort as StoredSort[]) : [],
  };
}

export type SavedViewNode = ReturnType<typeof toSavedViewNode>;
