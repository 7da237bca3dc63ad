// Saved report templates: the ready-made ones (code, read-only) plus users' own and shared ones, with their chart
// and pin; only the owner changes a saved report.
import { READY_REPORTS, SavedReportInput, fromGlobalId, toGlobalId, type ReadyReport } from '@veza/shared';
import { requirePermission } from '../../auth/permissions.ts';
import type { Context, Viewer } from '../../graphql/context.ts';
import { AppError, badInput, conflict, notFound, parseInput } from '../../graphql/errors.ts';
import { parseId, tryParseId } from '../../graphql/ids.ts';
import { loaded } from '../../graphql/loaded.ts';
import { toUserNode } from '../users/index.ts';
import { ReportsRepository, type SavedReportRow } from './reports.repository.ts';
import { REPORT_RUNNERS, planReport } from './reports.service.ts';

const readyNode = (r: ReadyReport) => ({
  id: toGlobalId('ReadyReport', r.key),
  name: r.name,
  readyKey: r.key,
  shared: true,
  pinned: false,
  chart: r.chart,
  definition: r.definition,
  owner: null,
  editable: false,
  version: 0,
  updatedAt: null,
});

async function savedNode(ctx: Context, viewer: Viewer, row: SavedReportRow) {
  return {
    ...row,
    id: toGlobalId('SavedReport', row.id),
    readyKey: null,
    owner: toUserNode(loaded(await ctx.loaders.userById.load(row.ownerId))),
    editable: row.ownerId === viewer.user.id,
  };
}

const visible = (viewer: Viewer, row: SavedReportRow | null) =>
  row && (row.shared || row.ownerId === viewer.user.id) ? row : null;

export async function listSavedReports(ctx: Context) {
  const viewer = requirePermission(ctx, REPORT_RUNNERS);
  const rows = await new ReportsRepository(ctx.db).listSaved(viewer.user.id);
  return [...READY_REPORTS.map(readyNode), ...(await Promise.all(rows.map((r) => savedNode(ctx, viewer, r))))];
}

export async function getSavedReport(ctx: Context, globalId: string) {
  const viewer = requirePermission(ctx, REPORT_RUNNERS);
  const parsed = fromGlobalId(globalId);
  if (parsed?.type === 'ReadyReport') {
    const ready = READY_REPORTS.find((r) => r.key === parsed.id);
    return ready ? readyNode(ready) : null;
  }
  const id = tryParseId(globalId, 'SavedReport');
  const row = visible(viewer, id ? await new ReportsRepository(ctx.db).findSaved(id) : null);
  return row ? savedNode(ctx, viewer, row) : null;
}

/** The definition must also be runnable by its author (subject permission, attributes, agent filter). */
async function parseSaved(ctx: Context, raw: unknown) {
  const input = parseInput(SavedReportInput, raw == null ? raw : JSON.parse(JSON.stringify(raw)), 'input');
  await planReport(ctx, input.definition, 'input.definition');
  return input;
}

export async function createSavedReport(ctx: Context, raw: unknown) {
  const viewer = requirePermission(ctx, REPORT_RUNNERS);
  const data = await parseSaved(ctx, raw);
  return savedNode(ctx, viewer, await new ReportsRepository(ctx.db).createSaved(viewer.user.id, data));
}

async function findOwn(ctx: Context, globalId: string) {
  const viewer = requirePermission(ctx, REPORT_RUNNERS);
  if (fromGlobalId(globalId)?.type === 'ReadyReport') throw badInput('id', 'validation.report.readOnly');
  const row = visible(viewer, await new ReportsRepository(ctx.db).findSaved(parseId(globalId, 'SavedReport')));
  if (!row) throw notFound('SavedReport');
  if (row.ownerId !== viewer.user.id) throw new AppError('FORBIDDEN', 'Only the owner may change this report');
  return { viewer, row };
}

export async function updateSavedReport(ctx: Context, args: { id: string; version: number; input: unknown }) {
  const { viewer, row } = await findOwn(ctx, args.id);
  const data = await parseSaved(ctx, args.input);
  const updated = await new ReportsRepository(ctx.db).updateSaved(row.id, args.version, data);
  if (!updated) throw conflict();
  return savedNode(ctx, viewer, updated);
}

export async function deleteSavedReport(ctx: Context, globalId: string) {
  const { row } = await findOwn(ctx, globalId);
  return new ReportsRepository(ctx.db).deleteSaved(row.id);
}
