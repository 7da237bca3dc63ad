// Relay-style cursor connections with keyset pagination: opaque cursors hold the sort key of the last row.
import { badInput } from './errors.ts';

export const DEFAULT_PAGE_SIZE = 50;
export const MAX_PAGE_SIZE = 500;

export function pageSize(first: number | null | undefined, field = 'first'): number {
  if (first == null) return DEFAULT_PAGE_SIZE;
  if (!Number.isInteger(first) || first < 0 || first > MAX_PAGE_SIZE) {
    throw badInput(field, `validation.pageSize`);
  }
  return first;
}

export function encodeCursor(values: readonly unknown[]): string {
  return Buffer.from(JSON.stringify(values)).toString('base64url');
}

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;
const isScalar = (v: unknown) => v === null || ['string', 'number', 'boolean'].includes(typeof v);

/**
 * Decodes a cursor made by encodeCursor with `arity` sort values, the row id (a UUID) last; anything else — a forged
 * or damaged cursor — is BAD_USER_INPUT on `after`, never a value that reaches SQL. Callers check the types of the
 * sort values they cast.
 */
export function decodeCursor(cursor: string | null | undefined, arity: number, field = 'after'): unknown[] | null {
  if (cursor == null) return null;
  try {
    const values: unknown = JSON.parse(Buffer.from(cursor, 'base64url').toString('utf8'));
    const fits = Array.isArray(values) && values.length === arity && values.every(isScalar);
    if (fits && typeof values.at(-1) === 'string' && UUID.test(values.at(-1) as string)) return values;
  } catch {
    // fall through to the typed error
  }
  throw badInput(field, 'validation.cursor');
}

/**
 * The cursor of a newest-first list keyed on (created_at, id): [an ISO timestamp, the row's UUID], or null without one.
 * A forged cursor — not two values, a timestamp that does not parse, an id that is no UUID — is BAD_USER_INPUT on
 * `field`. Used by the lists made with `toConnection(…, (r) => [r.createdAt.toISOString(), r.id], …)`.
 */
export function decodeCreatedAtCursor(cursor: string | null | undefined, field = 'after'): [string, string] | null {
  const values = decodeCursor(cursor, 2, field);
  if (!values) return null;
  const [at, id] = values;
  if (typeof at !== 'string' || Number.isNaN(Date.parse(at))) throw badInput(field, 'validation.cursor');
  return [at, id as string];
}

/** A count that stays cheap: exact up to a threshold, the planner's estimate above it (`ListCount` in the schema). */
export type ListCount = { value: number; exact: boolean };
export const MAX_EXACT_UP_TO = 100_000;

/**
 * The `count(exactUpTo)` field of a connection: counts at most `exactUpTo + 1` matching rows (`countUpTo(limit)`,
 * a LIMIT inside the count, so its cost is bounded by the threshold, not by the matches); when more match, returns
 * PostgreSQL's estimate for the filter (`estimate()`, EXPLAIN's row count), never below the threshold it passed.
 */
export function cheapCount(
  countUpTo: (limit: number) => Promise<number>,
  estimate: () => Promise<number>,
): (args: { exactUpTo?: number | null }) => Promise<ListCount> {
  return async ({ exactUpTo }) => {
    const cap = exactUpTo ?? 1000;
    if (!Number.isInteger(cap) || cap < 0 || cap > MAX_EXACT_UP_TO) throw badInput('exactUpTo', 'validation.pageSize');
    const counted = await countUpTo(cap + 1);
    if (counted <= cap) return { value: counted, exact: true };
    return { value: Math.max(Math.round(await estimate()), cap + 1), exact: false };
  };
}

export type Connection<N> = {
  edges: { cursor: string; node: N }[];
  pageInfo: { hasNextPage: boolean; hasPreviousPage: boolean; startCursor: string | null; endCursor: string | null };
  totalCount: number | (() => Promise<number>);
};

/**
 * Builds a connection from `rows` fetched with LIMIT first + 1 (the extra row only says there is a next page).
 * totalCount is a thunk so the count query runs only when the client asks for it. Each row's `sortKey` is read
 * before its `toNode` runs (a list may turn its own rows into nodes in place).
 */
export function toConnection<R, N>(
  rows: R[],
  first: number,
  afterGiven: boolean,
  sortKey: (row: R) => readonly unknown[],
  toNode: (row: R) => N,
  count: () => Promise<number>,
): Connection<N> {
  const page = rows.slice(0, first);
  const edges = page.map((row) => ({ cursor: encodeCursor(sortKey(row)), node: toNode(row) }));
  return {
    edges,
    pageInfo: {
      hasNextPage: rows.length > first,
      hasPreviousPage: afterGiven,
      startCursor: edges[0]?.cursor ?? null,
      endCursor: edges.at(-1)?.cursor ?? null,
    },
    totalCount: count,
  };
}
