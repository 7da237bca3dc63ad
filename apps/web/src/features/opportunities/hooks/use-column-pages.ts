// "Show more" for long board columns: further pages of one stage, appended after the pipeline's first page, so the
// board never renders every card of a 1 000-card pipeline at once. After the board reloads (a move, won / lost),
// the extra cards are loaded again up to the same number, in the server's new order.
import { useApolloClient } from '@apollo/client/react';
import { useCallback, useEffect, useRef, useState } from 'react';
import type { ResultOf } from '../../../lib/graphql-types.ts';
import { BoardColumnPageQuery } from '../api/board-column-page-query.ts';
import type { OpportunityCardData } from '../components/opportunity-card.tsx';
import type { Outcome } from '../lib/board.ts';

type Page = ResultOf<typeof BoardColumnPageQuery>['opportunities'];
export type ColumnPage = { cards: OpportunityCardData[]; endCursor: string | null; hasNext: boolean };
export type StageCursor = { id: string; outcome: Outcome; endCursor: string | null | undefined };

/** A page as many cards as the first one. */
export const PAGE = 50;

const orderOf = (outcome: Outcome) =>
  outcome === 'OPEN'
    ? [{ field: 'BOARD' as const, direction: 'ASC' as const }]
    : [{ field: 'CLOSED_AT' as const, direction: 'DESC' as const }];

export function useColumnPages(filter: Record<string, unknown>) {
  const client = useApolloClient();
  const [pages, setPages] = useState<Record<string, ColumnPage>>({});
  const [loading, setLoading] = useState<string | null>(null);
  // Another filter: the extra pages belonged to the old one.
  const [pagesFilter, setPagesFilter] = useState(filter);
  if (pagesFilter !== filter) {
    setPagesFilter(filter);
    setPages({});
  }
  const latest = useRef(pages);
  useEffect(() => {
    latest.current = pages;
  }, [pages]);

  const fetchPage = useCallback(
    async (stage: StageCursor, after: string | null | undefined, first: number): Promise<Page> => {
      const { data } = await client.query({
        query: BoardColumnPageQuery,
        variables: { filter: { ...filter, stageIds: [stage.id] }, orderBy: orderOf(stage.outcome), first, after },
        fetchPolicy: 'network-only',
      });
      return data!.opportunities;
    },
    [client, filter],
  );

  const loadMore = async (stage: StageCursor) => {
    const current = latest.current[stage.id];
    setLoading(stage.id);
    try {
      const page = await fetchPage(stage, current ? current.endCursor : stage.endCursor, PAGE);
      setPages((all) => ({
        ...all,
        [stage.id]: {
          cards: [...(all[stage.id]?.cards ?? []), ...page.edges.map((e) => e.node)],
          endCursor: page.pageInfo.endCursor ?? null,
          hasNext: page.pageInfo.hasNextPage,
        },
      }));
    } finally {
      setLoading(null);
    }
  };

  /** After the first pages were reloaded: the same number of extra cards per column, after the new first pages. */
  const reload = useCallback(
    async (stages: StageCursor[]) => {
      const next: Record<string, ColumnPage> = {};
      for (const stage of stages) {
        const count = latest.current[stage.id]?.cards.length ?? 0;
        if (!count || !stage.endCursor) continue;
        const page = await fetchPage(stage, stage.endCursor, count);
        next[stage.id] = {
          cards: page.edges.map((e) => e.node),
          endCursor: page.pageInfo.endCursor ?? null,
          hasNext: page.pageInfo.hasNextPage,
        };
      }
      setPages(next);
    },
    [fetchPage],
  );

  return { pages, loading, loadMore, reload };
}
