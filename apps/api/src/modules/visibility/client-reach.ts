// Record visibility of one loaded client (the loaded-row form of scopeWhere's CLIENTS predicate).
import type { Db } from '../../db/prisma.ts';
import { VisibilityRepository } from './visibility.repository.ts';
import { reaches, scopeUserIds, type Access, type ScopedViewer } from './visibility.ts';

/**
 * For one loaded client: within the viewer's scope by its account manager, or (reading) on an open call list of one of
 * the scope's users — the loaded-row form of scopeWhere's CLIENTS predicate.
 */
export async function reachesClient(
  db: Db,
  viewer: ScopedViewer,
  access: Access,
  row: { id: string; accountManagerId: string | null },
): Promise<boolean> {
  if (reaches(viewer, 'CLIENTS', access, [row.accountManagerId])) return true;
  if (access !== 'read') return false;
  const ids = scopeUserIds(viewer, 'CLIENTS', access)!;
  return (await new VisibilityRepository(db).assignedClients(ids, [row.id])).has(row.id);
}

/** Of loaded clients, the ids the viewer may read (one query for those not reached by their account manager). */
export async function readableClientIds(
  db: Db,
  viewer: ScopedViewer,
  rows: readonly { id: string; accountManagerId: string | null }[],
): Promise<Set<string>> {
  const ids = scopeUserIds(viewer, 'CLIENTS', 'read');
  const out = new Set(
    rows.filter((r) => ids == null || (r.accountManagerId && ids.includes(r.accountManagerId))).map((r) => r.id),
  );
  const rest = rows.filter((r) => !out.has(r.id)).map((r) => r.id);
  for (const id of await new VisibilityRepository(db).assignedClients(ids ?? [], rest)) out.add(id);
  return out;
}

/** Of person ids, those with a live client within the viewer's scope (all of them for an ALL scope). */
export async function personsInScope(db: Db, viewer: ScopedViewer, access: Access, personIds: string[]) {
  if (scopeUserIds(viewer, 'CLIENTS', access) == null) return new Set(personIds);
  return new VisibilityRepository(db).personsInScope(viewer, access, personIds);
}

/** Of client ids, the live ones within the viewer's scope (one query). */
export const clientsInScope = (db: Db, viewer: ScopedViewer, access: Access, clientIds: string[]) =>
  new VisibilityRepository(db).clientsInScope(viewer, access, clientIds);
