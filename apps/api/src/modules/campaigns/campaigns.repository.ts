// Database access for campaigns and their items: keyset lists, grouped progress counts, optimistic writes and the
// set-based item operations (append, remove, move). Generation SQL lives in campaign-generation.repository.ts.
import { Prisma, type Db } from '../../db/prisma.ts';

type Sql = Prisma.Sql;
export type Tx = Db | Prisma.TransactionClient;
const { sql, raw, join } = Prisma;

export type CampaignStatus = 'DRAFT' | 'ACTIVE' | 'COMPLETED' | 'CANCELLED';
export type CampaignItemState = 'PENDING' | 'IN_PROGRESS' | 'DONE' | 'SKIPPED';
export const OPEN_STATUSES: readonly CampaignStatus[] = ['DRAFT', 'ACTIVE'];

export type CampaignRow = {
  id: string;
  name: string;
  description: string;
  agentId: string;
  createdById: string | null;
  start: string | null;
  end: string | null;
  status: CampaignStatus;
  filter: unknown;
  strategy: string | null;
  generationId: string | null;
  completedAt: Date | null;
  createdAt: Date;
  updatedAt: Date;
  version: number;
};

export type CampaignItemRow = {
  id: string;
  campaignId: string;
  clientId: string;
  state: CampaignItemState;
  outcomeId: string | null;
  activityId: string | null;
  skipReason: string | null;
  position: number;
  startedAt: Date | null;
  completedAt: Date | null;
  createdAt: Date;
  updatedAt: Date;
  version: number;
};

export type ProgressCounts = { total: number; pending: number; inProgress: number; done: number; skipped: number };

/** A time-ordered UUIDv7 made in SQL before PostgreSQL 18 (no uuidv7()): the millisecond clock over a random v4. */
export const UUID7_PORTABLE = raw(`encode(set_bit(set_bit(overlay(uuid_send(gen_random_uuid()) placing
  substring(int8send((extract(epoch from clock_timestamp()) * 1000)::bigint) from 3) from 1 for 6), 52, 1), 53, 1),
  'hex')::uuid`);
let nativeUuid7: Promise<boolean> | null = null;

/** SQL for a new UUIDv7 key: PostgreSQL 18's built-in uuidv7() (about twice as fast), else the portable form. */
export async function uuid7(db: Tx): Promise<Sql> {
  nativeUuid7 ??= db.$queryRaw<{ v: number }[]>`SELECT current_setting('server_version_num')::int AS v`
    .then((rows) => rows[0]!.v >= 180000)
    .catch(() => {
      nativeUuid7 = null;
      return false;
    });
  return (await nativeUuid7) ? raw('uuidv7()') : UUID7_PORTABLE;
}

const CAMPAIGN_COLUMNS = raw(`k.id, k.name, k.description, k.agent_id AS "agentId", k.created_by_id AS "createdById",
  to_char(k.starts_on, 'YYYY-MM-DD') AS start, to_char(k.ends_on, 'YYYY-MM-DD') AS "end", k.status::text AS status,
  k.filter, k.strategy, k.generation_id AS "generationId", k.completed_at AS "completedAt",
  k.created_at AS "createdAt", k.updated_at AS "updatedAt", k.version`);

export const ITEM_COLUMNS = raw(`i.id, i.campaign_id AS "campaignId", i.client_id AS "clientId", i.state::text AS state,
  i.outcome_id AS "outcomeId", i.activity_id AS "activityId", i.skip_reason AS "skipReason", i.position,
  i.started_at AS "startedAt", i.completed_at AS "completedAt", i.created_at AS "createdAt",
  i.updated_at AS "updatedAt", i.version`);

/** Item counts by state, one row per campaign (or per group key). */
const PROGRESS_SELECT = raw(`count(i.id)::int AS total,
  (count(*) FILTER (WHERE i.state = 'PENDING'))::int AS pending,
  (count(*) FILTER (WHERE i.state = 'IN_PROGRESS'))::int AS "inProgress",
  (count(*) FILTER (WHERE i.state = 'DONE'))::int AS done,
  (count(*) FILTER (WHERE i.state = 'SKIPPED'))::int AS skipped`);

export type CampaignWrite = {
  name?: string;
  description?: string;
  agentId?: string;
  start?: string | null;
  end?: string | null;
  status?: CampaignStatus;
  completedAt?: Date | null;
};

