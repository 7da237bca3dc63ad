// The pipeline's per-stage sums: exact decimals across currencies at a given date, closed ones at their locked
// amounts, equal to a hand-written SQL over a few hundred seeded rows; rate files imported through the API; an
// activity creating its opportunity in the same transaction.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { errorCode, startTestApi, type TestApi } from '../../test/api.ts';
import { ensureDefaultDictionaries } from '../dictionaries/index.ts';
import { kit, LOST, MOVE, PIPELINE, WON, type Opp, type TestUser } from './opportunity-test-kit.ts';

let api: TestApi;
const k = kit(() => api);
let agent: TestUser;
let admin: TestUser;
let stages: Record<string, string>;
let reasons: Record<string, string>;

type Pipeline = {
  baseCurrency: string;
  missingRates: string[];
  stages: {
    stage: { key: string };
    count: number;
    sum: string;
    weightedSum: string;
    opportunities: { totalCount: number };
  }[];
};

beforeAll(async () => {
  api = await startTestApi();
  await ensureDefaultDictionaries(api.db);
  [agent, admin] = [await k.user('agent'), await k.user('administrator')];
  stages = await k.dictionary('OPPORTUNITY_STAGE');
  reasons = await k.dictionary('LOST_REASON');
});
afterAll(() => api?.close());

const pipeline = async (filter: Record<string, unknown>, date?: string) =>
  (await k.ok<{ pipeline: Pipeline }>(agent.cookie, PIPELINE, { filter, date })).pipeline;
const byKey = (p: Pipeline) => Object.fromEntries(p.stages.map((s) => [s.stage.key, [s.count, s.sum, s.weightedSum]]));

