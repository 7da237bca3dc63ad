// The report engine: validates a definition (catalog, attribute keys, filters the viewer may use) before any SQL,
// scopes it to what the viewer may see, runs one grouped statement and labels the group keys.
import { ReportDefinitionInput, type PermissionKey, type ReportDefinition } from '@veza/shared';
import { hasPermission, requirePermission } from '../../auth/permissions.ts';
import type { Context } from '../../graphql/context.ts';
import { AppError, badInput, parseInput } from '../../graphql/errors.ts';
import { parseId } from '../../graphql/ids.ts';
import { nestedClientWhere } from '../clients/index.ts';
import { withDrills, type DrilledResult } from './report-drills.ts';
import { shapeReport, type ReportResult } from './report-result.ts';
import { reportStatement } from './report-query.sql.ts';
import { visibility } from './report-scope.sql.ts';
import { ReportsRepository, ReportTimeoutError } from './reports.repository.ts';

/** Anyone who can read one of the subjects may run reports over their own data. */
export const REPORT_RUNNERS = [
  'reports.read',
  'activities.read',
  'opportunities.read',
  'clients.read',
  'campaigns.work',
  'campaigns.manage',
] as const satisfies readonly [PermissionKey, ...PermissionKey[]];

const SUBJECT_PERMISSION = {
  ACTIVITIES: ['activities.read'],
  OPPORTUNITIES: ['opportunities.read'],
  CLIENTS: ['clients.read'],
  CAMPAIGN_ITEMS: ['campaigns.work', 'campaigns.manage', 'reports.read'],
} as const satisfies Record<ReportDefinition['subject'], readonly [PermissionKey, ...PermissionKey[]]>;

/** GraphQL hands DateTime values over as Date; the shared schema reads ISO strings. */
export function parseDefinition(raw: unknown, prefix = 'definition'): ReportDefinition {
  const json: unknown = raw == null ? raw : JSON.parse(JSON.stringify(raw));
  return parseInput(ReportDefinitionInput, json, prefix);
}

async function checkAttributes(ctx: Context, d: ReportDefinition, prefix: string) {
  const wanted = d.groupBy.map((g, i) => [g.attributeKey, i] as const).filter(([k]) => k);
  if (!wanted.length) return;
  const known = await new ReportsRepository(ctx.db).clientAttributeKeys();
  for (const [key, i] of wanted)
    if (!known.has(key!)) throw badInput(`${prefix}.groupBy.${i}.attributeKey`, 'validation.filter.unknownAttribute');
}

/** Agents other than the viewer may only be named with reports.read. */
function agentFilter(ctx: Context, d: ReportDefinition, prefix: string): string[] | null {
  const ids = d.filter?.agentIds?.map((g, i) => parseId(g, 'User', `${prefix}.filter.agentIds.${i}`)) ?? null;
  if (!hasPermission(ctx, 'reports.read')) {
    const i = ids?.findIndex((id) => id !== ctx.viewer!.user.id) ?? -1;
    if (i >= 0) throw badInput(`${prefix}.filter.agentIds.${i}`, 'validation.report.forbiddenFilter');
  }
  return ids;
}

/**
 * The report's client condition. A client filter is compiled as the lists compile it (within the viewer's client read
 * scope); without one, a report of activities, opportunities or campaign items reads its subject's own scope only,
 * as its drill-down lists do — an agent's own calls on a client they no longer reach still count as their work — and
 * only live clients, which the statement checks itself (null here; report-query.sql.ts `source`).
 */
async function reportClientWhere(ctx: Context, d: ReportDefinition, prefix: string) {
  if (d.subject !== 'CLIENTS' && !d.filter?.client) return null;
  // Within a report the client filter sits at definition.filter.client: its errors are named from there.
  return nestedClientWhere(ctx, d.filter?.client ?? null, `${prefix}.filter.client`);
}

export type ReportPlan = { definition: ReportDefinition; statement: ReturnType<typeof reportStatement> };

/** Everything short of running: checks in order, then the statement. Throws BAD_USER_INPUT naming the part. */
export async function planReport(ctx: Context, raw: unknown, prefix = 'definition'): Promise<ReportPlan> {
  const viewer = requirePermission(ctx, REPORT_RUNNERS);
  const d = parseDefinition(raw, prefix);
  requirePermission(ctx, SUBJECT_PERMISSION[d.subject]);
  await checkAttributes(ctx, d, prefix);
  const agentIds = agentFilter(ctx, d, prefix);
  const where = await reportClientWhere(ctx, d, prefix);
  const seen = visibility(d.subject, viewer, hasPermission(ctx, 'reports.read'));
  const timeZone = viewer.user.timeZone;
  const dayTotals =
    d.subject === 'ACTIVITIES' &&
    !seen &&
    !d.filter?.client &&
    (await new ReportsRepository(ctx.db).hasDayTotals(timeZone));
  const scope = { where: [where, seen].filter((w) => w != null), liveClients: !where, timeZone, dayTotals };
  return { definition: d, statement: reportStatement(d, scope, agentIds) };
}

export async function executeReport(ctx: Context, plan: ReportPlan, timeoutMs = 30_000): Promise<ReportResult> {
  const repo = new ReportsRepository(ctx.db);
  const rows = await repo.run(plan.statement, timeoutMs).catch((error: unknown) => {
    // A key the web translates ("took too long; narrow the period or the filters"), with the limit for API users.
    if (error instanceof ReportTimeoutError)
      throw new AppError('BAD_USER_INPUT', 'validation.report.timeout', { field: 'definition', limitMs: timeoutMs });
    throw error;
  });
  const baseCurrency = await repo.baseCurrency();
  return shapeReport(ctx, plan.definition, rows, baseCurrency);
}

/** The result with each cell's drill-down target (report-drills.ts). */
export async function runReport(ctx: Context, raw: unknown): Promise<DrilledResult> {
  return withDrills(ctx, await executeReport(ctx, await planReport(ctx, raw)));
}