export type NewCampaign = {
  name: string;
  description: string;
  agentId: string;
  createdById: string;
  start: string | null;
  end: string | null;
  status: CampaignStatus;
  filter: unknown;
  strategy: string | null;
  generationId: string;
};

export class CampaignsRepository {
  constructor(private readonly db: Tx) {}

  /** Newest first, keyset on (created_at, id). */
  list(where: Sql, after: { createdAt: string; id: string } | null, limit: number) {
    const keyset = after
      ? sql`AND (k.created_at, k.id) < (${after.createdAt}::timestamptz, ${after.id}::uuid)`
      : Prisma.empty;
    return this.db.$queryRaw<CampaignRow[]>`SELECT ${CAMPAIGN_COLUMNS} FROM campaigns k
      WHERE ${where} ${keyset} ORDER BY k.created_at DESC, k.id DESC LIMIT ${limit}`;
  }

  async count(where: Sql): Promise<number> {
    const rows = await this.db.$queryRaw<{ n: number }[]>`SELECT count(*)::int AS n FROM campaigns k WHERE ${where}`;
    return rows[0]!.n;
  }

  findByIds(ids: readonly string[]): Promise<CampaignRow[]> {
    if (!ids.length) return Promise.resolve([]);
    return this.db.$queryRaw<CampaignRow[]>`SELECT ${CAMPAIGN_COLUMNS} FROM campaigns k
      WHERE k.id = ANY(${[...ids]}::uuid[])`;
  }

  async find(id: string): Promise<CampaignRow | null> {
    return (await this.findByIds([id]))[0] ?? null;
  }

  /** One grouped query for a page of campaigns (the progress DataLoader). */
  async progressOf(campaignIds: readonly string[]): Promise<Map<string, ProgressCounts>> {
    const rows = await this.db.$queryRaw<(ProgressCounts & { campaignId: string })[]>`
      SELECT i.campaign_id AS "campaignId", ${PROGRESS_SELECT} FROM campaign_items i
      WHERE i.campaign_id = ANY(${[...campaignIds]}::uuid[]) GROUP BY i.campaign_id`;
    return new Map(rows.map(({ campaignId, ...counts }) => [campaignId, counts]));
  }

  /** Progress per agent over the campaigns in `where` (manager overview). */
  progressByAgent(where: Sql) {
    return this.db.$queryRaw<(ProgressCounts & { agentId: string; campaigns: number })[]>`
      SELECT k.agent_id AS "agentId", count(DISTINCT k.id)::int AS campaigns, ${PROGRESS_SELECT}
      FROM campaigns k LEFT JOIN campaign_items i ON i.campaign_id = k.id
      WHERE ${where} GROUP BY k.agent_id`;
  }

  /** Inserts campaigns; returns their ids with their agents. */
  async insertCampaigns(rows: NewCampaign[]): Promise<{ id: string; agentId: string }[]> {
    const col = <K extends keyof NewCampaign>(key: K) => rows.map((r) => r[key]);
    const id = await uuid7(this.db);
    return this.db.$queryRaw<{ id: string; agentId: string }[]>`
      INSERT INTO campaigns (id, name, description, agent_id, created_by_id, starts_on, ends_on, status, filter,
        strategy, generation_id, updated_at)
      SELECT ${id}, t.name, t.description, t.agent_id, t.created_by_id, t.starts_on, t.ends_on,
        t.status::"CampaignStatus", t.filter, t.strategy, t.generation_id, now()
      FROM unnest(${col('name')}::text[], ${col('description')}::text[], ${col('agentId')}::uuid[],
        ${col('createdById')}::uuid[], ${col('start')}::date[], ${col('end')}::date[], ${col('status')}::text[],
        ${rows.map((r) => (r.filter == null ? null : JSON.stringify(r.filter)))}::jsonb[], ${col('strategy')}::text[],
        ${col('generationId')}::uuid[])
        WITH ORDINALITY AS t(name, description, agent_id, created_by_id, starts_on, ends_on, status, filter, strategy,
          generation_id, ord)
      ORDER BY t.ord
      RETURNING id, agent_id AS "agentId"`;
  }

