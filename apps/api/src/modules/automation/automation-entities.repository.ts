// What a rule needs to know about each entity it can run on: table, date and change columns, roles, condition SQL.
import type { AutomationCondition, RecordKind } from '@veza/shared';
import { Prisma } from '../../db/prisma.ts';
import type { Db } from '../../db/prisma.ts';
import { globalId } from '../../graphql/ids.ts';
import { allConditions, compileActivityFilter } from '../activities/index.ts';
import { clientWhereIn } from '../clients/index.ts';
import { compileOpportunityFilter } from '../opportunities/index.ts';

type Sql = Prisma.Sql;
const { sql, raw } = Prisma;

export type EntityAdapter = {
  /** The record kind whose read scope decides who may be told about a record (modules/visibility). */
  recordKind: RecordKind;
  /** `FROM` part with its alias, e.g. `clients c` (the kind's default alias in visibility's scopeWhere). */
  from: Sql;
  id: Sql;
  alive: Sql;
  label: Sql;
  clientId: Sql;
  ownerId: Sql;
  accountManagerId: Sql;
  /** API date field → column, for "N days after / before". */
  dates: Record<string, Sql>;
  /**
   * For dates that are computed (or cast, so no index serves them): a superset of the records whose date lies in
   * [lo, hi), as ranges on indexed columns; the run ANDs it with the exact range, so the planner starts from it.
   */
  dateCandidates?: Record<string, (lo: Sql, hi: Sql) => Sql>;
  /** API field → column name as the change trigger records it. */
  changes: Record<string, string>;
  link(id: string): string;
  condition(db: Db, condition: AutomationCondition, timeZone: string): Promise<Sql>;
  /** Applies a SET_FIELD action to `ids`; returns how many rows changed. */
  setField?(
    tx: Prisma.TransactionClient,
    ids: string[],
    field: string,
    attributeKey: string | null,
    value: unknown,
  ): Promise<number>;
};

const numberAttr = (key: string) =>
  sql`(CASE WHEN jsonb_typeof(c.attributes -> ${key}) = 'number' THEN (c.attributes ->> ${key})::numeric END)`;

const RATIO_OPS = { LT: '<', LTE: '<=', GT: '>', GTE: '>=' } as const;

const client: EntityAdapter = {
  recordKind: 'CLIENTS',
  from: sql`clients c`,
  id: sql`c.id`,
  alive: sql`c.deleted_at IS NULL`,
  label: sql`c.name`,
  clientId: sql`c.id`,
  // A client's "owner" is its account manager.
  ownerId: sql`c.account_manager_id`,
  accountManagerId: sql`c.account_manager_id`,
  dates: { createdAt: sql`c.created_at`, updatedAt: sql`c.updated_at`, lastContactAt: sql`c.last_contact_at` },
  changes: {
    name: 'name',
    status: 'status_id',
    segment: 'segment_id',
    accountManager: 'account_manager_id',
    attributes: 'attributes',
    city: 'city',
  },
  link: (id) => `/clients/${globalId('Client', id)}`,
  async condition(db, condition, timeZone) {
    const parts: Sql[] = [(await clientWhereIn(db, timeZone, condition.client ?? null)).where];
    const ratio = condition.attributeRatio;
    if (ratio)
      parts.push(
        sql`${numberAttr(ratio.key)} ${raw(RATIO_OPS[ratio.op])} ${ratio.factor}::numeric * ${numberAttr(ratio.otherKey)}`,
      );
    return Prisma.join(parts, ' AND ');
  },
  async setField(tx, ids, field, attributeKey, value) {
    if (field !== 'attribute' || !attributeKey) return 0;
    return tx.$executeRaw`UPDATE clients SET attributes = jsonb_set(attributes, ARRAY[${attributeKey}], ${JSON.stringify(value)}::jsonb),
      version = version + 1, updated_at = now() WHERE id = ANY(${ids}::uuid[])`;
  },
};

const activity: EntityAdapter = {
  recordKind: 'ACTIVITIES',
  from: sql`activities a`,
  id: sql`a.id`,
  alive: sql`a.deleted_at IS NULL`,
  label: sql`a.subject`,
  clientId: sql`a.client_id`,
  ownerId: sql`a.owner_id`,
  accountManagerId: sql`(SELECT ac.account_manager_id FROM clients ac WHERE ac.id = a.client_id)`,
  dates: { createdAt: sql`a.created_at`, startsAt: sql`a.starts_at`, dueAt: sql`a.due_at`, closedAt: sql`a.closed_at` },
  changes: {
    status: 'status',
    owner: 'owner_id',
    dueAt: 'due_at',
    startsAt: 'starts_at',
    priority: 'priority',
    subject: 'subject',
  },
  link: (id) => `/activities/${globalId('Activity', id)}`,
  async condition(db, condition, timeZone) {
    const parts = compileActivityFilter(condition.activity ?? null, 'condition.activity');
    if (condition.client) {
      const { where } = await clientWhereIn(db, timeZone, condition.client);
      parts.push(sql`EXISTS (SELECT 1 FROM clients c WHERE c.id = a.client_id AND ${where})`);
    }
    return allConditions(parts);
  },
  async setField(tx, ids, field, _key, value) {
    if (field !== 'priority' || !['LOW', 'NORMAL', 'HIGH'].includes(String(value))) return 0;
    return tx.$executeRaw`UPDATE activities SET priority = ${String(value)}::"ActivityPriority", version = version + 1,
      updated_at = now() WHERE id = ANY(${ids}::uuid[])`;
  },
};

