// Each ready-made report against hand-written SQL (and a few numbers computed in JavaScript) on the seeded year:
// several currencies at locked or latest rates, an agent seeing only their own numbers; saved templates.
import { READY_REPORTS, toGlobalId } from '@veza/shared';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { errorCode, startTestApi, type TestApi } from '../../test/api.ts';
import {
  YEAR,
  byKeys,
  expectSame,
  handCost,
  reportKit,
  seedWorld,
  sqlByKeys,
  type TestUser,
} from './report-test-kit.ts';

let api: TestApi;
const k = reportKit(() => api);
let manager: TestUser;
let agentA: TestUser;
let agentB: TestUser;

const inYear = (key: string) => {
  const d = structuredClone(READY_REPORTS.find((r) => r.key === key)!.definition);
  return { ...d, filter: { ...d.filter, ...YEAR } };
};
const sql = async (text: string, groups: number) =>
  sqlByKeys(await api.db.$queryRawUnsafe<Record<string, unknown>[]>(text), groups);

beforeAll(async () => {
  api = await startTestApi();
  ({ manager, agentA, agentB } = await seedWorld(api, k));
}, 120_000);
afterAll(() => api?.close());

const CLOSED_IN_YEAR = `o.deleted_at IS NULL AND o.closed_at >= '${YEAR.from}' AND o.closed_at < '${YEAR.to}'`;
const WON = `o.closed_at IS NOT NULL AND o.lost_reason_id IS NULL`;
const FIRST = `LEAST(o.created_at, (SELECT min(COALESCE(a.starts_at, a.created_at)) FROM activities a
  WHERE a.client_id = o.client_id AND a.status = 'DONE' AND a.deleted_at IS NULL))`;

