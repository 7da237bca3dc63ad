// The set-based SQL of campaign generation: which matching client goes to which agent, as one statement, used both
// by the preview (counts per agent) and by the insert of the items (no loop over clients anywhere).
import type { CampaignStrategy } from '@veza/shared';
import { Prisma } from '../../db/prisma.ts';
import { IN_OPEN_CAMPAIGN, uuid7, type Tx } from './campaigns.repository.ts';

type Sql = Prisma.Sql;
const { sql } = Prisma;

export type Distribution = {
  /** Compiled client filter over `clients c` (already includes `deleted_at IS NULL`). */
  where: Sql;
  /** Agent user ids in the order their campaigns are listed. */
  agentIds: string[];
  strategy: CampaignStrategy;
  excludeInOpenCampaigns: boolean;
};

/**
 * CTEs ending in `assigned(client_id, ord, pos)`: `ord` is the 1-based index into agentIds, `pos` the client's
 * position on that agent's campaign (1.., in the deterministic order: name, then id). Sizes for ROUND_ROBIN and
 * EVEN_SPLIT differ by at most one. ROUND_ROBIN and EVEN_SPLIT take the agent and the position arithmetically from
 * one window pass over the clients in name order (one sort); BY_ACCOUNT_MANAGER numbers each agent's clients again.
 */
export function assignmentCtes(d: Distribution): Sql {
  const n = d.agentIds.length;
  const exclusion = d.excludeInOpenCampaigns ? sql`AND NOT ${IN_OPEN_CAMPAIGN}` : Prisma.empty;
  const agents = sql`agents AS (
      SELECT t.agent_id, t.ord::int AS ord FROM unnest(${d.agentIds}::uuid[]) WITH ORDINALITY AS t(agent_id, ord))`;
  switch (d.strategy) {
    case 'ROUND_ROBIN':
      return sql`${agents}, matched AS (
        SELECT c.id AS client_id, row_number() OVER (ORDER BY c.name, c.id) AS rn FROM clients c WHERE ${d.where} ${exclusion}),
      assigned AS (SELECT client_id, ((rn - 1) % ${n}::int + 1)::int AS ord, ((rn - 1) / ${n}::int + 1)::int AS pos
        FROM matched)`;
    case 'EVEN_SPLIT':
      // ntile: contiguous blocks in name order, the first (total mod n) blocks one larger; a block starts after
      // (ord - 1) blocks of total / n and the larger ones among them.
      return sql`${agents}, matched AS (
        SELECT c.id AS client_id, row_number() OVER w AS rn, ntile(${n}::int) OVER w AS ord, count(*) OVER () AS total
        FROM clients c WHERE ${d.where} ${exclusion} WINDOW w AS (ORDER BY c.name, c.id)),
      assigned AS (SELECT client_id, ord::int AS ord,
        (rn - (ord - 1) * (total / ${n}::int) - least(ord - 1, total % ${n}::int))::int AS pos FROM matched)`;
    case 'BY_ACCOUNT_MANAGER':
      return sql`${agents}, matched AS (
        SELECT c.id AS client_id, c.account_manager_id AS manager_id, row_number() OVER (ORDER BY c.name, c.id) AS rn
        FROM clients c WHERE ${d.where} ${exclusion}), ${byAccountManager()},
      assigned AS (
        SELECT client_id, ord, row_number() OVER (PARTITION BY ord ORDER BY rn)::int AS pos FROM by_manager)`;
  }
}

/**
 * Own clients go to their account manager when that user is one of the agents. The rest, in name order, fill up the
 * agents with the fewest clients first ("water filling"), so the final sizes come out as even as the own clients
 * allow: agents raised to a common level L differ by at most one, agents above L keep only their own clients.
 */
