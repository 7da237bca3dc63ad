// Automation and notifications: (1) the seed's daily rule over every client — its preview evaluates the condition
// on all clients, as each 07:00 run does — against the same count by hand; (3) an opportunity time rule on its
// computed "last activity" date against a grouped count by hand; (2) notification fan-out: the API's
// notify() (rendering per recipient language, settings, insert, one pg_notify per batch) to 500 users, in-process,
// against one INSERT … SELECT. Records checked per second = clients / time; rows per second = 500 / time.
import crypto from 'node:crypto';
import { createPrisma, type Db } from '../../db/prisma.ts';
import { notifyMany } from '../../modules/notifications/index.ts';
import { assert, type BenchContext, type LatencyWorkload, type Statement } from './types.ts';

const PREVIEW = `mutation BenchRulePreview($input: AutomationRuleInput!) { previewAutomationRule(input: $input) { count } }`;

/** The turnover rule of seed 003 on the demo's number attributes: credit limit below 10 % of annual revenue. */
const RULE = {
  name: 'Bench: credit limit below 10 % of revenue',
  entity: 'CLIENT',
  trigger: 'DAILY',
  dailyAt: '07:00',
  condition: { attributeRatio: { key: 'credit_limit', op: 'LT', otherKey: 'annual_revenue', factor: 0.1 } },
  actions: [{ type: 'NOTIFY', roles: ['ACCOUNT_MANAGER'] }],
  enabled: false,
};

const num = (key: string) =>
  `(CASE WHEN jsonb_typeof(c.attributes -> '${key}') = 'number' THEN (c.attributes ->> '${key}')::numeric END)`;
const RULE_SQL = `SELECT count(*)::int AS n FROM clients c
  WHERE c.deleted_at IS NULL AND ${num('credit_limit')} < 0.1::numeric * ${num('annual_revenue')}`;

export function ruleWorkload(ctx: BenchContext, scale: number): LatencyWorkload {
  const statement: Statement = { text: RULE_SQL, values: [] };
  return {
    id: 'automation-daily-rule',
    label: `N1 daily rule over all ${scale.toLocaleString('en')} clients (previewAutomationRule)`,
    weight: 'heavy',
    graphql: () => ctx.api.request(PREVIEW, { input: RULE }),
    sql: async () => (await ctx.pg.query(statement.text)).rows,
    check: (graphql, sql) => {
      const count = (graphql as { previewAutomationRule: { count: number } }).previewAutomationRule.count;
      const n = (sql as { n: number }[])[0]!.n;
      assert(count === n, `the preview matched ${count} clients, SQL ${n}`);
      assert(n > 0, 'no client matches: the demo attributes are missing');
      return n;
    },
    explain: [statement],
  };
}

/** An opportunity time rule on a computed date: open opportunities with no activity (nor stage change) for 3 days. */
const OPPORTUNITY_RULE = {
  name: 'Bench: opportunity without activity for 3 days',
  entity: 'OPPORTUNITY',
  trigger: 'TIME_RELATIVE',
  triggerField: 'lastActivityAt',
  offsetDays: 3,
  condition: { opportunity: { status: 'OPEN' } },
  actions: [{ type: 'NOTIFY', roles: ['OWNER', 'OWNER_MANAGER'] }],
  enabled: false,
};

// The preview's first window is [now − 7 days, now) for date + 3 days, written here with grouped joins instead of the
// rule's correlated subqueries.
const OPPORTUNITY_RULE_SQL = `SELECT count(*)::int AS n FROM opportunities o
  LEFT JOIN (SELECT opportunity_id, max(changed_at) AS at FROM opportunity_stage_changes GROUP BY 1) s
    ON s.opportunity_id = o.id
  LEFT JOIN (SELECT opportunity_id, max(greatest(created_at, closed_at)) AS at FROM activities
    WHERE deleted_at IS NULL AND opportunity_id IS NOT NULL GROUP BY 1) a ON a.opportunity_id = o.id
  WHERE o.deleted_at IS NULL AND o.closed_at IS NULL
    AND greatest(coalesce(s.at, o.created_at), a.at) >= now() - interval '10 days'
    AND greatest(coalesce(s.at, o.created_at), a.at) < now() - interval '3 days'`;

export function opportunityRuleWorkload(ctx: BenchContext): LatencyWorkload {
  const statement: Statement = { text: OPPORTUNITY_RULE_SQL, values: [] };
  return {
    id: 'automation-opportunity-rule',
    label: 'N3 time rule "no activity for 3 days" over all open opportunities (previewAutomationRule)',
    weight: 'heavy',
    graphql: () => ctx.api.request(PREVIEW, { input: OPPORTUNITY_RULE }),
    sql: async () => (await ctx.pg.query(statement.text)).rows,
    check: (graphql, sql) => {
      const count = (graphql as { previewAutomationRule: { count: number } }).previewAutomationRule.count;
      const n = (sql as { n: number }[])[0]!.n;
      assert(count === n, `the preview matched ${count} opportunities, SQL ${n}`);
      return n;
    },
    explain: [statement],
  };
}

const FANOUT = 500;
const USERS_SQL = `INSERT INTO users (id, email, name, locale, password_hash, updated_at)
  SELECT gen_random_uuid(), 'fanout-' || i || '@bench.local', 'Fan-out ' || i, (ARRAY['en','pl','hr','cs'])[1 + i % 4], '!', now()
  FROM generate_series(1, ${FANOUT}) AS i ON CONFLICT (email) DO NOTHING`;
const FLOOR_SQL = `INSERT INTO notifications (id, recipient_id, kind, text, link, dedupe_key)
  SELECT gen_random_uuid(), u.id, 'RULE_FIRED', 'Rule “Bench” fired: ' || u.name, '/clients', $1
  FROM users u WHERE u.email LIKE 'fanout-%@bench.local' AND u.active`;

export function fanOutWorkload(ctx: BenchContext, databaseUrl: string): LatencyWorkload {
  let ready: Promise<{ db: Db; ids: string[] }> | null = null;
  const prepare = () =>
    (ready ??= (async () => {
      await ctx.pg.query(USERS_SQL);
      const { rows } = await ctx.pg.query<{ id: string }>(
        `SELECT id FROM users WHERE email LIKE 'fanout-%@bench.local' ORDER BY email`,
      );
      return { db: createPrisma(databaseUrl), ids: rows.map((r) => r.id) };
    })());
  const key = () => `bench-fanout:${crypto.randomUUID()}`;
  return {
    id: 'notifications-fan-out',
    label: `N2 notification fan-out to ${FANOUT} users (notify() in-process)`,
    weight: 'heavy',
    graphql: async () => {
      const { db, ids } = await prepare();
      const input = { recipientIds: ids, kind: 'RULE_FIRED' as const, params: { rule: 'Bench', record: 'fan-out' } };
      return notifyMany(db, [{ ...input, link: '/clients', dedupeKey: key() }]);
    },
    sql: async () => {
      await prepare();
      return (await ctx.pg.query(FLOOR_SQL, [key()])).rowCount;
    },
    check: (graphql, sql) => {
      assert(graphql === FANOUT, `notify() created ${String(graphql)} notifications, expected ${FANOUT}`);
      assert(sql === FANOUT, `the INSERT created ${String(sql)} rows, expected ${FANOUT}`);
      return FANOUT;
    },
    cleanup: async () => {
      await ctx.pg.query(`DELETE FROM notifications WHERE dedupe_key LIKE 'bench-fanout:%'`);
    },
    explain: [{ text: FLOOR_SQL, values: ['bench-fanout:explain'] }],
  };
}
