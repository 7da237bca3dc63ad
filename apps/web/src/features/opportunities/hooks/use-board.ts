// The board's data and moves: the pipeline query, columns of card ids per stage, optimistic moves rolled back when
// the server refuses (CONFLICT: someone else moved the card first), and closing as won or lost.
import { useMutation, useQuery } from '@apollo/client/react';
import { labelIn } from '@veza/shared';
import { useCallback, useMemo, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { hasErrorCode, errorText } from '../../../lib/graphql-errors.ts';
import type { ResultOf, VariablesOf } from '../../../lib/graphql-types.ts';
import { notifyError } from '../../../lib/notify.ts';
import { MarkOpportunityLostMutation } from '../api/mark-opportunity-lost-mutation.ts';
import { MarkOpportunityWonMutation } from '../api/mark-opportunity-won-mutation.ts';
import { MoveOpportunityMutation } from '../api/move-opportunity-mutation.ts';
import { PipelineQuery } from '../api/pipeline-query.ts';
import { moveCard, outcomeOf, type Columns, type Outcome } from '../lib/board.ts';
import { attributeFilterInput, type AttributeCondition } from '../components/attribute-filter.tsx';
import type { ColumnData } from '../components/board-column.tsx';
import { PAGE, useColumnPages, type StageCursor } from './use-column-pages.ts';
import type { OpportunityCardData } from '../components/opportunity-card.tsx';

export type BoardFilter = NonNullable<VariablesOf<typeof PipelineQuery>['filter']>;

/** An attribute picked without a value yet filters nothing. */
const boardFilterInput = (filter: BoardFilter): BoardFilter => ({
  ...filter,
  attributes: attributeFilterInput(filter.attributes as AttributeCondition | null),
});
/** Cards per column on the first load; "show more" loads the next ones (use-column-pages.ts). */
export const CARDS_PER_COLUMN = PAGE;

type PipelineStage = NonNullable<ResultOf<typeof PipelineQuery>['pipeline']>['stages'][number];

/** Each stage's header: its label in the UI language, colour, count, sums and whether it closes as won / lost. */
function toColumnData(stages: PipelineStage[], language: string): (ColumnData & { outcome: Outcome })[] {
  return stages.map((s) => ({
    id: s.stage.id,
    label: labelIn(s.stage.labels, language),
    color: s.stage.color ?? null,
    count: s.count,
    sum: s.sum,
    weightedSum: s.weightedSum,
    outcome: outcomeOf(s.stage.meta),
  }));
}

const cursorsOf = (stages: PipelineStage[]): StageCursor[] =>
  stages.map((s) => ({
    id: s.stage.id,
    outcome: outcomeOf(s.stage.meta),
    endCursor: s.opportunities.pageInfo.endCursor,
  }));

/** Each column's cards: the pipeline's first page, then the pages loaded with "show more". */
function useBoardCards(stages: PipelineStage[], pages: ReturnType<typeof useColumnPages>['pages']) {
  return useMemo(() => {
    const cards = new Map<string, OpportunityCardData>();
    const columns: Columns = {};
    for (const s of stages) {
      const all = [...s.opportunities.edges.map((e) => e.node), ...(pages[s.stage.id]?.cards ?? [])];
      columns[s.stage.id] = [];
      for (const card of all) {
        if (cards.has(card.id)) continue;
        cards.set(card.id, card);
        columns[s.stage.id]!.push(card.id);
      }
    }
    return { cards, columns };
  }, [stages, pages]);
}

/** Closing as won or lost from the board, then reloading it. */
function useCloseActions(refetch: () => Promise<unknown>) {
  const [won] = useMutation(MarkOpportunityWonMutation);
  const [lost] = useMutation(MarkOpportunityLostMutation);
  const markWon = async (card: OpportunityCardData, stageId: string) => {
    await won({ variables: { id: card.id, version: card.version, stageId } });
    await refetch();
  };
  const markLost = async (card: OpportunityCardData, stageId: string, reasonId: string, note: string | null) => {
    await lost({ variables: { id: card.id, version: card.version, stageId, lostReasonId: reasonId, note } });
    await refetch();
  };
  return { markWon, markLost };
}

export function useBoard(filter: BoardFilter) {
  const { t, i18n } = useTranslation();
  const variables = useMemo(() => ({ filter: boardFilterInput(filter), first: CARDS_PER_COLUMN }), [filter]);
  const {
    data,
    loading,
    error,
    refetch: refetchPipeline,
  } = useQuery(PipelineQuery, {
    variables,
    fetchPolicy: 'cache-and-network',
  });
  const columnPages = useColumnPages(variables.filter);
  const [optimistic, setOptimistic] = useState<Columns | null>(null);
  const stages = useMemo(() => data?.pipeline.stages ?? [], [data]);
  const { cards, columns: serverColumns } = useBoardCards(stages, columnPages.pages);
  const { reload: reloadPages } = columnPages;
  const refetch = useCallback(async () => {
    const result = await refetchPipeline();
    await reloadPages(cursorsOf(result.data?.pipeline.stages ?? []));
    return result;
  }, [refetchPipeline, reloadPages]);
  const columns: Columns = optimistic ?? serverColumns;
  const columnData = toColumnData(stages, i18n.language);

  const [move] = useMutation(MoveOpportunityMutation);
  const moveTo = useCallback(
    async (card: OpportunityCardData, stageId: string, index: number) => {
      setOptimistic(moveCard(columns, card.id, stageId, index));
      try {
        await move({ variables: { id: card.id, stageId, position: index, version: card.version } });
      } catch (e) {
        setOptimistic(null);
        notifyError(hasErrorCode(e, 'CONFLICT') ? t('opportunities.board.conflict') : errorText(t, e));
      }
      // The server's columns replace the optimistic ones once they are back (counts and sums change too).
      await refetch().finally(() => setOptimistic(null));
    },
    [columns, move, refetch, t],
  );

  const { markWon, markLost } = useCloseActions(refetch);

  return {
    loading: loading && !data,
    error,
    baseCurrency: data?.pipeline.baseCurrency ?? 'EUR',
    missingRates: data?.pipeline.missingRates ?? [],
    columns,
    columnData,
    cards,
    moveTo,
    markWon,
    markLost,
    refetch,
    loadMore: (stageId: string) => {
      const stage = cursorsOf(stages).find((s) => s.id === stageId);
      if (stage) void columnPages.loadMore(stage);
    },
    loadingMore: columnPages.loading,
  };
}