describe('pipeline sums', () => {
  it('adds EUR, PLN and CZK exactly at the rates of the given date, closed ones at their locked amounts', async () => {
    const clientId = await k.client('Sums');
    await k.rate('PLN', '2025-01-01', '4.3');
    await k.rate('CZK', '2025-01-01', '25.1');
    await k.rate('PLN', '2025-02-01', '4.0');
    const a = await k.create(agent.cookie, { clientId, amount: '0.10', currency: 'EUR' });
    await k.create(agent.cookie, { clientId, amount: '0.20', currency: 'EUR' });
    await k.create(agent.cookie, { clientId, amount: '1000.00', currency: 'PLN' });
    await k.create(agent.cookie, { clientId, amount: '2510.00', currency: 'CZK', probability: 50 });
    // 0.10 + 0.20 must be 0.30 (not 0.30000000000000004); 1000 / 4.3 = 232.558…; 2510 / 25.1 = 100.
    let p = byKey(await pipeline({ clientId }, '2025-01-15'));
    expect(p.qualification).toEqual([4, '332.86', '73.29']);
    p = byKey(await pipeline({ clientId }, '2025-02-15'));
    expect(p.qualification).toEqual([4, '350.30', '75.03']);
    // Won at today's rate (the latest: 4.0) and locked; its sum no longer depends on the date asked for.
    const other = await k.create(agent.cookie, { clientId, amount: '400.00', currency: 'PLN' });
    await k.ok(agent.cookie, WON, { id: other.id });
    expect(byKey(await pipeline({ clientId }, '2025-01-15')).won).toEqual([1, '100.00', '100.00']);
    await k.ok(agent.cookie, LOST, { id: a.id, reason: reasons.timing });
    expect(byKey(await pipeline({ clientId }, '2025-01-15')).lost).toEqual([1, '0.10', '0.00']);
  });

  it('lists currencies without a rate and leaves their amounts out of the sums', async () => {
    const clientId = await k.client('No rate');
    await k.ok(admin.cookie, `mutation { setCurrencyEnabled(code: "GBP", enabled: true) { code } }`);
    await k.create(agent.cookie, { clientId, amount: '50.00', currency: 'GBP' });
    await k.create(agent.cookie, { clientId, amount: '5.00', currency: 'EUR' });
    const p = await pipeline({ clientId });
    expect(p.missingRates).toEqual(['GBP']);
    expect(byKey(p).qualification).toEqual([2, '5.00', '0.50']);
  });

  it('equals a hand-written SQL over a few hundred seeded opportunities', async () => {
    const clientId = await k.client('Bulk');
    const rows = await api.db.$queryRaw<{ id: string }[]>`SELECT id FROM clients WHERE name = 'Bulk'`;
    await k.rate('PLN', '2026-01-01', '4');
    await k.rate('CZK', '2026-01-01', '25');
    const owner = (await api.db.user.findFirstOrThrow({ where: { email: { startsWith: 'agent' } } })).id;
    // Seeded straight in SQL: random stages, currencies, amounts, probabilities; closed ones with locked amounts.
    await api.db.$executeRaw`INSERT INTO opportunities (id, name, client_id, owner_id, stage_id, amount, currency,
        probability, closed_at, base_amount, base_currency, lost_reason_id, updated_at)
      SELECT gen_random_uuid(), 'Seeded ' || g, ${rows[0]!.id}::uuid, ${owner}::uuid, st.id,
        round((random() * 100000)::numeric, 2), (ARRAY['EUR','PLN','CZK'])[1 + g % 3],
        CASE st.meta->>'outcome' WHEN 'WON' THEN 100 WHEN 'LOST' THEN 0 ELSE (random() * 100)::int END,
        CASE WHEN st.meta->>'outcome' <> 'OPEN' THEN now() END,
        CASE WHEN st.meta->>'outcome' <> 'OPEN' THEN round((random() * 50000)::numeric, 2) END,
        CASE WHEN st.meta->>'outcome' <> 'OPEN' THEN 'EUR' END,
        CASE WHEN st.meta->>'outcome' = 'LOST' THEN (SELECT id FROM dictionary_values WHERE kind = 'LOST_REASON' LIMIT 1) END,
        now()
      FROM generate_series(1, 300) g
      CROSS JOIN LATERAL (SELECT id, meta FROM dictionary_values WHERE kind = 'OPPORTUNITY_STAGE'
        ORDER BY md5(g::text || id::text) LIMIT 1) st`;
    const expected = await api.db.$queryRaw<{ key: string; n: number; s: string; w: string }[]>`
      SELECT d.key, count(*)::int AS n,
        round(sum(CASE WHEN o.closed_at IS NOT NULL THEN o.base_amount
          ELSE o.amount / CASE o.currency WHEN 'EUR' THEN 1 WHEN 'PLN' THEN 4 ELSE 25 END END), 2)::text AS s,
        round(sum(CASE WHEN o.closed_at IS NOT NULL THEN o.base_amount * o.probability / 100
          ELSE o.amount * o.probability / 100 / CASE o.currency WHEN 'EUR' THEN 1 WHEN 'PLN' THEN 4 ELSE 25 END END), 2)::text AS w
      FROM opportunities o JOIN dictionary_values d ON d.id = o.stage_id
      WHERE o.client_id = ${rows[0]!.id}::uuid AND o.deleted_at IS NULL GROUP BY d.key`;
    const p = byKey(await pipeline({ clientId }, '2026-06-01'));
    expect(Object.keys(p).length).toBe(6);
    for (const e of expected) expect(p[e.key]).toEqual([e.n, e.s, e.w]);
    expect(expected.reduce((n, e) => n + e.n, 0)).toBe(300);
  });

  it('filters by owner, stage, amount range and status, and pages a column', async () => {
    const clientId = await k.client('Filters');
    await k.create(agent.cookie, { clientId, amount: '10.00' });
    await k.create(agent.cookie, { clientId, amount: '20.00' });
    const o = await k.create(admin.cookie, { clientId, amount: '30.00' });
    await k.ok(admin.cookie, WON, { id: o.id });
    const list = async (f: Record<string, unknown>) =>
      (
        await k.ok<{ opportunities: { totalCount: number } }>(
          agent.cookie,
          `query($f: OpportunityFilter) {
        opportunities(filter: $f) { totalCount } }`,
          { f: { clientId, ...f } },
        )
      ).opportunities.totalCount;
    expect(await list({ mine: true })).toBe(2);
    expect(await list({ ownerIds: [admin.id] })).toBe(1);
    expect(await list({ amountMin: '15', amountMax: '30' })).toBe(2);
    expect(await list({ status: 'WON' })).toBe(1);
    expect(await list({ status: 'OPEN', stageIds: [stages.qualification] })).toBe(2);
    const bad = await api.gql(
      `{ opportunities(filter: { amountMin: "abc" }) { totalCount } }`,
      {},
      { cookie: agent.cookie },
    );
    expect(bad.errors?.[0]?.extensions?.field).toBe('filter.amountMin');
    const forged = await api.gql(
      `{ opportunities(after: "WyIxJyIsIngiXQ") { totalCount } }`,
      {},
      { cookie: agent.cookie },
    );
    expect(errorCode(forged)).toBe('BAD_USER_INPUT');
  });
});

