// Maps saved view rows to their GraphQL shape, with `editable` computed for the caller; `owner` is a field resolver.
import type { SavedViewSort } from '@veza/shared';
import { globalId } from '../../graphql/ids.ts';
import type { SavedViewRow } from './saved-views.repository.ts';

export function toSavedViewNode(row: SavedViewRow, editable: boolean) {
  return {
    ...row,
    id: globalId('SavedView', row.id),
    editable,
    columns: Array.isArray(row.columns) ? (row.columns as string[]) : [],
    sort: Array.isArray(row.sort)
      ? (row.sort as SavedViewSort[]).map((s) => ({ field: null, attribute: null, ...s }))
      : [],
  };
}

export type SavedViewNode = ReturnType<typeof toSavedViewNode>;
