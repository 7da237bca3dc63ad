// The one SQL predicate for record visibility: (viewer, kind, read | edit) -> a WHERE fragment. Every query that
// returns clients, activities, opportunities or campaigns (or counts them) adds it; see docs/ARCHITECTURE.md.
import type { RecordKind } from '@veza/shared';
import { Prisma } from '../../db/prisma.ts';
import { scopeUserIds, type Access, type ScopedViewer } from './visibility.ts';

const { sql, raw } = Prisma;

/** The table alias each kind's predicate refers to, unless the caller names another. */
const DEFAULT_ALIAS: Record<RecordKind, string> = { CLIENTS: 'c', ACTIVITIES: 'a', OPPORTUNITIES: 'o', CAMPAIGNS: 'k' };

/** `ids` as a uuid[] parameter: `col = ANY(...)` is an index scan on the owner column (indexes listed per kind). */
function holderIn(viewerIds: string[], alias: string, kind: RecordKind): Prisma.Sql {
  const ids = sql`${viewerIds}::uuid[]`;
  const t = raw(alias);
  switch (kind) {
    case 'CLIENTS': // clients (account_manager_id, name, id)
      return sql`${t}.account_manager_id = ANY(${ids})`;
    case 'ACTIVITIES': // activities (owner_id, …); activity_participants (user_id, activity_id)
      return sql`(${t}.owner_id = ANY(${ids}) OR EXISTS (SELECT 1 FROM activity_participants vp
        WHERE vp.activity_id = ${t}.id AND vp.user_id = ANY(${ids})))`;
    case 'OPPORTUNITIES': // opportunities (owner_id, stage_id)
      return sql`${t}.owner_id = ANY(${ids})`;
    case 'CAMPAIGNS': // campaigns (agent_id, status, created_at)
      return sql`${t}.agent_id = ANY(${ids})`;
  }
}

/** TRUE for an ALL scope, else the records of the scope's users. `alias` is the table's alias in the query. */
export function scopeWhere(viewer: ScopedViewer, kind: RecordKind, access: Access, alias?: string): Prisma.Sql {
  const ids = scopeUserIds(viewer, kind, access);
  return ids == null ? sql`TRUE` : holderIn(ids, alias ?? DEFAULT_ALIAS[kind], kind);
}

/** Prisma `where` for the client kind (ORM queries): null for ALL. */
export function clientScopeFilter(viewer: ScopedViewer, access: Access) {
  const ids = scopeUserIds(viewer, 'CLIENTS', access);
  return ids == null ? null : { accountManagerId: { in: ids } };
}

/** `where AND` the scope predicate: for services, which may not write SQL themselves. */
export function withinScope(
  where: Prisma.Sql,
  viewer: ScopedViewer,
  kind: RecordKind,
  access: Access,
  alias?: string,
): Prisma.Sql {
  return sql`${scopeWhere(viewer, kind, access, alias)} AND ${where}`;
}
