// Maps saved view rows to their GraphQL shape, with `editable` computed for the caller.
import type { SavedViewSort } from '@veza/shared';
import { globalId } from '../../graphql/ids.ts';
import type { SavedViewRow } from './saved-views.repository.ts';

export function toSavedViewNode(row: SavedViewRow, editable: boolean) {
  const { ownerId: _ownerId, owner, ...rest } = row;
  return {
    ...rest,
    id: globalId('SavedView', row.id),
    owner: { ...owner, id: globalId('User', owner.id), locale: owner.locale as 'en' | 'pl' | 'hr' | 'cs' },
    editable,
    columns: Array.isArray(row.columns) ? (row.columns as string[]) : [],
    sort: Array.isArray(row.sort)
      ? (row.sort as SavedViewSort[]).map((s) => ({ field: null, attribute: null, ...s }))
      : [],
  };
}
