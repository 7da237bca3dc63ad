// Saved list views: visibility (own + shared), who may change them, validation and optimistic concurrency.
import { OpportunitySavedViewInput, SavedViewInput } from '@veza/shared';
import { hasPermission, requirePermission } from '../../auth/permissions.ts';
import type { Context, Viewer } from '../../graphql/context.ts';
import { AppError, conflict, notFound, parseInput } from '../../graphql/errors.ts';
import { parseId, tryParseId } from '../../graphql/ids.ts';
import { toSavedViewNode } from './saved-views.mapper.ts';
import { SavedViewsRepository, type SavedViewEntity, type SavedViewRow } from './saved-views.repository.ts';

/** A view is for whoever may read its list. */
const READ = { CLIENT: 'clients.read', OPPORTUNITY: 'opportunities.read' } as const;
const ANY_LIST = ['clients.read', 'opportunities.read'] as const;

function parseViewInput(entity: SavedViewEntity, raw: unknown) {
  return entity === 'OPPORTUNITY'
    ? parseInput(OpportunitySavedViewInput, raw, 'input')
    : parseInput(SavedViewInput, raw, 'input');
}

function entityOf(raw: unknown): SavedViewEntity {
  const entity = raw && typeof raw === 'object' ? (raw as { entity?: unknown }).entity : null;
  return entity === 'OPPORTUNITY' ? 'OPPORTUNITY' : 'CLIENT';
}

const isVisible = (viewer: Viewer, row: SavedViewRow) => row.shared || row.ownerId === viewer.user.id;

/** The owner edits their views; user administrators may also tidy up shared ones. */
function isEditable(ctx: Context, viewer: Viewer, row: SavedViewRow): boolean {
  return row.ownerId === viewer.user.id || (row.shared && hasPermission(ctx, 'users.manage'));
}

const toNode = (ctx: Context, viewer: Viewer) => (row: SavedViewRow) =>
  toSavedViewNode(row, isEditable(ctx, viewer, row));

export async function listSavedViews(ctx: Context, entity: SavedViewEntity) {
  const viewer = requirePermission(ctx, READ[entity]);
  return (await new SavedViewsRepository(ctx.db).listVisible(viewer.user.id, entity)).map(toNode(ctx, viewer));
}

export async function getSavedView(ctx: Context, globalId: string) {
  const viewer = requirePermission(ctx, ANY_LIST);
  const id = tryParseId(globalId, 'SavedView');
  const row = id ? await new SavedViewsRepository(ctx.db).findById(id) : null;
  return row && isVisible(viewer, row) && hasPermission(ctx, READ[row.entity as SavedViewEntity])
    ? toNode(ctx, viewer)(row)
    : null;
}

export async function createSavedView(ctx: Context, args: unknown) {
  const entity = entityOf(args);
  const viewer = requirePermission(ctx, READ[entity]);
  const input = parseViewInput(entity, args);
  const row = await new SavedViewsRepository(ctx.db).create(viewer.user.id, entity, input);
  return toNode(ctx, viewer)(row);
}

/** Someone else's private view is NOT_FOUND (its existence is not disclosed); a visible one not editable is FORBIDDEN. */
async function findEditable(ctx: Context, repo: SavedViewsRepository, globalId: string) {
  const viewer = requirePermission(ctx, ANY_LIST);
  const row = await repo.findById(parseId(globalId, 'SavedView'));
  if (!row || !isVisible(viewer, row)) throw notFound('SavedView');
  requirePermission(ctx, READ[row.entity as SavedViewEntity]);
  if (!isEditable(ctx, viewer, row)) throw new AppError('FORBIDDEN', 'Only the owner may change this view');
  return { viewer, row };
}

export async function updateSavedView(ctx: Context, args: { id: string; version: number; input: unknown }) {
  const repo = new SavedViewsRepository(ctx.db);
  const { viewer, row: existing } = await findEditable(ctx, repo, args.id);
  const input = parseViewInput(existing.entity as SavedViewEntity, args.input);
  const row = await repo.update(existing.id, args.version, input);
  if (!row) throw conflict();
  return toNode(ctx, viewer)(row);
}

export async function deleteSavedView(ctx: Context, globalId: string) {
  const repo = new SavedViewsRepository(ctx.db);
  const { row } = await findEditable(ctx, repo, globalId);
  return repo.delete(row.id);
}
