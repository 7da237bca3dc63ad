// Opportunities: who may read and edit what (the OPPORTUNITIES scope: own = owner, team, all), lists, single reads and the board's
// columns. Writes live in opportunity-writes.service.ts, pipeline sums in pipeline.service.ts.
import { OpportunityFilterInput, type OpportunityFilter } from '@veza/shared';
import { requirePermission } from '../../auth/permissions.ts';
import type { Prisma } from '../../db/prisma.ts';
import { decodeCursor, pageSize, toConnection } from '../../graphql/connection.ts';
import type { Context } from '../../graphql/context.ts';
import { forbidden, parseInput } from '../../graphql/errors.ts';
import { tryParseId } from '../../graphql/ids.ts';
import { nestedClientWhere } from '../clients/index.ts';
import { reaches, scopeWhere } from '../visibility/index.ts';
import { toOpportunityNode } from './opportunities.mapper.ts';
import { OpportunitiesRepository, type OpportunityRow } from './opportunities.repository.ts';
import { all, checkCursor, compileOpportunityFilter, sortSpec, type OrderInput } from './opportunity-filter.sql.ts';

/** JSON round trip: GraphQL input objects have a null prototype that zod's record parsing refuses. */
export const plain = (value: unknown): unknown => (value == null ? value : JSON.parse(JSON.stringify(value)));

export function canEdit(ctx: Context, row: Pick<OpportunityRow, 'ownerId'>): boolean {
  return reaches(ctx.viewer!, 'OPPORTUNITIES', 'edit', [row.ownerId]);
}

export function requireEdit(ctx: Context, row: Pick<OpportunityRow, 'ownerId'>): void {
  if (!canEdit(ctx, row)) throw forbidden('opportunities.write');
}

export function parseFilter(raw: unknown): OpportunityFilter | null {
  return raw == null ? null : parseInput(OpportunityFilterInput, plain(raw), 'filter');
}

/** The filter as SQL: its client part compiled as the client list does (errors named from `filter.client`). */
export async function filterSql(ctx: Context, raw: unknown, extra: Prisma.Sql[] = []): Promise<Prisma.Sql> {
  const f = parseFilter(raw);
  const client = f?.client ? await nestedClientWhere(ctx, f.client) : null;
  const env = { timeZone: ctx.viewer!.user.timeZone, client };
  const scope = scopeWhere(ctx.viewer!, 'OPPORTUNITIES', 'read', 'o');
  return all([scope, ...compileOpportunityFilter(f, ctx.viewer!.user.id, env), ...extra]);
}

type ListArgs = {
  filter?: unknown;
  orderBy?: readonly OrderInput[] | null;
  first?: number | null;
  after?: string | null;
};

export async function listOpportunities(ctx: Context, args: ListArgs, extra: Prisma.Sql[] = []) {
  requirePermission(ctx, 'opportunities.read');
  const where = await filterSql(ctx, args.filter, extra);
  const spec = sortSpec(args.orderBy?.[0]);
  const first = pageSize(args.first);
  const after = checkCursor(decodeCursor(args.after, spec.exprs.length + 1), spec);
  const repo = new OpportunitiesRepository(ctx.db);
  const rows = await repo.list(where, spec, after, first + 1);
  const today = new Date().toISOString().slice(0, 10);
  return toConnection(
    rows,
    first,
    after != null,
    (row) => row.sortKey!,
    (row) => toOpportunityNode(row, today),
    () => repo.count(where),
  );
}

export async function getOpportunity(ctx: Context, globalId: string) {
  requirePermission(ctx, 'opportunities.read');
  const id = tryParseId(globalId, 'Opportunity');
  const row = id ? await ctx.loaders.opportunityById.load(id) : null;
  const readable = row && !row.deletedAt && reaches(ctx.viewer!, 'OPPORTUNITIES', 'read', [row.ownerId]);
  return readable ? toOpportunityNode(row) : null;
}
