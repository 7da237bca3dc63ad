// The queries of record visibility run on their own: loaded clients on open call lists, loaded persons in scope.
import { Prisma, type Db } from '../../db/prisma.ts';
import type { Access, ScopedViewer } from './visibility.ts';
import { assignedClientIds, personScopeWhere, scopeWhere } from './visibility.sql.ts';

export class VisibilityRepository {
  constructor(private readonly db: Db) {}

  /** Those of `clientIds` on a call list (an ACTIVE campaign's items, any state) of one of `userIds`. */
  async assignedClients(userIds: string[], clientIds: string[]): Promise<Set<string>> {
    if (!clientIds.length || !userIds.length) return new Set();
    const rows = await this.db.$queryRaw<{ id: string }[]>(Prisma.sql`
      SELECT id FROM unnest(${clientIds}::uuid[]) AS x(id) WHERE id = ANY(${assignedClientIds(userIds)})`);
    return new Set(rows.map((r) => r.id));
  }

  /** Those of `personIds` with a live client within the viewer's scope (client_persons (person_id) per person). */
  async personsInScope(viewer: ScopedViewer, access: Access, personIds: string[]): Promise<Set<string>> {
    if (!personIds.length) return new Set();
    const rows = await this.db.$queryRaw<{ id: string }[]>(Prisma.sql`
      SELECT p.id FROM unnest(${personIds}::uuid[]) AS p(id) WHERE ${personScopeWhere(viewer, access, 'p')}`);
    return new Set(rows.map((r) => r.id));
  }

  /** Those of `clientIds` that are live and within the viewer's scope (the CLIENTS predicate on the primary key). */
  async clientsInScope(viewer: ScopedViewer, access: Access, clientIds: string[]): Promise<Set<string>> {
    if (!clientIds.length) return new Set();
    const rows = await this.db.$queryRaw<{ id: string }[]>(Prisma.sql`
      SELECT c.id FROM clients c WHERE c.id = ANY(${clientIds}::uuid[]) AND c.deleted_at IS NULL
        AND ${scopeWhere(viewer, 'CLIENTS', access, 'c')}`);
    return new Set(rows.map((r) => r.id));
  }
}
