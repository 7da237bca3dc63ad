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

/**
 * The clients on the call lists of the scope's users: items of an ACTIVE campaign whose agent is one of `ids`, in any
 * state — a done or skipped item keeps its client readable while the campaign runs, so the agent still sees the call
 * they just logged (read only; editing stays with the account manager). An uncorrelated array (an InitPlan run once per statement: campaigns (agent_id, status, created_at),
 * then campaign_items (campaign_id, position)), so `c.id = ANY(...)` is a primary-key lookup and the OR of the two
 * arms stays a BitmapOr of two index scans instead of a per-client sub-query.
 */
export function assignedClientIds(viewerIds: string[]): Prisma.Sql {
  return sql`ARRAY(SELECT vi.client_id FROM campaigns vk JOIN campaign_items vi ON vi.campaign_id = vk.id
    WHERE vk.agent_id = ANY(${viewerIds}::uuid[]) AND vk.status = 'ACTIVE')`;
}

/**
 * TRUE for an ALL scope, else the records of the scope's users. `alias` is the table's alias in the query.
 * Reading a client also reaches the clients on the scope's users' open call lists (an agent calls clients they do
 * not manage): see docs/ARCHITECTURE.md "Record visibility".
 */
export function scopeWhere(viewer: ScopedViewer, kind: RecordKind, access: Access, alias?: string): Prisma.Sql {
  const ids = scopeUserIds(viewer, kind, access);
  if (ids == null) return sql`TRUE`;
  const t = alias ?? DEFAULT_ALIAS[kind];
  const held = holderIn(ids, t, kind);
  if (kind !== 'CLIENTS' || access !== 'read') return held;
  return sql`(${held} OR ${raw(t)}.id = ANY(${assignedClientIds(ids)}))`;
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

/** Prisma `where` for the clients within the scope (ORM queries), the same rule as scopeWhere; null for ALL. */
export function clientScopeFilter(viewer: ScopedViewer, access: Access): Prisma.ClientWhereInput | null {
  const ids = scopeUserIds(viewer, 'CLIENTS', access);
  if (ids == null) return null;
  const managed: Prisma.ClientWhereInput = { accountManagerId: { in: ids } };
  if (access !== 'read') return managed;
  const listed: Prisma.CampaignItemWhereInput = { campaign: { agentId: { in: ids }, status: 'ACTIVE' } };
  return { OR: [managed, { campaignItems: { some: listed } }] };
}

/**
 * A person (alias `p`) is within the scope when one of their live clients is. Persons are reached through
 * client_persons (person_id) and the client predicate above; for an ALL scope every person.
 */
export function personScopeWhere(viewer: ScopedViewer, access: Access, alias = 'p'): Prisma.Sql {
  if (scopeUserIds(viewer, 'CLIENTS', access) == null) return sql`TRUE`;
  return sql`EXISTS (SELECT 1 FROM client_persons vcp JOIN clients vc ON vc.id = vcp.client_id
    WHERE vcp.person_id = ${raw(alias)}.id AND vc.deleted_at IS NULL AND ${scopeWhere(viewer, 'CLIENTS', access, 'vc')})`;
}
