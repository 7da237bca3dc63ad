// Rules, their run log and firings, the change outbox, and the set-based SQL a rule run executes.
import type { AutomationAction } from '@veza/shared';
import { Prisma, type Db } from '../../db/prisma.ts';
import type { EntityAdapter } from './automation-entities.repository.ts';

type Sql = Prisma.Sql;
type Tx = Prisma.TransactionClient;
const { sql } = Prisma;

/** UUIDv7 in SQL on any PostgreSQL ≥ 15 (18's uuidv7() is not everywhere): the millisecond clock over a random v4. */
const UUID7 = Prisma.raw(`encode(set_bit(set_bit(overlay(uuid_send(gen_random_uuid()) placing
  substring(int8send((extract(epoch from clock_timestamp()) * 1000)::bigint) from 3) from 1 for 6), 52, 1), 53, 1),
  'hex')::uuid`);

export const ruleSelect = {
  id: true,
  name: true,
  description: true,
  entity: true,
  trigger: true,
  triggerField: true,
  offsetDays: true,
  dailyAt: true,
  timeZone: true,
  condition: true,
  actions: true,
  enabled: true,
  templateKey: true,
  lastRunAt: true,
  createdAt: true,
  updatedAt: true,
  version: true,
} as const;
export type RuleRow = NonNullable<Awaited<ReturnType<AutomationRepository['find']>>>;
export type RuleData = Omit<Prisma.AutomationRuleUncheckedCreateInput, 'id' | 'createdAt' | 'updatedAt' | 'version'>;

/** A record a run acts on, with the people its roles resolve to. */
export type MatchRow = {
  id: string;
  label: string;
  client_id: string;
  owner_id: string | null;
  account_manager_id: string | null;
  owner_manager_id: string | null;
  occurrence: string;
  moment: Date | null;
};

export class AutomationRepository {
  constructor(private readonly db: Db) {}

  list() {
    return this.db.automationRule.findMany({
      orderBy: [{ name: 'asc' }, { id: 'asc' }],
      take: 500,
      select: ruleSelect,
    });
  }

  enabled() {
    return this.db.automationRule.findMany({ where: { enabled: true }, select: ruleSelect, orderBy: { id: 'asc' } });
  }

  find(id: string) {
    return this.db.automationRule.findUnique({ where: { id }, select: ruleSelect });
  }

  create(data: RuleData) {
    return this.db.automationRule.create({ data, select: ruleSelect });
  }

  /** Optimistic update: null when `version` is stale or the rule is gone. */
  async update(id: string, version: number, data: Partial<RuleData>) {
    const { count } = await this.db.automationRule.updateMany({
      where: { id, version },
      data: { ...data, version: { increment: 1 } },
    });
    return count ? this.find(id) : null;
  }

  runs(ruleId: string, limit: number, before: [string, string] | null) {
    return this.db.automationRun.findMany({
      where: {
        ruleId,
        ...(before
          ? {
              OR: [
                { startedAt: { lt: new Date(before[0]) } },
                { startedAt: new Date(before[0]), id: { lt: before[1] } },
              ],
            }
          : {}),
      },
      orderBy: [{ startedAt: 'desc' }, { id: 'desc' }],
      take: limit,
    });
  }

  countRuns(ruleId: string) {
    return this.db.automationRun.count({ where: { ruleId } });
  }

  logRun(data: { ruleId: string; matched: number; recordIds: string[]; summary: object; error?: string | null }) {
    return this.db.automationRun.create({ data: { ...data, summary: data.summary as Prisma.InputJsonValue } });
  }

  count(e: EntityAdapter, where: Sql) {
    return this.db.$queryRaw<{ n: number }[]>`SELECT count(*)::int AS n FROM ${e.from} WHERE ${e.alive} AND ${where}`;
  }

  /** The change outbox up to now: its high-water mark. */
  async changesHighWater(): Promise<bigint | null> {
    const rows = await this.db.$queryRaw<{ hi: bigint | null }[]>`SELECT max(id) AS hi FROM automation_changes`;
    return rows[0]?.hi ?? null;
  }

  /** Activities a user gave to someone else (created for them or re-assigned), up to `hi`. */
  assignments(hi: bigint) {
    return this.db.$queryRaw<
      { change_id: bigint; activity_id: string; owner_id: string; subject: string; actor: string }[]
    >`
      SELECT ch.id AS change_id, a.id AS activity_id, a.owner_id, a.subject, u.name AS actor
      FROM automation_changes ch JOIN activities a ON a.id = ch.record_id JOIN users u ON u.id = ch.actor_id
      WHERE ch.id <= ${hi} AND ch.entity = 'ACTIVITY' AND (ch.op = 'INSERT' OR 'owner_id' = ANY(ch.changed_fields))
        AND a.owner_id <> ch.actor_id AND a.deleted_at IS NULL`;
  }