  /** Optimistic update: false when the version is stale or the row is gone. */
  async update(id: string, version: number, data: CampaignWrite, onlyIn?: readonly CampaignStatus[]) {
    const sets: Sql[] = [];
    if (data.name !== undefined) sets.push(sql`name = ${data.name}`);
    if (data.description !== undefined) sets.push(sql`description = ${data.description}`);
    if (data.agentId !== undefined) sets.push(sql`agent_id = ${data.agentId}::uuid`);
    if (data.start !== undefined) sets.push(sql`starts_on = ${data.start}::date`);
    if (data.end !== undefined) sets.push(sql`ends_on = ${data.end}::date`);
    if (data.status !== undefined) sets.push(sql`status = ${data.status}::"CampaignStatus"`);
    if (data.completedAt !== undefined) sets.push(sql`completed_at = ${data.completedAt}`);
    const status = onlyIn ? sql`AND status::text = ANY(${[...onlyIn]}::text[])` : Prisma.empty;
    const count = await this.db.$executeRaw`UPDATE campaigns SET ${join(sets, ', ')}, updated_at = now(),
      version = version + 1 WHERE id = ${id}::uuid AND version = ${version} ${status}`;
    return count === 1;
  }

  /** The agent's open campaign in a generation (the oldest), where reassigned items go. */
  async openCampaignOf(agentId: string, generationId: string): Promise<CampaignRow | null> {
    const rows = await this.db.$queryRaw<CampaignRow[]>`SELECT ${CAMPAIGN_COLUMNS} FROM campaigns k
      WHERE k.agent_id = ${agentId}::uuid AND k.generation_id = ${generationId}::uuid
        AND k.status IN ('DRAFT', 'ACTIVE')
      ORDER BY k.created_at, k.id LIMIT 1 FOR UPDATE`;
    return rows[0] ?? null;
  }

  // ---- items ----

  items(campaignId: string, where: Sql, after: { position: number; id: string } | null, limit: number) {
    const keyset = after ? sql`AND (i.position, i.id) > (${after.position}::int, ${after.id}::uuid)` : Prisma.empty;
    return this.db.$queryRaw<CampaignItemRow[]>`SELECT ${ITEM_COLUMNS} FROM campaign_items i
      WHERE i.campaign_id = ${campaignId}::uuid AND ${where} ${keyset} ORDER BY i.position, i.id LIMIT ${limit}`;
  }

  async countItems(campaignId: string, where: Sql): Promise<number> {
    const rows = await this.db.$queryRaw<{ n: number }[]>`SELECT count(*)::int AS n FROM campaign_items i
      WHERE i.campaign_id = ${campaignId}::uuid AND ${where}`;
    return rows[0]!.n;
  }

  /** In progress first, then pending, each by position. */
  async nextItems(campaignIds: readonly string[]): Promise<Map<string, CampaignItemRow>> {
    const rows = await this.db.$queryRaw<CampaignItemRow[]>`SELECT ${ITEM_COLUMNS}
      FROM unnest(${[...campaignIds]}::uuid[]) AS k(id)
      CROSS JOIN LATERAL (SELECT * FROM campaign_items i WHERE i.campaign_id = k.id
        AND i.state IN ('IN_PROGRESS', 'PENDING')
        ORDER BY i.state = 'IN_PROGRESS' DESC, i.position, i.id LIMIT 1) i`;
    return new Map(rows.map((r) => [r.campaignId, r]));
  }

  findItems(ids: readonly string[], lock = false): Promise<CampaignItemRow[]> {
    if (!ids.length) return Promise.resolve([]);
    const forUpdate = lock ? sql`ORDER BY i.id FOR UPDATE` : Prisma.empty;
    return this.db.$queryRaw<CampaignItemRow[]>`SELECT ${ITEM_COLUMNS} FROM campaign_items i
      WHERE i.id = ANY(${[...ids]}::uuid[]) ${forUpdate}`;
  }

  async findItem(id: string, lock = false): Promise<CampaignItemRow | null> {
    return (await this.findItems([id], lock))[0] ?? null;
  }