/** When the opportunity entered its current stage (its creation when no change is recorded). */
const stageChangedAt = sql`coalesce((SELECT max(sc.changed_at) FROM opportunity_stage_changes sc
  WHERE sc.opportunity_id = o.id), o.created_at)`;

/** Its amount in the base currency: the locked amount once closed, else at the latest rate up to today (none: NULL). */
const baseAmount = (base: string) => sql`(CASE
  WHEN o.closed_at IS NOT NULL AND o.base_currency = ${base} THEN o.base_amount
  WHEN o.currency = ${base} THEN o.amount
  ELSE o.amount / (SELECT x.rate FROM exchange_rates x WHERE x.base_currency = ${base} AND x.currency = o.currency
    AND x.rate_date <= current_date ORDER BY x.rate_date DESC LIMIT 1) END)`;

/** The first day whose midnight (in the session's zone, as `date::timestamptz` casts) is at or after `t`. */
const ceilDate = (t: Sql) =>
  sql`((${t}) AT TIME ZONE current_setting('TimeZone') + interval '1 day' - interval '1 microsecond')::date`;

/** Opportunities that entered a stage (or were created, with no stage change) within [lo, hi). */
const stageChangedIn = (lo: Sql, hi: Sql) => sql`
  SELECT sc.opportunity_id FROM opportunity_stage_changes sc WHERE sc.changed_at >= ${lo} AND sc.changed_at < ${hi}
  UNION ALL SELECT o2.id FROM opportunities o2 WHERE o2.created_at >= ${lo} AND o2.created_at < ${hi}`;

/** Each computed date equals one of these moments, so records with one in [lo, hi) are a superset of the matches. */
const opportunityCandidates: Record<string, (lo: Sql, hi: Sql) => Sql> = {
  expectedCloseOn: (lo, hi) => sql`o.expected_close_on >= ${ceilDate(lo)} AND o.expected_close_on < ${ceilDate(hi)}`,
  stageChangedAt: (lo, hi) => sql`o.id IN (${stageChangedIn(lo, hi)})`,
  lastActivityAt: (lo, hi) => sql`o.id IN (${stageChangedIn(lo, hi)}
    UNION ALL SELECT oa.opportunity_id FROM activities oa WHERE oa.opportunity_id IS NOT NULL AND oa.deleted_at IS NULL
      AND oa.created_at >= ${lo} AND oa.created_at < ${hi}
    UNION ALL SELECT oa.opportunity_id FROM activities oa WHERE oa.opportunity_id IS NOT NULL AND oa.deleted_at IS NULL
      AND oa.closed_at >= ${lo} AND oa.closed_at < ${hi})`,
};

const opportunity: EntityAdapter = {
  recordKind: 'OPPORTUNITIES',
  from: sql`opportunities o`,
  id: sql`o.id`,
  alive: sql`o.deleted_at IS NULL`,
  label: sql`o.name`,
  clientId: sql`o.client_id`,
  ownerId: sql`o.owner_id`,
  accountManagerId: sql`(SELECT oc.account_manager_id FROM clients oc WHERE oc.id = o.client_id)`,
  dates: {
    createdAt: sql`o.created_at`,
    expectedCloseOn: sql`o.expected_close_on::timestamptz`,
    closedAt: sql`o.closed_at`,
    stageChangedAt,
    // "No activity for N days": counted from its latest linked activity, or from entering its stage if that is later.
    lastActivityAt: sql`greatest(${stageChangedAt}, (SELECT max(greatest(oa.created_at, oa.closed_at)) FROM activities oa
      WHERE oa.opportunity_id = o.id AND oa.deleted_at IS NULL))`,
  },
  dateCandidates: opportunityCandidates,
  changes: {
    name: 'name',
    stage: 'stage_id',
    owner: 'owner_id',
    amount: 'amount',
    expectedCloseOn: 'expected_close_on',
    probability: 'probability',
    attributes: 'attributes',
  },
  link: (id) => `/opportunities/${globalId('Opportunity', id)}`,
  async condition(db, condition, timeZone) {
    // No viewer in a rule ("mine" is refused by the schema); the filter's ids are checked here.
    const parts = compileOpportunityFilter(condition.opportunity ?? null, '00000000-0000-0000-0000-000000000000');
    const range = condition.baseAmount;
    if (range?.min || range?.max) {
      const rows = await db.$queryRaw<{ code: string }[]>`SELECT code FROM currencies WHERE is_base`;
      const amount = baseAmount(rows[0]?.code ?? 'EUR');
      if (range.min) parts.push(sql`${amount} >= ${range.min}::numeric`);
      if (range.max) parts.push(sql`${amount} <= ${range.max}::numeric`);
    }
    if (condition.client) {
      const { where } = await clientWhereIn(db, timeZone, condition.client);
      parts.push(sql`EXISTS (SELECT 1 FROM clients c WHERE c.id = o.client_id AND ${where})`);
    }
    return allConditions(parts);
  },
};

const adapters = new Map<string, EntityAdapter>([
  ['CLIENT', client],
  ['ACTIVITY', activity],
  ['OPPORTUNITY', opportunity],
]);

/** Lets another module (opportunities) make its records available to rules. */
export function registerAutomationEntity(name: string, adapter: EntityAdapter): void {
  adapters.set(name, adapter);
}

export function entityAdapter(name: string): EntityAdapter {
  const adapter = adapters.get(name);
  if (!adapter) throw new Error(`automation: unknown entity ${name}`);
  return adapter;
}
