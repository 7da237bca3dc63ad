// Fixtures for the report integration tests: a manager and two agents, clients in several industries, a year of
// activities, dated hourly rates with a change mid-year, opportunities in three currencies (open, won, lost) and a
// GraphQL helper that runs a definition and returns its rows keyed by group keys.
import { toGlobalId } from '@veza/shared';
import { expect } from 'vitest';
import type { TestApi } from '../../test/api.ts';
import { ensureDefaultDictionaries } from '../dictionaries/index.ts';

export type TestUser = { cookie: string; id: string; rowId: string };
export type Result = {
  rows: { level: string; groups: { key: string | null; label: string | null }[]; values: (number | null)[] }[];
  totals: (number | null)[];
  truncated: boolean;
  baseCurrency: string | null;
};

export const RUN = `query($d: ReportDefinitionInput!) { runReport(definition: $d) {
  rows { level groups { key id label } values } totals truncated baseCurrency } }`;

export const RATE = `mutation($i: SetHourlyRateInput!) { setHourlyRate(input: $i) { id validFrom rate user { id } } }`;

export const YEAR = { from: '2026-01-01T00:00:00+01:00', to: '2027-01-01T00:00:00+01:00' };

export function reportKit(api: () => TestApi) {
  async function user(profile: 'agent' | 'manager' | 'administrator', name?: string): Promise<TestUser> {
    const u = await api().createUser(profile, { name });
    return { cookie: await api().login(u.email, u.password), id: toGlobalId('User', u.id), rowId: u.id };
  }

  async function run(who: TestUser, definition: unknown) {
    return api().gql<{ runReport: Result }>(RUN, { d: definition }, { cookie: who.cookie });
  }

  async function ok(who: TestUser, definition: unknown): Promise<Result> {
    const res = await run(who, definition);
    if (res.errors) throw new Error(JSON.stringify(res.errors));
    return res.data!.runReport;
  }

  return { user, run, ok };
}

type Kit = ReturnType<typeof reportKit>;

/** Users (a manager, agents A and B, an administrator), the seeded year and hourly rates set through the API. */
export async function seedWorld(api: TestApi, k: Kit) {
  const [manager, agentA, agentB, admin] = [
    await k.user('manager', 'Manager'),
    await k.user('agent', 'Agent A'),
    await k.user('agent', 'Agent B'),
    await k.user('administrator'),
  ];
  await seedYear(api, { a: agentA.rowId, b: agentB.rowId, manager: manager.rowId });
  const meeting = await api.db.dictionaryValue.findFirstOrThrow({ where: { kind: 'ACTIVITY_TYPE', key: 'meeting' } });
  for (const [who, validFrom, rate, type] of [
    [agentA, '2026-01-01', '30.00', null],
    [agentA, '2026-07-01', '45.00', null],
    [agentA, '2026-01-01', '60.00', toGlobalId('DictionaryValue', meeting.id)],
    [agentB, '2025-01-01', '20.00', null],
    [agentB, '2026-04-15', '22.50', null],
  ] as const) {
    const res = await api.gql(RATE, { i: { userId: who.id, validFrom, rate, activityTypeId: type } }, admin);
    if (res.errors) throw new Error(JSON.stringify(res.errors));
  }
  return { manager, agentA, agentB, admin };
}

/** Detail rows as `key0|key1` → values (numbers rounded to 2 decimals). */
export function byKeys(result: Result, level = 'DETAIL') {
  return Object.fromEntries(
    result.rows.filter((r) => r.level === level).map((r) => [r.groups.map((g) => g.key ?? '').join('|'), r.values]),
  );
}

/** Same keys, and every value equal to within rounding to 2 decimals (rates to 4). */
export function expectSame(actual: Record<string, (number | null)[]>, expected: Record<string, (number | null)[]>) {
  expect(Object.keys(actual).sort()).toEqual(Object.keys(expected).sort());
  for (const [key, values] of Object.entries(expected))
    values.forEach((v, i) => {
      const got = actual[key]![i];
      if (v == null || got == null) expect([key, i, got]).toEqual([key, i, v]);
      else expect(Math.abs(got - v), `${key} value ${i}: ${got} vs ${v}`).toBeLessThanOrEqual(0.0051);
    });
}