  /** Sets the item's state columns when it is in one of `from`; false when it was not. */
  async setItemState(
    id: string,
    from: readonly CampaignItemState[],
    to: CampaignItemState,
    extra: { skipReason?: string | null; outcomeId?: string | null; activityId?: string | null } = {},
  ): Promise<boolean> {
    const sets: Sql[] = [sql`state = ${to}::"CampaignItemState"`];
    if (to === 'IN_PROGRESS') sets.push(sql`started_at = COALESCE(started_at, now()), completed_at = NULL`);
    if (to === 'PENDING') sets.push(sql`started_at = NULL, completed_at = NULL`);
    if (to === 'DONE' || to === 'SKIPPED') sets.push(sql`completed_at = now()`);
    if (to !== 'SKIPPED') sets.push(sql`skip_reason = NULL`);
    if (to !== 'DONE') sets.push(sql`outcome_id = NULL, activity_id = NULL`);
    if (extra.skipReason !== undefined) sets.push(sql`skip_reason = ${extra.skipReason}`);
    if (extra.outcomeId !== undefined) sets.push(sql`outcome_id = ${extra.outcomeId}::uuid`);
    if (extra.activityId !== undefined) sets.push(sql`activity_id = ${extra.activityId}::uuid`);
    const count = await this.db.$executeRaw`UPDATE campaign_items SET ${join(sets, ', ')}, updated_at = now(),
      version = version + 1 WHERE id = ${id}::uuid AND state::text = ANY(${[...from]}::text[])`;
    return count === 1;
  }

  /** Records on the activity which item it was logged for. */
  async linkActivity(activityId: string, itemId: string): Promise<void> {
    await this.db.$executeRaw`UPDATE activities SET campaign_item_id = ${itemId}::uuid WHERE id = ${activityId}::uuid`;
  }

  /** The item an activity was logged for is DONE with `outcomeId`, finished by that activity (unless already done). */
  async finishByActivity(activityId: string, outcomeId: string | null): Promise<void> {
    await this.db.$executeRaw`UPDATE campaign_items i SET state = 'DONE', outcome_id = ${outcomeId}::uuid,
      activity_id = a.id, skip_reason = NULL, completed_at = now(), updated_at = now(), version = i.version + 1
      FROM activities a WHERE a.id = ${activityId}::uuid AND i.id = a.campaign_item_id AND i.state <> 'DONE'`;
  }

  /** DONE → IN_PROGRESS when `activityId` is the activity that finished the item (found through the activity's link). */
  async reopenFinishedBy(activityId: string): Promise<void> {
    await this.db.$executeRaw`UPDATE campaign_items SET state = 'IN_PROGRESS', outcome_id = NULL, activity_id = NULL,
      completed_at = NULL, updated_at = now(), version = version + 1
      WHERE id = (SELECT campaign_item_id FROM activities WHERE id = ${activityId}::uuid)
        AND activity_id = ${activityId}::uuid AND state = 'DONE'`;
  }

  /** The campaign item each activity was logged for. */
  async itemIdsOfActivities(activityIds: readonly string[]): Promise<Map<string, string>> {
    const rows = await this.db.$queryRaw<{ id: string; itemId: string }[]>`SELECT id, campaign_item_id AS "itemId"
      FROM activities WHERE id = ANY(${[...activityIds]}::uuid[]) AND campaign_item_id IS NOT NULL`;
    return new Map(rows.map((r) => [r.id, r.itemId]));
  }

  /** Live activities logged for each item, oldest first. */
  async activityIdsOfItems(itemIds: readonly string[]): Promise<Map<string, string[]>> {
    const rows = await this.db.$queryRaw<{ id: string; itemId: string }[]>`SELECT id, campaign_item_id AS "itemId"
      FROM activities WHERE campaign_item_id = ANY(${[...itemIds]}::uuid[]) AND deleted_at IS NULL
      ORDER BY created_at, id`;
    const map = new Map<string, string[]>();
    for (const r of rows) map.set(r.itemId, [...(map.get(r.itemId) ?? []), r.id]);
    return map;
  }

  /** Appends clients not yet on the campaign (in `source`'s `ord` order) after its last position, without gaps. */
  async appendItems(campaignId: string, source: Sql): Promise<number> {
    const id = await uuid7(this.db);
    return this.db.$executeRaw`INSERT INTO campaign_items (id, campaign_id, client_id, position, updated_at)
      SELECT ${id}, ${campaignId}::uuid, s.client_id,
        (SELECT COALESCE(max(position), 0) FROM campaign_items WHERE campaign_id = ${campaignId}::uuid)
          + row_number() OVER (ORDER BY s.ord), now()
      FROM (${source}) s
      WHERE NOT EXISTS (SELECT 1 FROM campaign_items e WHERE e.campaign_id = ${campaignId}::uuid AND e.client_id = s.client_id)
      ON CONFLICT (campaign_id, client_id) DO NOTHING`;
  }

  async deleteItems(ids: string[]): Promise<number> {
    return this.db.$executeRaw`DELETE FROM campaign_items WHERE id = ANY(${ids}::uuid[]) AND state = 'PENDING'`;
  }

