// Opportunity writes: create (also inside an activity's transaction), edit, delete. Each checks the permission
// first, then the input; agents change only those within their OPPORTUNITIES edit scope.
import {
  CreateOpportunityInput,
  UpdateOpportunityInput,
  stageMetaOf,
  type CreateOpportunity,
  type UpdateOpportunity,
} from '@veza/shared';
import { requirePermission } from '../../auth/permissions.ts';
import type { Prisma } from '../../db/prisma.ts';
import type { Context } from '../../graphql/context.ts';
import { badInput, conflict, forbidden, notFound, parseInput } from '../../graphql/errors.ts';
import { parseId } from '../../graphql/ids.ts';
import { validatedAttributes } from '../attributes/index.ts';
import { clientsInScope, reaches } from '../visibility/index.ts';
import { enabledCurrencies } from './exchange-rates.service.ts';
import { toOpportunityNode } from './opportunities.mapper.ts';
import {
  newUuid7,
  OpportunitiesRepository,
  type OpportunityRow,
  type OpportunityWrite,
  type Tx,
} from './opportunities.repository.ts';
import { plain, requireEdit } from './opportunities.service.ts';

type Refs = Pick<UpdateOpportunity, 'ownerId' | 'leadSourceId' | 'personIds' | 'currency'>;

/** A dictionary value of `kind` that is active (or, for an existing record, merely unchanged). */
export async function requireDictionary(repo: OpportunitiesRepository, id: string, kind: string, field: string) {
  const found = await repo.dictionaryKind(id);
  if (!found || found.kind !== kind || !found.active) throw badInput(field, 'validation.dictionaryValue');
}

async function resolveRefs(ctx: Context, repo: OpportunitiesRepository, input: Refs, clientId: string, p: string) {
  const out: OpportunityWrite & { personIds?: string[] } = {};
  if (input.ownerId != null) {
    const ownerId = parseId(input.ownerId, 'User', `${p}ownerId`);
    // Handing an opportunity to someone puts it where the viewer can still edit it, or it is refused.
    if (!reaches(ctx.viewer!, 'OPPORTUNITIES', 'edit', [ownerId])) throw forbidden('opportunities.write');
    if (!(await repo.activeUser(ownerId))) throw badInput(`${p}ownerId`, 'validation.user');
    out.ownerId = ownerId;
  }
  if (input.leadSourceId !== undefined) {
    const id = input.leadSourceId && parseId(input.leadSourceId, 'DictionaryValue', `${p}leadSourceId`);
    if (id) await requireDictionary(repo, id, 'LEAD_SOURCE', `${p}leadSourceId`);
    out.leadSourceId = id || null;
  }
  if (input.currency && !(await enabledCurrencies(ctx.db)).has(input.currency))
    throw badInput(`${p}currency`, 'validation.currency');
  if (input.personIds) {
    const ids = input.personIds.map((g, i) => parseId(g, 'Person', `${p}personIds.${i}`));
    const ofClient = await repo.personsOfClient(clientId, ids);
    const bad = ids.findIndex((id) => !ofClient.has(id));
    if (bad >= 0) throw badInput(`${p}personIds.${bad}`, 'validation.activity.personNotOfClient');
    out.personIds = [...new Set(ids)];
  }
  return out;
}

/** The stage a new opportunity starts in: the given open stage, else the first active open one. */
async function startStage(repo: OpportunitiesRepository, given: string | null | undefined, p: string) {
  const stages = (await repo.stages()).filter((s) => s.active);
  if (given) {
    const id = parseId(given, 'DictionaryValue', `${p}stageId`);
    const stage = stages.find((s) => s.id === id);
    if (!stage) throw badInput(`${p}stageId`, 'validation.dictionaryValue');
    if (stageMetaOf(stage.meta).outcome !== 'OPEN') throw badInput(`${p}stageId`, 'validation.opportunity.openStage');
    return stage;
  }
  const first = stages.find((s) => stageMetaOf(s.meta).outcome === 'OPEN');
  if (!first) throw badInput(`${p}stageId`, 'validation.required');
  return first;
}

/**
 * Creates an opportunity inside `tx` (createActivity uses it for "new opportunity" in its own transaction).
 * The caller has checked opportunities.write; returns the new row id.
 */
export async function createOpportunityIn(tx: Tx, ctx: Context, input: CreateOpportunity, p: string) {
  const viewer = ctx.viewer!;
  const repo = new OpportunitiesRepository(tx);
  const clientId = parseId(input.clientId, 'Client', `${p}clientId`);
  // A client outside the viewer's read scope is answered like one that does not exist.
  if (!(await clientsInScope(ctx.db, ctx.viewer!, 'read', [clientId])).has(clientId))
    throw badInput(`${p}clientId`, 'validation.unknownClient');
  const refs = await resolveRefs(ctx, repo, input, clientId, p);
  const stage = await startStage(repo, input.stageId, p);
  const attributes = await validatedAttributes(ctx.db, 'OPPORTUNITY', input.attributes ?? {}, undefined, p);
  const id = newUuid7();
  await repo.insert(id, {
    name: input.name,
    clientId,
    ownerId: refs.ownerId ?? viewer.user.id,
    stageId: stage.id,
    amount: input.amount,
    currency: input.currency,
    expectedCloseOn: input.expectedCloseOn ?? null,
    probability: input.probability ?? stageMetaOf(stage.meta).probability,
    probabilityManual: input.probability != null,
    leadSourceId: refs.leadSourceId ?? null,
    description: input.description,
    attributes,
    position: await repo.topPosition(stage.id),
    createdById: viewer.user.id,
  });
  if (refs.personIds?.length) await repo.setPersons(id, refs.personIds);
  await repo.recordStageChange(id, null, stage.id, viewer.user.id);
  return id;
}