  /** Opportunities a user gave to someone else (created for them or re-assigned), up to `hi`. */
  opportunityAssignments(hi: bigint) {
    return this.db.$queryRaw<
      { change_id: bigint; opportunity_id: string; owner_id: string; name: string; actor: string }[]
    >`
      SELECT ch.id AS change_id, o.id AS opportunity_id, o.owner_id, o.name, u.name AS actor
      FROM automation_changes ch JOIN opportunities o ON o.id = ch.record_id JOIN users u ON u.id = ch.actor_id
      WHERE ch.id <= ${hi} AND ch.entity = 'OPPORTUNITY' AND (ch.op = 'INSERT' OR 'owner_id' = ANY(ch.changed_fields))
        AND o.owner_id <> ch.actor_id AND o.deleted_at IS NULL`;
  }

  /** Campaigns made by one user for another agent, up to `hi`. */
  campaignAssignments(hi: bigint) {
    return this.db.$queryRaw<
      { change_id: bigint; campaign_id: string; agent_id: string; name: string; actor: string }[]
    >`
      SELECT ch.id AS change_id, k.id AS campaign_id, k.agent_id, k.name, u.name AS actor
      FROM automation_changes ch JOIN campaigns k ON k.id = ch.record_id JOIN users u ON u.id = ch.actor_id
      WHERE ch.id <= ${hi} AND ch.entity = 'CAMPAIGN'`;
  }

  async dropChanges(hi: bigint) {
    await this.db.$executeRaw`DELETE FROM automation_changes WHERE id <= ${hi}`;
  }

  /** Inserts the template unless its key exists (ON CONFLICT DO NOTHING: safe when two processes start at once). */
  async insertTemplate(templateKey: string, data: RuleData) {
    await this.db.automationRule.createMany({ data: [{ ...data, templateKey }], skipDuplicates: true });
  }
}

/** Records satisfying `where` (plus the trigger's own part), with their role holders. */
export function match(db: Db | Tx, e: EntityAdapter, where: Sql, occurrence: Sql, moment: Sql, limit: number) {
  return db.$queryRaw<MatchRow[]>`
    SELECT ${e.id} AS id, ${e.label} AS label, ${e.clientId} AS client_id, ${e.ownerId} AS owner_id,
      ${e.accountManagerId} AS account_manager_id,
      (SELECT u.manager_id FROM users u WHERE u.id = ${e.ownerId}) AS owner_manager_id,
      ${occurrence} AS occurrence, ${moment} AS moment
    FROM ${e.from} WHERE ${e.alive} AND ${where}
    ORDER BY ${moment} NULLS LAST, ${e.id} LIMIT ${limit}`;
}

/** Records each (rule, record, occurrence) once; returns the keys that are new. */
export async function fire(tx: Tx, ruleId: string, rows: MatchRow[]): Promise<Set<string>> {
  if (!rows.length) return new Set();
  const fresh = await tx.$queryRaw<{ record_id: string; occurrence: string }[]>`
    INSERT INTO automation_firings (rule_id, record_id, occurrence)
    SELECT ${ruleId}::uuid, r.id, r.occ FROM unnest(${rows.map((r) => r.id)}::uuid[], ${rows.map((r) => r.occurrence)}::text[]) AS r(id, occ)
    ON CONFLICT DO NOTHING RETURNING record_id, occurrence`;
  return new Set(fresh.map((f) => `${f.record_id}|${f.occurrence}`));
}

/** Marks this transaction's writes as the rule's own, so the change trigger does not feed them back to rules. */
export async function markAsRule(tx: Tx, ruleId: string) {
  await tx.$executeRaw`SELECT set_config('veza.automation_rule', ${ruleId}, true)`;
}

/** One planned task per (record, assignee): INSERT … SELECT from the given rows. */
export function createTasks(
  tx: Tx,
  action: Extract<AutomationAction, { type: 'CREATE_TASK' }>,
  tasks: { clientId: string; ownerId: string; subject: string }[],
) {
  if (!tasks.length) return Promise.resolve(0);
  return tx.$executeRaw`
    INSERT INTO activities (id, type_id, client_id, subject, due_at, status, priority, owner_id, created_at, updated_at)
    SELECT ${UUID7}, d.id, t.client_id, t.subject, now() + make_interval(days => ${action.dueInDays}::int),
      'PLANNED', 'NORMAL', t.owner_id, now(), now()
    FROM unnest(${tasks.map((t) => t.clientId)}::uuid[], ${tasks.map((t) => t.ownerId)}::uuid[], ${tasks.map((t) => t.subject)}::text[])
      AS t(client_id, owner_id, subject)
    JOIN dictionary_values d ON d.kind = 'ACTIVITY_TYPE' AND d.key = ${action.activityTypeKey}`;
}

/** Records of `entity` changed by people (not rules) up to `hi`; for UPDATED optionally only when `column` changed. */
export function changedRecords(entity: string, op: 'INSERT' | 'UPDATE', column: string | null, hi: bigint): Sql {
  const field = column ? sql`AND ${column} = ANY(ch.changed_fields)` : sql``;
  return sql`(SELECT ch.record_id, max(ch.id) AS change_id FROM automation_changes ch
    WHERE ch.id <= ${hi} AND ch.entity = ${entity} AND ch.op = ${op} AND NOT ch.by_rule ${field} GROUP BY ch.record_id)`;
}

export async function setLastRun(tx: Tx, ruleId: string, at: Date) {
  await tx.automationRule.update({ where: { id: ruleId }, data: { lastRunAt: at } });
}