  /** Moves items to `campaignId`, PENDING, after its last position, keeping their relative order. */
  async moveItems(ids: string[], campaignId: string): Promise<number> {
    return this.db.$executeRaw`WITH moving AS (
        SELECT i.id, row_number() OVER (ORDER BY k.created_at, i.campaign_id, i.position, i.id) AS ord
        FROM campaign_items i JOIN campaigns k ON k.id = i.campaign_id WHERE i.id = ANY(${ids}::uuid[]))
      UPDATE campaign_items t SET campaign_id = ${campaignId}::uuid, state = 'PENDING', started_at = NULL,
        completed_at = NULL, skip_reason = NULL, outcome_id = NULL, activity_id = NULL,
        position = (SELECT COALESCE(max(position), 0) FROM campaign_items WHERE campaign_id = ${campaignId}::uuid)
          + moving.ord,
        updated_at = now(), version = t.version + 1
      FROM moving WHERE t.id = moving.id`;
  }

  /** Clients among `clientIds` already on the campaign. */
  async clientsOnCampaign(campaignId: string, clientIds: string[]): Promise<Set<string>> {
    const rows = await this.db.$queryRaw<{ clientId: string }[]>`SELECT client_id AS "clientId" FROM campaign_items
      WHERE campaign_id = ${campaignId}::uuid AND client_id = ANY(${clientIds}::uuid[])`;
    return new Set(rows.map((r) => r.clientId));
  }

  /**
   * A campaign, locked until the transaction ends: FOR SHARE for checks on its status while an item changes,
   * FOR UPDATE to serialise changes of its list (positions are max + n).
   */
  async lockCampaign(id: string, exclusive = false): Promise<CampaignRow | null> {
    const mode = exclusive ? sql`FOR UPDATE` : sql`FOR SHARE`;
    const rows = await this.db.$queryRaw<CampaignRow[]>`SELECT ${CAMPAIGN_COLUMNS} FROM campaigns k
      WHERE k.id = ${id}::uuid ${mode}`;
    return rows[0] ?? null;
  }

  async countSource(source: Sql): Promise<number> {
    const rows = await this.db.$queryRaw<{ n: number }[]>`SELECT count(*)::int AS n FROM (${source}) s`;
    return rows[0]!.n;
  }

  // ---- users ----

  /** The ones among `ids` that are active users allowed to work campaigns (campaigns.work or campaigns.manage). */
  async eligibleAgents(ids: string[]): Promise<Map<string, string>> {
    if (!ids.length) return new Map();
    const rows = await this.db.$queryRaw<{ id: string; name: string }[]>`SELECT u.id, u.name FROM users u
      WHERE u.id = ANY(${ids}::uuid[]) AND u.active AND EXISTS (
        SELECT 1 FROM user_profiles up JOIN permission_profiles p ON p.id = up.profile_id
        WHERE up.user_id = u.id AND p.permissions && ARRAY['campaigns.work', 'campaigns.manage'])`;
    return new Map(rows.map((r) => [r.id, r.name]));
  }

  async allEligibleAgents(): Promise<string[]> {
    const rows = await this.db.$queryRaw<{ id: string }[]>`SELECT u.id FROM users u WHERE u.active AND EXISTS (
        SELECT 1 FROM user_profiles up JOIN permission_profiles p ON p.id = up.profile_id
        WHERE up.user_id = u.id AND p.permissions && ARRAY['campaigns.work', 'campaigns.manage'])
      ORDER BY u.name, u.id LIMIT 1000`;
    return rows.map((r) => r.id);
  }

  /** Serialises everything that reads "which clients are on open campaigns" and then adds items. */
  async lockAssignments(): Promise<void> {
    await this.db.$executeRaw`SELECT pg_advisory_xact_lock(${ASSIGNMENT_LOCK})`;
  }
}

/** Advisory lock key shared by generations and additions with exclusion ("veza" + "camp" as two int32s, folded). */
export const ASSIGNMENT_LOCK = 0x7665_7a61_6361_6d70n;

/** Clients already on an ACTIVE or DRAFT campaign, as a predicate over `clients c`. */
export const IN_OPEN_CAMPAIGN = sql`EXISTS (SELECT 1 FROM campaign_items oi JOIN campaigns ok ON ok.id = oi.campaign_id
  WHERE oi.client_id = c.id AND ok.status IN ('ACTIVE', 'DRAFT'))`;
