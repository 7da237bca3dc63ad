// The opportunity list's columns: ids (built-in names or attr:<key>), defaults, widths and their sort fields.
import { OPPORTUNITY_COLUMNS } from '@veza/shared';
import type { SortingState } from '@tanstack/react-table';
import type { OpportunityViewSort } from '../../../lib/list-view.ts';

export const ATTRIBUTE_PREFIX = 'attr:';

export const DEFAULT_COLUMNS: readonly string[] = [
  'NAME',
  'CLIENT',
  'STAGE',
  'STATUS',
  'AMOUNT',
  'EXPECTED_CLOSE',
  'OWNER',
];

const WIDTHS: Partial<Record<string, number>> = {
  NAME: 240,
  CLIENT: 220,
  STAGE: 150,
  STATUS: 120,
  AMOUNT: 150,
  CURRENCY: 100,
  BASE_AMOUNT: 150,
  PROBABILITY: 110,
  OWNER: 170,
};

export const columnWidth = (id: string): number => WIDTHS[id] ?? 150;

/** On a phone the list keeps its key columns (those of them the user shows), narrow enough for 360 px (305 px inside the card). */
const PHONE_WIDTHS: Record<string, number> = { NAME: 115, STAGE: 90, AMOUNT: 100 };
export const phoneColumns = (columns: readonly string[]): string[] => columns.filter((c) => c in PHONE_WIDTHS);
export const phoneColumnWidth = (id: string): number => PHONE_WIDTHS[id] ?? 100;
export const isAttributeColumn = (id: string) => id.startsWith(ATTRIBUTE_PREFIX);
export const attributeKey = (id: string) => id.slice(ATTRIBUTE_PREFIX.length);

export function allColumns(attributeKeys: readonly string[]): string[] {
  return [...OPPORTUNITY_COLUMNS, ...attributeKeys.map((k) => ATTRIBUTE_PREFIX + k)];
}

/** Drops columns that no longer exist (e.g. a deactivated attribute in an old view); never leaves the list empty. */
export function knownColumns(columns: readonly string[], available: readonly string[]): string[] {
  const known = columns.filter((c, i) => available.includes(c) && columns.indexOf(c) === i);
  return known.length ? known : ['NAME'];
}

/** Column → the API's sort field; the stage column sorts in board order. */
const SORT_FIELDS: Partial<Record<string, OpportunityViewSort['field']>> = {
  NAME: 'NAME',
  STAGE: 'BOARD',
  AMOUNT: 'AMOUNT',
  EXPECTED_CLOSE: 'EXPECTED_CLOSE',
  CREATED_AT: 'CREATED_AT',
  CLOSED_AT: 'CLOSED_AT',
};

export const isSortable = (id: string) => SORT_FIELDS[id] != null;

export function sortingToOrder(sorting: SortingState): OpportunityViewSort[] {
  const first = sorting[0];
  const field = first ? SORT_FIELDS[first.id] : undefined;
  return field ? [{ field, direction: first!.desc ? 'DESC' : 'ASC' }] : [];
}

export function orderToSorting(order: readonly OpportunityViewSort[]): SortingState {
  const first = order[0];
  const id = first && Object.entries(SORT_FIELDS).find(([, f]) => f === first.field)?.[0];
  return id ? [{ id, desc: first.direction === 'DESC' }] : [];
}