/** The same shape from hand-written SQL rows: columns k0, k1 (text) and v0… (numeric). */
export function sqlByKeys(rows: Record<string, unknown>[], groups: number) {
  return Object.fromEntries(
    rows.map((r) => {
      const key = Array.from({ length: groups }, (_, i) => (r[`k${i}`] as string | null) ?? '').join('|');
      const values = Object.keys(r)
        .filter((k) => k.startsWith('v'))
        .sort()
        .map((k) => (r[k] == null ? null : Number(r[k])));
      return [key, values];
    }),
  );
}

/**
 * Seeds a deterministic year: 60 clients (industries and lead sources round robin, account manager A or B),
 * 600 activities (A, B and the manager), 90 opportunities in EUR / PLN / CZK, rates for both agents.
 */
export async function seedYear(api: TestApi, agents: { a: string; b: string; manager: string }) {
  const db = api.db;
  await ensureDefaultDictionaries(db);
  await db.attributeDefinition.create({
    data: { entity: 'CLIENT', key: 'territory', labels: { en: 'Territory' }, type: 'TEXT' },
  });
  await db.$executeRaw`INSERT INTO clients (id, kind, name, industry_id, lead_source_id, account_manager_id,
      attributes, updated_at)
    SELECT gen_random_uuid(), 'LEGAL', 'Client ' || lpad(n::text, 3, '0'),
      (SELECT id FROM dictionary_values WHERE kind = 'INDUSTRY' ORDER BY position, key OFFSET n % 3 LIMIT 1),
      (SELECT id FROM dictionary_values WHERE kind = 'LEAD_SOURCE' ORDER BY position, key OFFSET n % 3 LIMIT 1),
      CASE WHEN n % 2 = 0 THEN ${agents.a}::uuid ELSE ${agents.b}::uuid END,
      jsonb_build_object('territory', CASE WHEN n % 4 < 2 THEN 'north' ELSE 'south' END), now()
    FROM generate_series(1, 60) n`;
  await db.$executeRaw`INSERT INTO activities (id, type_id, result_id, client_id, subject, starts_at, ends_at, status,
      owner_id, work_minutes, distance_km, closed_at, updated_at)
    SELECT gen_random_uuid(),
      (SELECT id FROM dictionary_values WHERE kind = 'ACTIVITY_TYPE'
        AND key = (ARRAY['call', 'meeting', 'email'])[1 + n % 3]),
      (SELECT id FROM dictionary_values WHERE kind = 'ACTIVITY_RESULT'
        AND key = (ARRAY['further_talks', 'not_interested', 'contract_closed', 'no_answer'])[1 + n % 4]),
      (SELECT id FROM clients ORDER BY name OFFSET n % 60 LIMIT 1), 'Contact ' || n,
      timestamptz '2025-12-20 08:00+01' + n * interval '14 hours 30 minutes',
      timestamptz '2025-12-20 08:30+01' + n * interval '14 hours 30 minutes',
      CASE WHEN n % 10 = 0 THEN 'PLANNED'::"ActivityStatus" ELSE 'DONE'::"ActivityStatus" END,
      (ARRAY[${agents.a}::uuid, ${agents.b}::uuid, ${agents.manager}::uuid])[1 + n % 5 % 3],
      5 + n % 50, CASE WHEN n % 3 = 1 THEN (n % 40) + 0.5 END, now(), now()
    FROM generate_series(1, 600) n`;
  await seedOpportunities(api, agents);
  await seedCampaign(api, agents.a);
}

/** One campaign of agent A over 20 clients: every third item done with calls logged for it. */
async function seedCampaign(api: TestApi, agentId: string) {
  const db = api.db;
  const k = await db.campaign.create({ data: { name: 'Spring calls', agentId }, select: { id: true } });
  await db.$executeRaw`INSERT INTO campaign_items (id, campaign_id, client_id, state, position, completed_at, updated_at)
    SELECT gen_random_uuid(), ${k.id}::uuid, c.id, CASE WHEN n % 3 = 0 THEN 'DONE'::"CampaignItemState"
      ELSE 'PENDING'::"CampaignItemState" END, n, CASE WHEN n % 3 = 0 THEN now() END, now()
    FROM (SELECT id, row_number() OVER (ORDER BY name) AS n FROM clients LIMIT 20) c`;
  await db.$executeRaw`INSERT INTO activities (id, type_id, client_id, subject, starts_at, status, owner_id,
      work_minutes, closed_at, campaign_item_id, updated_at)
    SELECT gen_random_uuid(), (SELECT id FROM dictionary_values WHERE kind = 'ACTIVITY_TYPE' AND key = 'call'),
      i.client_id, 'Campaign call', now(), 'DONE', ${agentId}::uuid, 7, now(), i.id, now()
    FROM campaign_items i WHERE i.campaign_id = ${k.id}::uuid AND i.state = 'DONE'`;
}

