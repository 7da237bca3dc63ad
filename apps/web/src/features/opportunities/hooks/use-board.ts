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
import type { OpportunityCardData } from '../components/opportunity-card.tsx';

export type BoardFilter = NonNullable<VariablesOf<typeof PipelineQuery>['filter']>;

/** An attribute picked without a value yet filters nothing. */
const boardFilterInput = (filter: BoardFilter): BoardFilter => ({
  ...filter,
  attributes: attributeFilterInput(filter.attributes as AttributeCondition | null),
});
/** Cards per column on the first load; the rest are counted in the header. */
export const CARDS_PER_COLUMN = 100;

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

export function useBoard(filter: BoardFilter) {
  const { t, i18n } = useTranslation();
  const { data, loading, error, refetch } = useQuery(PipelineQuery, {
    variables: { filter: boardFilterInput(filter), first: CARDS_PER_COLUMN },
    fetchPolicy: 'cache-and-network',
  });
  const [optimistic, setOptimistic] = useState<Columns | null>(null);
  const stages = useMemo(() => data?.pipeline.stages ?? [], [data]);
  const cards = useMemo(
    () => new Map(stages.flatMap((s) => s.opportunities.edges.map((e) => [e.node.id, e.node] as const))),
    [stages],
  );
  const serverColumns = useMemo(
    () => Object.fromEntries(stages.map((s) => [s.stage.id, s.opportunities.edges.map((e) => e.node.id)])),
    [stages],
  );
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
  };
}