describe('exchange rates', () => {
  it('imports an NBP table A and a ČNB file as cross rates to EUR', async () => {
    const nbp = `[{"table":"A","no":"235/A/NBP/2026","effectiveDate":"2026-12-04","rates":[
      {"currency":"euro","code":"EUR","mid":4.2261},{"currency":"korona czeska","code":"CZK","mid":0.1742}]}]`;
    const res = await k.ok<{ importExchangeRates: { imported: number; dates: string[] } }>(
      admin.cookie,
      `mutation($c: String!) { importExchangeRates(format: NBP, content: $c) { imported dates skipped } }`,
      { c: nbp },
    );
    expect(res.importExchangeRates).toMatchObject({ imported: 2, dates: ['2026-12-04'] });
    const rates = await k.ok<{ exchangeRates: { currency: string; rate: string; source: string }[] }>(
      agent.cookie,
      `{ exchangeRates(from: "2026-12-04", to: "2026-12-04") { currency rate source } }`,
    );
    // 1 EUR = 4.2261 PLN; CZK per EUR = 4.2261 / 0.1742.
    expect(rates.exchangeRates).toEqual([
      { currency: 'CZK', rate: '24.2600459242', source: 'NBP' },
      { currency: 'PLN', rate: '4.2261000000', source: 'NBP' },
    ]);
    const cnb = `04.12.2026 #235\nzemě|měna|množství|kód|kurz\nEMU|euro|1|EUR|24,285\nMaďarsko|forint|100|HUF|6,123\nPolsko|zlotý|1|PLN|5,746\n`;
    const c = await k.ok<{ importExchangeRates: { imported: number; skipped: string[] } }>(
      admin.cookie,
      `mutation($c: String!) { importExchangeRates(format: CNB, content: $c) { imported skipped } }`,
      { c: cnb },
    );
    expect(c.importExchangeRates).toEqual({ imported: 2, skipped: ['HUF'] });
  });

  it('refuses a file it cannot read, naming the content', async () => {
    const res = await api.gql(
      `mutation { importExchangeRates(format: ECB, content: "hello") { imported } }`,
      {},
      {
        cookie: admin.cookie,
      },
    );
    expect([errorCode(res), res.errors![0]!.extensions!.field]).toEqual(['BAD_USER_INPUT', 'content']);
  });
});

describe('activities', () => {
  const CREATE = `mutation($input: CreateActivityInput!) { createActivity(input: $input) { id opportunity { id name client { id } } } }`;

  it('creates an opportunity together with an activity, and refuses one of another client', async () => {
    const clientId = await k.client('Together');
    const type = (await api.db.dictionaryValue.findFirstOrThrow({ where: { kind: 'ACTIVITY_TYPE' } })).id;
    const typeId = Buffer.from(`DictionaryValue:${type}`).toString('base64url');
    const res = await k.ok<{ createActivity: { opportunity: { name: string; client: { id: string } } } }>(
      agent.cookie,
      CREATE,
      {
        input: {
          clientId,
          typeId,
          subject: 'First call',
          newOpportunity: { name: 'Fleet', amount: '9.99', currency: 'PLN' },
        },
      },
    );
    expect(res.createActivity.opportunity).toMatchObject({ name: 'Fleet', client: { id: clientId } });
    const foreign: Opp = await k.create(agent.cookie, { clientId: await k.client('Elsewhere') });
    const bad = await api.gql(
      CREATE,
      { input: { clientId, typeId, subject: 'x', opportunityId: foreign.id } },
      {
        cookie: agent.cookie,
      },
    );
    expect(bad.errors?.[0]?.extensions?.field).toBe('input.opportunityId');
    // A failing activity leaves no opportunity behind (one transaction).
    const before = await api.db.opportunity.count();
    const failing = await api.gql(
      CREATE,
      {
        input: {
          clientId,
          typeId: stages.proposal,
          subject: 'x',
          newOpportunity: { name: 'Ghost', amount: '1', currency: 'EUR' },
        },
      },
      { cookie: agent.cookie },
    );
    expect(errorCode(failing)).toBe('BAD_USER_INPUT');
    expect(await api.db.opportunity.count()).toBe(before);
  });
});

describe('client filter', () => {
  it('finds clients with (or without) an open opportunity in a stage', async () => {
    const [a, b] = [await k.client('Filter stage A'), await k.client('Filter stage B')];
    const o = await k.create(agent.cookie, { clientId: a });
    await k.ok(agent.cookie, MOVE, { id: o.id, stageId: stages.proposal, position: 0, version: o.version });
    const won = await k.create(agent.cookie, { clientId: b });
    await k.ok(agent.cookie, WON, { id: won.id });
    const names = async (opportunity: Record<string, unknown>) => {
      const res = await k.ok<{ clients: { edges: { node: { name: string } }[] } }>(
        agent.cookie,
        `query($f: ClientFilter) { clients(filter: $f, first: 500) { edges { node { name } } } }`,
        { f: { and: [{ search: 'Filter stage' }, { opportunity }] } },
      );
      return res.clients.edges.map((e) => e.node.name).sort();
    };
    expect(await names({ has: true, stageKeys: ['proposal'] })).toEqual(['Filter stage A']);
    expect(await names({ has: true, stageKeys: ['negotiation'] })).toEqual([]);
    expect(await names({ has: false })).toEqual(['Filter stage B']);
    expect(await names({ has: true, status: 'WON' })).toEqual(['Filter stage B']);
  });
});
