// The pipeline: per stage count, sum and weighted sum in the base currency (open ones at the rate of `date`,
// closed ones at their locked amounts), and each column's cards for the board.
import { isoDate, stageMetaOf } from '@veza/shared';
import { requirePermission } from '../../auth/permissions.ts';
import type { Context } from '../../graphql/context.ts';
import { parseInput } from '../../graphql/errors.ts';
import { baseCurrency, todayIso } from './exchange-rates.service.ts';
import { OpportunitiesRepository } from './opportunities.repository.ts';
import { filterSql, listOpportunities } from './opportunities.service.ts';
import { inStage } from './opportunity-filter.sql.ts';
import { PipelineRepository } from './pipeline.repository.ts';

export type PipelineStageParent = {
  stageRowId: string;
  outcome: 'OPEN' | 'WON' | 'LOST';
  count: number;
  sum: string;
  weightedSum: string;
  filter: unknown;
};

export async function pipeline(ctx: Context, args: { filter?: unknown; date?: string | null }) {
  requirePermission(ctx, 'opportunities.read');
  const date = args.date == null ? todayIso() : parseInput(isoDate, args.date, 'date');
  const where = await filterSql(ctx, args.filter);
  const base = await baseCurrency(ctx.db);
  const repo = new PipelineRepository(ctx.db);
  const [sums, missingRates, stages] = await Promise.all([
    repo.sums(where, base, date),
    repo.missingRates(where, base, date),
    new OpportunitiesRepository(ctx.db).stages(),
  ]);
  const byStage = new Map(sums.map((s) => [s.stageId, s]));
  const rows = stages
    .filter((s) => s.active || byStage.has(s.id))
    .map((s): PipelineStageParent => ({
      stageRowId: s.id,
      outcome: stageMetaOf(s.meta).outcome,
      count: byStage.get(s.id)?.count ?? 0,
      sum: byStage.get(s.id)?.sum ?? '0.00',
      weightedSum: byStage.get(s.id)?.weightedSum ?? '0.00',
      filter: args.filter ?? null,
    }));
  return { baseCurrency: base, rateDate: date, stages: rows, missingRates };
}

/** One board column: open stages in board order, closed ones most recently closed first. */
export function stageColumn(
  ctx: Context,
  parent: PipelineStageParent,
  args: { first?: number | null; after?: string | null },
) {
  const orderBy = [
    parent.outcome === 'OPEN'
      ? { field: 'BOARD' as const, direction: 'ASC' as const }
      : { field: 'CLOSED_AT' as const, direction: 'DESC' as const },
  ];
  return listOpportunities(ctx, { ...args, filter: parent.filter, orderBy }, [inStage(parent.stageRowId)]);
}