describe('ready-made reports equal hand-written SQL', () => {
  it('activities per client: counts by result, work time and cost', async () => {
    const result = await k.ok(manager, inYear('activities-by-client'));
    const expected = await sql(handCost('a.client_id', 'a.result_id'), 2);
    const withoutKm = Object.fromEntries(Object.entries(expected).map(([key, v]) => [key, [v[0], v[1], v[3]]]));
    expectSame(byKeys(result), withoutKm);
  });

  it('visit success: positive meetings and calls ÷ all, per agent and month', async () => {
    const result = await k.ok(manager, inYear('visit-success'));
    const expected = await sql(
      `SELECT a.owner_id::text AS k0, date_trunc('month', a.starts_at AT TIME ZONE 'Europe/Zagreb')::date::text AS k1,
        count(*) AS v0, round(avg(CASE WHEN r.key IN ('further_talks', 'offer_requested', 'contract_closed')
          THEN 1 ELSE 0 END), 4) AS v1
      FROM activities a JOIN dictionary_values t ON t.id = a.type_id LEFT JOIN dictionary_values r ON r.id = a.result_id
      WHERE a.status = 'DONE' AND t.key IN ('meeting', 'call') AND a.starts_at >= '${YEAR.from}'
        AND a.starts_at < '${YEAR.to}' GROUP BY 1, 2`,
      2,
    );
    expectSame(byKeys(result), expected);
  });

  it('time to deal: average and median days from first contact and from creation, per agent', async () => {
    const result = await k.ok(manager, inYear('time-to-deal'));
    const expected = await sql(
      `SELECT o.owner_id::text AS k0, count(*) AS v0,
        avg(extract(epoch FROM o.closed_at - ${FIRST}) / 86400) AS v1,
        percentile_cont(0.5) WITHIN GROUP (ORDER BY extract(epoch FROM o.closed_at - ${FIRST}) / 86400) AS v2,
        avg(extract(epoch FROM o.closed_at - o.created_at) / 86400) AS v3,
        percentile_cont(0.5) WITHIN GROUP (ORDER BY extract(epoch FROM o.closed_at - o.created_at) / 86400) AS v4
      FROM opportunities o WHERE ${WON} AND ${CLOSED_IN_YEAR} GROUP BY 1`,
      1,
    );
    expectSame(byKeys(result), expected);
    // Independently: creation → won in days for agent A, averaged and the median in JavaScript.
    const won = await api.db.opportunity.findMany({
      where: {
        ownerId: agentA.rowId,
        lostReasonId: null,
        closedAt: { gte: new Date(YEAR.from), lt: new Date(YEAR.to) },
      },
    });
    const days = won.map((o) => (o.closedAt!.getTime() - o.createdAt.getTime()) / 86_400_000).sort((a, b) => a - b);
    const mid = days.length / 2;
    const median = days.length % 2 ? days[Math.floor(mid)]! : (days[mid - 1]! + days[mid]!) / 2;
    const avg = days.reduce((s, d) => s + d, 0) / days.length;
    const row = byKeys(result)[agentA.rowId]!;
    expect(row[0]).toBe(days.length);
    expect(row[3]).toBeCloseTo(avg, 1);
    expect(row[4]).toBeCloseTo(median, 1);
  });

  it('time to deal: an agent sees only their own row, with the same numbers', async () => {
    const all = byKeys(await k.ok(manager, inYear('time-to-deal')));
    const own = await k.ok(agentB, inYear('time-to-deal'));
    expectSame(byKeys(own), { [agentB.rowId]: all[agentB.rowId] });
    expect(own.totals).toEqual(all[agentB.rowId]);
  });

  // Per agent and lead source nothing reads the client: its liveness is an anti-join on the deleted clients; per
  // industry the client is joined. Either way a deleted client's deals drop out, exactly as in hand-written SQL.
  it.each([
    ['AGENT', 'o.owner_id'],
    ['INDUSTRY', 'c.industry_id'],
    ['LEAD_SOURCE', 'o.lead_source_id'],
  ] as const)('time to deal per %s (average and median) without a deleted client', async (dimension, column) => {
    const [gone] = await api.db.$queryRawUnsafe<{ id: string; n: number }[]>(
      `SELECT o.client_id AS id, count(*)::int AS n FROM opportunities o WHERE ${WON} AND ${CLOSED_IN_YEAR}
      GROUP BY 1 ORDER BY 2 DESC, 1 LIMIT 1`,
    );
    const d = { ...inYear('time-to-deal'), groupBy: [{ dimension }] };
    const before = await k.ok(manager, d);
    await api.db.$executeRaw`UPDATE clients SET deleted_at = now() WHERE id = ${gone!.id}::uuid`;
    try {
      const result = await k.ok(manager, d);
      const days = `extract(epoch FROM o.closed_at - ${FIRST}) / 86400`;
      const expected = await sql(
        `SELECT ${column}::text AS k0, count(*) AS v0, avg(${days}) AS v1,
          percentile_cont(0.5) WITHIN GROUP (ORDER BY ${days}) AS v2,
          avg(extract(epoch FROM o.closed_at - o.created_at) / 86400) AS v3,
          percentile_cont(0.5) WITHIN GROUP (ORDER BY extract(epoch FROM o.closed_at - o.created_at) / 86400) AS v4
        FROM opportunities o JOIN clients c ON c.id = o.client_id
        WHERE c.deleted_at IS NULL AND ${WON} AND ${CLOSED_IN_YEAR} GROUP BY 1`,
        1,
      );
      expectSame(byKeys(result), expected);
      expect(result.totals[0]).toBe(before.totals[0]! - gone!.n);
    } finally {
      await api.db.$executeRaw`UPDATE clients SET deleted_at = NULL WHERE id = ${gone!.id}::uuid`;
    }
  });

  it('lost reasons: count and locked base value per reason and agent', async () => {
    const result = await k.ok(manager, inYear('lost-reasons'));
    const expected = await sql(
      `SELECT o.lost_reason_id::text AS k0, o.owner_id::text AS k1, count(*) AS v0, sum(o.base_amount) AS v1
      FROM opportunities o WHERE o.lost_reason_id IS NOT NULL AND ${CLOSED_IN_YEAR} GROUP BY 1, 2`,
      2,
    );
    expectSame(byKeys(result), expected);
  });

  it.each([
    ['success-by-industry', 'c.industry_id'],
    ['success-by-lead-source', 'o.lead_source_id'],
  ])('%s: win rate and won value', async (key, column) => {
    const result = await k.ok(manager, inYear(key));
    const expected = await sql(
      `SELECT ${column}::text AS k0, count(*) AS v0,
        round(count(*) FILTER (WHERE ${WON})::numeric / count(*), 4) AS v1,
        sum(o.base_amount) FILTER (WHERE ${WON}) AS v2
      FROM opportunities o JOIN clients c ON c.id = o.client_id WHERE o.closed_at IS NOT NULL AND ${CLOSED_IN_YEAR}
      GROUP BY 1`,
      1,
    );
    expectSame(byKeys(result), expected);
  });

  it('pipeline and forecast: open value at the latest rate and weighted, by close month and stage', async () => {
    const result = await k.ok(manager, {
      ...inYear('pipeline-forecast'),
      filter: { statuses: ['OPEN'], from: YEAR.from, to: YEAR.to },
    });
    const open = await api.db.opportunity.findMany({
      where: { closedAt: null, expectedCloseOn: { gte: new Date('2026-01-01'), lt: new Date('2027-01-01') } },
    });
    // The latest rates seeded: 1 EUR = 4.30 PLN = 24.5 CZK (from 2026-06-01).
    const rate: Record<string, number> = { EUR: 1, PLN: 4.3, CZK: 24.5 };
    const value = open.reduce((s, o) => s + Number(o.amount) / rate[o.currency]!, 0);
    const weighted = open.reduce((s, o) => s + (Number(o.amount) / rate[o.currency]!) * (o.probability / 100), 0);
    expect(result.baseCurrency).toBe('EUR');
    expect(result.totals[0]).toBe(open.length);
    expect(result.totals[1]).toBeCloseTo(value, 1);
    expect(result.totals[2]).toBeCloseTo(weighted, 1);
    expect(new Set(open.map((o) => o.currency))).toEqual(new Set(['EUR', 'PLN', 'CZK']));
  });

  it('campaigns: items, done share, contacts and talk time per campaign', async () => {
    const result = await k.ok(manager, READY_REPORTS.find((r) => r.key === 'campaigns')!.definition);
    const expected = await sql(
      `SELECT i.campaign_id::text AS k0, count(*) AS v0, round(avg(CASE WHEN i.state = 'DONE' THEN 1 ELSE 0 END), 4) AS v1,
        sum((SELECT count(*) FROM activities a WHERE a.campaign_item_id = i.id)) AS v2,
        sum((SELECT COALESCE(sum(a.work_minutes), 0) FROM activities a WHERE a.campaign_item_id = i.id)) AS v3
      FROM campaign_items i GROUP BY 1`,
      1,
    );
    expectSame(byKeys(result), expected);
    expect(Object.values(byKeys(result))[0]).toEqual([20, 0.3, 6, 42]);
    // Agent B has no campaign: their run is empty, not everyone's.
    expect((await k.ok(agentB, READY_REPORTS.find((r) => r.key === 'campaigns')!.definition)).totals[0]).toBe(0);
  });
});

