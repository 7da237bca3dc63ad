// Queries started ahead of their page (app-routes.tsx `preloadRoute`: the client list's first page while the app
// starts). The page's own `cache-and-network` read would fetch the same result a second time a moment later — at the
// client list's first load a second 140 kB response parsed, written and rendered again, on the LCP's path
// (docs/PERFORMANCE.md, "Session 8"). A query fetched within FRESH_MS is read from the cache (or joins the request
// still in flight) instead.
import type { DocumentNode } from '@apollo/client';

export const FRESH_MS = 10_000;

const fetchedAt = new Map<string, number>();

/** A stable key of an operation and its variables (key order does not matter). */
function keyOf(query: DocumentNode, variables: object): string {
  const sorted = Object.fromEntries(Object.entries(variables).sort(([a], [b]) => a.localeCompare(b)));
  const operation = query.definitions.find((d) => d.kind === 'OperationDefinition');
  return `${operation?.name?.value ?? '?'} ${JSON.stringify(sorted)}`;
}

/** Notes that `query` with `variables` was just sent to the server (its result goes to the cache). */
export function rememberFetched(query: DocumentNode, variables: object, now = Date.now()): void {
  fetchedAt.set(keyOf(query, variables), now);
}

/** Whether `query` with `variables` was fetched less than `freshMs` (default FRESH_MS) ago. */
export function fetchedRecently(query: DocumentNode, variables: object, now = Date.now(), freshMs = FRESH_MS): boolean {
  const at = fetchedAt.get(keyOf(query, variables));
  return at !== undefined && now - at < freshMs;
}