/** The reference cost query: each activity priced with a correlated lookup of the rate in force on its Zagreb day. */
export function handCost(k0: string, k1: string, extra = '') {
  const rate = (typed: string) => `(SELECT r.rate FROM hourly_rates r WHERE r.user_id = a.owner_id AND ${typed}
    AND r.valid_from <= (a.starts_at AT TIME ZONE 'Europe/Zagreb')::date ORDER BY r.valid_from DESC LIMIT 1)`;
  return `SELECT ${k0}::text AS k0, ${k1}::text AS k1, count(*) AS v0, sum(a.work_minutes) AS v1,
      sum(a.distance_km) AS v2, sum(a.work_minutes::numeric / 60 * COALESCE(${rate('r.activity_type_id = a.type_id')},
      ${rate('r.activity_type_id IS NULL')})) AS v3
    FROM activities a WHERE a.deleted_at IS NULL AND a.status = 'DONE'
      AND a.starts_at >= '${YEAR.from}' AND a.starts_at < '${YEAR.to}' ${extra}
    GROUP BY 1, 2`;
}

async function seedOpportunities(api: TestApi, agents: { a: string; b: string }) {
  const db = api.db;
  await db.$executeRaw`INSERT INTO exchange_rates (base_currency, currency, rate_date, rate, updated_at) VALUES
    ('EUR', 'PLN', '2026-01-02', 4.25, now()), ('EUR', 'PLN', '2026-06-01', 4.30, now()),
    ('EUR', 'CZK', '2026-01-02', 25.0, now()), ('EUR', 'CZK', '2026-06-01', 24.5, now())`;
  await db.$executeRaw`INSERT INTO opportunities (id, name, client_id, owner_id, stage_id, amount, currency,
      expected_close_on, probability, lead_source_id, lost_reason_id, closed_at, base_amount, base_currency,
      rate_date, created_at, updated_at)
    SELECT gen_random_uuid(), 'Deal ' || n, (SELECT id FROM clients ORDER BY name OFFSET n % 60 LIMIT 1),
      -- The deal's owner manages its client (client n % 60 + 1: even → A), so an OWN-scoped agent reads both.
      CASE WHEN n % 2 = 1 THEN ${agents.a}::uuid ELSE ${agents.b}::uuid END,
      (SELECT id FROM dictionary_values WHERE kind = 'OPPORTUNITY_STAGE'
        AND key = CASE n % 3 WHEN 0 THEN 'proposal' WHEN 1 THEN 'won' ELSE 'lost' END),
      1000 + n * 37.5, (ARRAY['EUR', 'PLN', 'CZK'])[1 + (n / 3) % 3],
      date '2026-02-01' + (n * 4), (ARRAY[50, 100, 0])[1 + n % 3],
      (SELECT id FROM dictionary_values WHERE kind = 'LEAD_SOURCE' ORDER BY position, key OFFSET n % 2 LIMIT 1),
      CASE WHEN n % 3 = 2 THEN (SELECT id FROM dictionary_values WHERE kind = 'LOST_REASON'
        ORDER BY position, key OFFSET n % 2 LIMIT 1) END,
      CASE WHEN n % 3 > 0 THEN timestamptz '2026-01-15 10:00+01' + n * interval '3 days' END,
      CASE WHEN n % 3 > 0 THEN round((1000 + n * 37.5) / (ARRAY[1, 4.25, 25.0])[1 + (n / 3) % 3], 2) END,
      CASE WHEN n % 3 > 0 THEN 'EUR' END, CASE WHEN n % 3 > 0 THEN date '2026-01-02' END,
      timestamptz '2026-01-05 09:00+01' + n * interval '1 day', now()
    FROM generate_series(1, 90) n`;
}
