// A list view — filter, visible columns in order, sort — as a list (clients, opportunities) shows it and the
// saved-views feature stores it; the app plugs the saved-views bar into each list, so both use these definitions.
import type { ClientFilter } from '@veza/shared';
import type { ClientSortField, OpportunityFilter, OpportunitySortField } from '@veza/shared/graphql-types';
import type { ReactNode } from 'react';

/** A sort key as a saved client view stores it (checked by the API when used). */
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

/** The opportunity list sorts by one built-in field. */
export interface OpportunityViewSort {
  field: OpportunitySortField;
  direction?: 'ASC' | 'DESC' | null;
}

export interface OpportunityListView {
  filter: OpportunityFilter | null;
  columns: string[];
  sort: OpportunityViewSort[];
}

/** The saved-views selector the app plugs into a list. */
export type ViewsBarComponent<V = ListView> = (props: { current: V; onApply: (view: V | null) => void }) => ReactNode;
