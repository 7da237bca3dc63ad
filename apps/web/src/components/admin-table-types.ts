// What an administration list describes: its columns (the first names the row) and its per-row actions.
import type { ReactNode } from 'react';

export interface AdminColumn<Row> {
  header: string;
  cell: (row: Row) => ReactNode;
  /** Left out of the phone card (a detail the list does without at 360–430 px). Shown by default. */
  hideOnPhone?: boolean;
}

export interface AdminAction<Row> {
  label: string | ((row: Row) => string);
  /** The button's accessible name, e.g. "Edit Ana Horvat". */
  name: (row: Row) => string;
  onClick: (row: Row) => void;
  color?: string | ((row: Row) => string);
  /** Disabled with this explanation as a tooltip (on a phone: as a line under the buttons). */
  disabledBecause?: (row: Row) => string | null;
  /** Not offered for this row (e.g. revoking a revoked token). */
  hidden?: (row: Row) => boolean;
}

export const resolveText = <Row>(value: string | ((row: Row) => string) | undefined, row: Row) =>
  typeof value === 'function' ? value(row) : value;
