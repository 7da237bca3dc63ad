// Stage changes: moves on the board (with their order in the column), won / lost with the base amount locked at the
// latest rate, and reopening. Every change of stage writes a history row in the same transaction.
import { MarkOpportunityLostInput, MoveOpportunityInput, stageMetaOf, type StageOutcome } from '@veza/shared';
import { requirePermission } from '../../auth/permissions.ts';
import type { Context } from '../../graphql/context.ts';
import { badInput, conflict, parseInput } from '../../graphql/errors.ts';
import { globalId, parseId } from '../../graphql/ids.ts';
import { toBase, todayIso } from './exchange-rates.service.ts';
import { OpportunitiesRepository, type CloseWrite, type OpportunityRow, type Tx } from './opportunities.repository.ts';
import { plain } from './opportunities.service.ts';
import { loadForWrite, reload, requireDictionary } from './opportunity-writes.service.ts';

/** Below this gap between neighbours the column is renumbered (doubles keep ~50 halvings of a 1024 step). */
const MIN_GAP = 1e-6;

async function stageWithOutcome(
  repo: OpportunitiesRepository,
  globalId: string | null | undefined,
  want: StageOutcome,
) {
  const stages = (await repo.stages()).filter((s) => s.active);
  if (!globalId) {
    const first = stages.find((s) => stageMetaOf(s.meta).outcome === want);
    if (!first) throw badInput('stageId', 'validation.required');
    return { id: first.id, ...stageMetaOf(first.meta) };
  }
  const id = parseId(globalId, 'DictionaryValue', 'stageId');
  const stage = stages.find((s) => s.id === id);
  if (!stage) throw badInput('stageId', 'validation.dictionaryValue');
  const meta = stageMetaOf(stage.meta);
  if (meta.outcome !== want) throw badInput('stageId', `validation.opportunity.${want.toLowerCase()}Stage`);
  return { id, ...meta };
}

/** A position between the cards at `index - 1` and `index` of the column (renumbering it when the gap is gone). */
async function positionAt(repo: OpportunitiesRepository, stageId: string, index: number, selfId: string) {
  let n = await repo.neighbours(stageId, index, selfId);
  if (n.before != null && n.after != null && n.after - n.before < MIN_GAP) {
    await repo.renumber(stageId);
    n = await repo.neighbours(stageId, index, selfId);
  }
  if (n.before != null && n.after != null) return (n.before + n.after) / 2;
  if (n.before != null) return n.before + 1024;
  if (n.after != null) return n.after - 1024;
  return 0;
}

const keepOpen = (row: OpportunityRow, stageId: string, probability: number, position: number): CloseWrite => ({
  stageId,
  closedAt: null,
  probability: row.probabilityManual ? row.probability : probability,
  probabilityManual: row.probabilityManual,
  lostReasonId: null,
  lostNote: null,
  baseAmount: null,
  baseCurrency: null,
  rateDate: null,
  position,
});

async function write(ctx: Context, tx: Tx, row: OpportunityRow, w: CloseWrite) {
  const repo = new OpportunitiesRepository(tx);
  if (!(await repo.setStage(row.id, row.version, w, ctx.viewer!.user.id))) throw conflict();
  if (w.stageId !== row.stageId) await repo.recordStageChange(row.id, row.stageId, w.stageId, ctx.viewer!.user.id);
}

export async function moveOpportunity(
  ctx: Context,
  args: { id: string; stageId: string; position: number; version: number },
) {
  requirePermission(ctx, 'opportunities.write');
  const input = parseInput(MoveOpportunityInput, plain(args));
  await ctx.db.$transaction(async (tx) => {
    const row = await loadForWrite(ctx, tx, args.id, input.version);
    if (row.closedAt) throw badInput('id', 'validation.opportunity.closed');
    const repo = new OpportunitiesRepository(tx);
    const stage = await stageWithOutcome(repo, input.stageId, 'OPEN');
    const position = await positionAt(repo, stage.id, input.position, row.id);
    await write(ctx, tx, row, keepOpen(row, stage.id, stage.probability, position));
  });
  return reload(ctx, parseId(args.id, 'Opportunity'));
}

async function close(ctx: Context, tx: Tx, row: OpportunityRow, stage: { id: string; outcome: StageOutcome }) {
  if (row.closedAt) throw badInput('id', 'validation.opportunity.closed');
  const locked = await toBase(tx, row.amount, row.currency, todayIso());
  if (!locked) throw badInput('currency', 'validation.opportunity.noRate');
  // A hand-set probability ends with the close (won 100, lost 0); reopening takes the stage's again.
  const probability = stage.outcome === 'WON' ? 100 : 0;
  return { stageId: stage.id, closedAt: new Date(), probability, probabilityManual: false, ...locked };
}

export async function markOpportunityWon(
  ctx: Context,
  args: { id: string; version?: number | null; stageId?: string | null },
) {
  requirePermission(ctx, 'opportunities.write');
  await ctx.db.$transaction(async (tx) => {
    const row = await loadForWrite(ctx, tx, args.id, args.version);
    const stage = await stageWithOutcome(new OpportunitiesRepository(tx), args.stageId, 'WON');
    const closed = await close(ctx, tx, row, stage);
    await write(ctx, tx, row, { ...closed, lostReasonId: null, lostNote: null, position: row.position });
  });
  return reload(ctx, parseId(args.id, 'Opportunity'));
}

export async function markOpportunityLost(
  ctx: Context,
  args: { id: string; lostReasonId: string; note?: string | null; version?: number | null; stageId?: string | null },
) {
  requirePermission(ctx, 'opportunities.write');
  const input = parseInput(MarkOpportunityLostInput, plain({ lostReasonId: args.lostReasonId, note: args.note }));
  const reasonId = parseId(input.lostReasonId, 'DictionaryValue', 'lostReasonId');
  await ctx.db.$transaction(async (tx) => {
    const row = await loadForWrite(ctx, tx, args.id, args.version);
    const repo = new OpportunitiesRepository(tx);
    await requireDictionary(repo, reasonId, 'LOST_REASON', 'lostReasonId');
    const stage = await stageWithOutcome(repo, args.stageId, 'LOST');
    const closed = await close(ctx, tx, row, stage);
    await write(ctx, tx, row, { ...closed, lostReasonId: reasonId, lostNote: input.note, position: row.position });
  });
  return reload(ctx, parseId(args.id, 'Opportunity'));
}

/** Back to `stageId`, else the open stage it left when closing, else the first open stage; on top of the column. */
export async function reopenOpportunity(
  ctx: Context,
  args: { id: string; version?: number | null; stageId?: string | null },
) {
  requirePermission(ctx, 'opportunities.write');
  await ctx.db.$transaction(async (tx) => {
    const row = await loadForWrite(ctx, tx, args.id, args.version);
    if (!row.closedAt) throw badInput('id', 'validation.opportunity.open');
    const repo = new OpportunitiesRepository(tx);
    let stageGlobalId = args.stageId;
    if (!stageGlobalId) {
      const before = await repo.stageBeforeClose(row.id, row.stageId);
      const open = (await repo.stages(before ? [before] : [])).find(
        (s) => s.active && stageMetaOf(s.meta).outcome === 'OPEN',
      );
      stageGlobalId = open ? globalId('DictionaryValue', open.id) : null;
    }
    const stage = await stageWithOutcome(repo, stageGlobalId, 'OPEN');
    const position = await repo.topPosition(stage.id);
    await write(ctx, tx, row, keepOpen(row, stage.id, stage.probability, position));
  });
  return reload(ctx, parseId(args.id, 'Opportunity'));
}