const SAVED = `id name readyKey shared pinned chart definition editable version owner { id }`;

describe('saved reports', () => {
  it('lists the ready-made reports, saves a shared copy others can open but not change', async () => {
    const list = await api.gql<{ savedReports: { readyKey: string | null }[] }>(
      `{ savedReports { ${SAVED} } }`,
      {},
      agentA,
    );
    expect(list.data!.savedReports.map((r) => r.readyKey)).toEqual(READY_REPORTS.map((r) => r.key));
    const input = {
      name: 'Deals by industry',
      shared: true,
      pinned: true,
      chart: 'BAR',
      definition: inYear('time-to-deal'),
    };
    input.definition.groupBy = [{ dimension: 'INDUSTRY' }];
    const created = await api.gql<{ createSavedReport: { id: string; version: number; editable: boolean } }>(
      `mutation($i: SavedReportInput!) { createSavedReport(input: $i) { ${SAVED} } }`,
      { i: input },
      manager,
    );
    expect(created.errors).toBeUndefined();
    const id = created.data!.createSavedReport.id;
    const seen = await api.gql<{ savedReport: { editable: boolean; definition: { groupBy: unknown[] } } }>(
      `query($id: ID!) { savedReport(id: $id) { ${SAVED} } }`,
      { id },
      agentB,
    );
    expect(seen.data!.savedReport).toMatchObject({
      editable: false,
      definition: { groupBy: [{ dimension: 'INDUSTRY' }] },
    });
    const update = `mutation($id: ID!, $v: Int!, $i: SavedReportInput!) { updateSavedReport(id: $id, version: $v, input: $i) { version } }`;
    expect(errorCode(await api.gql(update, { id, v: 1, i: input }, agentB))).toBe('FORBIDDEN');
    expect(errorCode(await api.gql(update, { id, v: 0, i: input }, manager))).toBe('CONFLICT');
    expect((await api.gql(update, { id, v: 1, i: { ...input, shared: false } }, manager)).errors).toBeUndefined();
    expect(
      (await api.gql(`query($id: ID!) { savedReport(id: $id) { id } }`, { id }, agentB)).data!.savedReport,
    ).toBeNull();
    const del = `mutation($id: ID!) { deleteSavedReport(id: $id) }`;
    expect(errorCode(await api.gql(del, { id: toGlobalId('ReadyReport', 'time-to-deal') }, manager))).toBe(
      'BAD_USER_INPUT',
    );
    expect((await api.gql<{ deleteSavedReport: boolean }>(del, { id }, manager)).data!.deleteSavedReport).toBe(true);
  });

  it('refuses saving a definition the author could not run', async () => {
    const res = await api.gql(
      `mutation($i: SavedReportInput!) { createSavedReport(input: $i) { id } }`,
      {
        i: {
          name: 'Other agents',
          definition: { subject: 'OPPORTUNITIES', filter: { agentIds: [agentB.id] }, measures: [{ fn: 'COUNT' }] },
        },
      },
      agentA,
    );
    expect(res.errors![0]!.extensions).toMatchObject({
      code: 'BAD_USER_INPUT',
      field: 'input.definition.filter.agentIds.0',
    });
  });
});
