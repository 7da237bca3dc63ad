// The pages after a connection's first one, each its own query (the list's variables + `after`) watched in the cache.
// Appending page 100 costs one page: with fetchMore + updateQuery the whole list (10 000 rows) was written back into
// the cache and read out again for every page, the long frames of `pnpm bench:web`'s scroll. The latest pages stay
// live (an edit to a record on them updates their watched result); older pages keep the rows they were read with
// until the list is read again (refetch, another filter, coming back to the page).
import type { OperationVariables, TypedDocumentNode } from '@apollo/client';
import { useApolloClient } from '@apollo/client/react';
import { useCallback, useEffect, useMemo, useRef, useState } from 'react';

type Page<TData> = { listKey: string; after: string; data: TData };

/**
 * How many of the latest pages stay watched in the cache; older pages keep the rows they were read with. Every
 * watched query is diffed against the cache whenever a result is written, so with all 100 pages of a 10 000-row
 * list watched each new page re-read the 99 before it (`pnpm bench:web`'s scroll, Apollo's readFromStore on top).
 */
export const WATCHED_PAGES = 3;
type Unsubscribe = { unsubscribe: () => void };

/** Replaces the page loaded after `after` (a cache update) or appends it. */
function withPage<TData>(pages: Page<TData>[], page: Page<TData>): Page<TData>[] {
  const index = pages.findIndex((p) => p.listKey === page.listKey && p.after === page.after);
  if (index < 0) return [...pages, page];
  return pages.map((p, i) => (i === index ? page : p));
}

export function useMorePages<TData, TVariables extends OperationVariables & { after?: string | null }>(
  query: TypedDocumentNode<TData, TVariables>,
  variables: Omit<TVariables, 'after'>,
  /** Added to the variables of the pages after the first (e.g. `{ withCount: false }`). */
  moreVariables?: Partial<Omit<TVariables, 'after'>>,
) {
  const client = useApolloClient();
  const listKey = JSON.stringify(variables);
  const moreKey = JSON.stringify(moreVariables ?? {});
  const [pages, setPages] = useState<Page<TData>[]>([]);
  const watching = useRef(new Map<string, Unsubscribe>());

  const forget = useCallback(() => {
    for (const subscription of watching.current.values()) subscription.unsubscribe();
    watching.current.clear();
    setPages([]);
  }, []);
  // Another filter or sort (or leaving the page) drops the pages of the previous list.
  useEffect(() => forget, [client, query, listKey, forget]);

  /** Loads the page after `after`; resolves when it is shown, rejects when its request failed. */
  const load = useCallback(
    (after: string) =>
      new Promise<void>((resolve, reject) => {
        const observable = client.watchQuery({
          query,
          variables: { ...JSON.parse(listKey), ...JSON.parse(moreKey), after } as TVariables,
          fetchPolicy: 'network-only',
          nextFetchPolicy: 'cache-first',
        });
        let settled = false;
        const subscription = observable.subscribe({
          next: (result) => {
            if (result.data) setPages((current) => withPage(current, { listKey, after, data: result.data as TData }));
            if (!settled && (result.data || result.error)) {
              settled = true;
              if (result.error) reject(result.error);
              else resolve();
            }
          },
          error: (error: unknown) => {
            if (!settled) reject(error);
            settled = true;
          },
        });
        const key = `${listKey} ${after}`;
        watching.current.get(key)?.unsubscribe();
        watching.current.delete(key);
        watching.current.set(key, subscription);
        for (const [oldest, older] of watching.current) {
          if (watching.current.size <= WATCHED_PAGES) break;
          older.unsubscribe();
          watching.current.delete(oldest);
        }
      }),
    [client, query, listKey, moreKey],
  );

  const current = useMemo(() => pages.filter((p) => p.listKey === listKey).map((p) => p.data), [pages, listKey]);
  return { pages: current, load, forget, listKey };
}

/** "Load more" for the page after `endCursor`: asked once per page even when scroll handlers call it again. */
export function useLoadMore(
  { load, listKey }: Pick<ReturnType<typeof useMorePages>, 'load' | 'listKey'>,
  hasMore: boolean,
  endCursor: string | null,
) {
  const [loadingMore, setLoadingMore] = useState(false);
  const askedAfter = useRef<string | null>(null);
  const loadMore = useCallback(async () => {
    const asking = `${listKey} ${endCursor}`;
    if (!hasMore || !endCursor || loadingMore || askedAfter.current === asking) return;
    askedAfter.current = asking;
    setLoadingMore(true);
    try {
      await load(endCursor);
    } catch (error) {
      askedAfter.current = null;
      throw error;
    } finally {
      setLoadingMore(false);
    }
  }, [hasMore, endCursor, loadingMore, load, listKey]);
  const forgetAsked = useCallback(() => {
    askedAfter.current = null;
  }, []);
  return { loadMore, loadingMore, forgetAsked };
}
