// The TanStack Table features every list table uses (server-side sorting only) and its column type.
import { rowSortingFeature, tableFeatures, type ColumnDef, type RowData } from '@tanstack/react-table';

export const sortableTableFeatures = tableFeatures({ rowSortingFeature });
export type TableFeatures = typeof sortableTableFeatures;
export type DataColumn<TRow extends RowData> = ColumnDef<TableFeatures, TRow, unknown>;
/** Server-side sort keys a list accepts at most. */
export const MAX_SORT_KEYS = 3;
