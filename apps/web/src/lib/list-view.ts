// A client list view — filter, visible columns in order, sort — as the client list shows it and the saved-views
// feature stores it; the app plugs the saved-views bar into the list, so both features use this one definition.
import type { ClientFilter } from '@veza/shared';
import type { ClientSortField } from '@veza/shared/graphql-types';
import type { ReactNode } from 'react';

/** A sort key as a saved view stores it (checked by the API when used). */
export interface ViewSort {
  field?: ClientSortField | null;
  attribute?: string | null;
  direction?: 'ASC' | 'DESC' | null;
}

export interface ListView {
  filter: ClientFilter | null;
  columns: string[];
  sort: ViewSort[];
}

/** The saved-views selector the app plugs into the client list. */
export type ViewsBarComponent = (props: { current: ListView; onApply: (view: ListView | null) => void }) => ReactNode;