export function parseCreateOpportunity(raw: unknown, prefix: string): CreateOpportunity {
  return parseInput(CreateOpportunityInput, plain(raw), prefix);
}

export async function reload(ctx: Context, id: string) {
  ctx.loaders.opportunityById.clear(id);
  ctx.loaders.opportunityPersonIds.clear(id);
  ctx.loaders.opportunityStageChanges.clear(id);
  return toOpportunityNode((await new OpportunitiesRepository(ctx.db).byId(id))!);
}

export async function createOpportunity(ctx: Context, raw: unknown) {
  requirePermission(ctx, 'opportunities.write');
  const input = parseCreateOpportunity(raw, 'input');
  const id = await ctx.db.$transaction((tx) => createOpportunityIn(tx, ctx, input, 'input.'));
  return reload(ctx, id);
}

/** The live row for a write by the viewer; NOT_FOUND, FORBIDDEN (not own) or CONFLICT (stale version). */
export async function loadForWrite(ctx: Context, db: Tx, globalId: string, version: number | null | undefined) {
  const id = parseId(globalId, 'Opportunity');
  const row = await new OpportunitiesRepository(db).byId(id, true);
  if (!row || !reaches(ctx.viewer!, 'OPPORTUNITIES', 'read', [row.ownerId])) throw notFound('Opportunity');
  requireEdit(ctx, row);
  if (version != null && row.version !== version) throw conflict();
  return row;
}

function editFields(input: UpdateOpportunity, row: OpportunityRow, stageProbability: number): OpportunityWrite {
  const out: OpportunityWrite = {};
  if (input.name !== undefined) out.name = input.name;
  if (input.amount !== undefined) out.amount = input.amount;
  if (input.currency !== undefined) out.currency = input.currency;
  if (input.expectedCloseOn !== undefined) out.expectedCloseOn = input.expectedCloseOn;
  if (input.description !== undefined) out.description = input.description;
  // An explicit null hands the probability back to the stage; closed ones keep their 100 / 0.
  if (input.probability !== undefined && row.closedAt == null) {
    out.probability = input.probability ?? stageProbability;
    out.probabilityManual = input.probability != null;
  }
  return out;
}

export async function updateOpportunity(ctx: Context, args: { id: string; version: number; input: unknown }) {
  const viewer = requirePermission(ctx, 'opportunities.write');
  const input = parseInput(UpdateOpportunityInput, plain(args.input), 'input');
  await ctx.db.$transaction(async (tx: Prisma.TransactionClient) => {
    const row = await loadForWrite(ctx, tx, args.id, args.version);
    const repo = new OpportunitiesRepository(tx);
    if (row.closedAt && (input.amount !== undefined || input.currency !== undefined))
      throw badInput('input.amount', 'validation.opportunity.closedAmount');
    const refs = await resolveRefs(ctx, repo, input, row.clientId, 'input.');
    const [stage] = await repo.stages([row.stageId]);
    const write: OpportunityWrite = { ...editFields(input, row, stageMetaOf(stage?.meta).probability) };
    if (refs.ownerId) write.ownerId = refs.ownerId;
    if (refs.leadSourceId !== undefined) write.leadSourceId = refs.leadSourceId;
    if (input.attributes != null)
      write.attributes = await validatedAttributes(ctx.db, 'OPPORTUNITY', input.attributes, row.attributes, 'input.');
    if (!(await repo.update(row.id, args.version, write, viewer.user.id))) throw conflict();
    if (refs.personIds) await repo.setPersons(row.id, refs.personIds);
  });
  return reload(ctx, parseId(args.id, 'Opportunity'));
}

/** Soft delete: own with opportunities.write, anyone's with opportunities.delete. */
export async function deleteOpportunity(ctx: Context, args: { id: string; version?: number | null }) {
  const viewer = requirePermission(ctx, 'opportunities.write');
  const id = parseId(args.id, 'Opportunity');
  const repo = new OpportunitiesRepository(ctx.db);
  const row = await repo.byId(id);
  if (!row || !reaches(viewer, 'OPPORTUNITIES', 'read', [row.ownerId])) throw notFound('Opportunity');
  // Within the edit scope: own with opportunities.write; others' (team or all) also need opportunities.delete.
  requireEdit(ctx, row);
  if (row.ownerId !== viewer.user.id) requirePermission(ctx, 'opportunities.delete');
  if (!(await repo.softDelete(id, args.version ?? null, viewer.user.id))) throw conflict();
  ctx.loaders.opportunityById.clear(id);
  return true;
}