function byAccountManager(): Sql {
  return sql`own AS (
      SELECT m.client_id, a.ord, m.rn FROM matched m JOIN agents a ON a.agent_id = m.manager_id),
    rest AS (
      SELECT m.client_id, m.rn, row_number() OVER (ORDER BY m.rn) AS rr FROM matched m
      WHERE m.manager_id IS NULL OR NOT EXISTS (SELECT 1 FROM agents a WHERE a.agent_id = m.manager_id)),
    rest_count AS (SELECT count(*)::bigint AS r FROM rest),
    loads AS (
      SELECT a.ord, count(o.client_id)::bigint AS o FROM agents a LEFT JOIN own o ON o.ord = a.ord GROUP BY a.ord),
    sorted AS (
      SELECT ord, o, row_number() OVER (ORDER BY o, ord) AS j, (sum(o) OVER (ORDER BY o, ord))::bigint AS s
      FROM loads),
    reach AS (SELECT max(s.j) AS jmax FROM sorted s, rest_count rc WHERE s.j * s.o - s.s <= rc.r),
    lvl AS (
      SELECT reach.jmax, (rc.r + s.s) / reach.jmax AS base, (rc.r + s.s) % reach.jmax AS extra
      FROM reach, rest_count rc, sorted s WHERE s.j = reach.jmax),
    quota AS (
      SELECT s.ord, CASE WHEN s.j <= l.jmax THEN l.base + (CASE WHEN s.j <= l.extra THEN 1 ELSE 0 END) - s.o
        ELSE 0 END AS q
      FROM sorted s, lvl l),
    ranges AS (
      SELECT ord, (sum(q) OVER (ORDER BY ord))::bigint - q AS lo, (sum(q) OVER (ORDER BY ord))::bigint AS hi
      FROM quota),
    by_manager AS (
      SELECT client_id, ord, rn FROM own
      UNION ALL
      SELECT rest.client_id, ranges.ord, rest.rn FROM rest JOIN ranges ON rest.rr > ranges.lo AND rest.rr <= ranges.hi)`;
}

/**
 * Sizes of ROUND_ROBIN and EVEN_SPLIT, arithmetically from the number of assigned clients: both give the first
 * (total mod n) agents one client more (`ntile`, and `(rn - 1) % n` over rows 1..total), so no pass over the clients.
 */
export function evenSplitCounts(total: number, agents: number): number[] {
  const base = Math.floor(total / agents);
  const extra = total % agents;
  return Array.from({ length: agents }, (_, i) => base + (i < extra ? 1 : 0));
}

/** How many clients each agent would get, in the order of agentIds (runs the assignment for BY_ACCOUNT_MANAGER). */
export async function splitCounts(db: Tx, d: Distribution): Promise<number[]> {
  const rows = await db.$queryRaw<{ ord: number; n: number }[]>`WITH ${assignmentCtes(d)}
    SELECT a.ord, count(x.client_id)::int AS n FROM agents a LEFT JOIN assigned x ON x.ord = a.ord
    GROUP BY a.ord ORDER BY a.ord`;
  return rows.map((r) => r.n);
}

/**
 * Inserts one item per assigned client into the campaign at the same index as its agent, numbered 1.. per campaign
 * in name order. Returns the number of items created. Rows go in in client id order: the unique (client_id,
 * campaign_id) index then grows in key order and the client foreign key's checks walk clients_pkey in order
 * (≈ 15–20 % of the statement on the benchmark, docs/PERFORMANCE.md); positions do not depend on it.
 */
export async function insertAssignedItems(db: Tx, d: Distribution, campaignIds: string[]): Promise<number> {
  const id = await uuid7(db);
  return db.$executeRaw`WITH ${assignmentCtes(d)},
    targets AS (SELECT t.campaign_id, t.ord::int AS ord FROM unnest(${campaignIds}::uuid[]) WITH ORDINALITY AS t(campaign_id, ord))
    INSERT INTO campaign_items (id, campaign_id, client_id, state, position, updated_at)
    SELECT ${id}, t.campaign_id, x.client_id, 'PENDING', x.pos, now()
    FROM assigned x JOIN targets t ON t.ord = x.ord ORDER BY x.client_id`;
}

/** Matching clients, and (when asked) how many of them are on open campaigns, in one pass. */
export async function matchCounts(
  db: Tx,
  where: Sql,
  countInOpen: boolean,
): Promise<{ total: number; inOpen: number }> {
  const inOpen = countInOpen ? sql`(count(*) FILTER (WHERE ${IN_OPEN_CAMPAIGN}))::int` : sql`0`;
  const rows = await db.$queryRaw<{ total: number; inOpen: number }[]>`SELECT count(*)::int AS total,
      ${inOpen} AS "inOpen" FROM clients c WHERE ${where}`;
  return rows[0]!;
}

/** The first `limit` clients in distribution order. */
export async function sampleClientIds(db: Tx, where: Sql, exclude: boolean, limit: number): Promise<string[]> {
  if (limit === 0) return [];
  const exclusion = exclude ? sql`AND NOT ${IN_OPEN_CAMPAIGN}` : Prisma.empty;
  const rows = await db.$queryRaw<{ id: string }[]>`SELECT c.id FROM clients c WHERE ${where} ${exclusion}
    ORDER BY c.name, c.id LIMIT ${limit}`;
  return rows.map((r) => r.id);
}
