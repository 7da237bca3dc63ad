// The report engine against hand-written SQL on a seeded year: cost with a rate change mid-period, subtotals and
// totals, an agent seeing only their own numbers, and definitions refused with BAD_USER_INPUT naming the part.
import { READY_REPORTS } from '@veza/shared';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { errorCode, startTestApi, type TestApi } from '../../test/api.ts';
import {
  RATE,
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
let admin: TestUser;

const ready = (key: string) => structuredClone(READY_REPORTS.find((r) => r.key === key)!.definition);
const inYear = (key: string) => {
  const d = ready(key);
  return { ...d, filter: { ...d.filter, ...YEAR } };
};

beforeAll(async () => {
  api = await startTestApi();
  ({ manager, agentA, agentB, admin } = await seedWorld(api, k));
}, 120_000);
afterAll(() => api?.close());

const HAND_COST = handCost('a.owner_id', 'a.type_id', '%OWN%');

describe('activities per agent', () => {
  it('equals the hand-written SQL, cost priced at the rate in force on each day', async () => {
    const result = await k.ok(manager, inYear('activities-by-agent'));
    const expected = sqlByKeys(await api.db.$queryRawUnsafe(HAND_COST.replace('%OWN%', '')), 2);
    expectSame(byKeys(result), expected);
    const total = Object.values(expected).reduce((s, v) => s + v[3]!, 0);
    expect(result.totals[3]).toBeCloseTo(total, 1);
    expect(result.totals[0]).toBe(Object.values(expected).reduce((s, v) => s + v[0]!, 0));
  });

  it('prices a known pair of contacts across the rate change: 60 min at 30 + 90 min at 45 = 97.50', async () => {
    const c = await api.db.client.create({ data: { kind: 'LEGAL', name: 'Rate check' } });
    const email = await api.db.dictionaryValue.findFirstOrThrow({ where: { kind: 'ACTIVITY_TYPE', key: 'email' } });
    for (const [day, minutes] of [
      ['2026-06-30T23:30:00+02:00', 60],
      ['2026-07-01T00:30:00+02:00', 90],
    ] as const)
      await api.db.activity.create({
        data: {
          typeId: email.id,
          clientId: c.id,
          subject: 'Rate',
          startsAt: new Date(day),
          status: 'DONE',
          ownerId: agentA.rowId,
          workMinutes: minutes,
        },
      });
    const d = inYear('activities-by-agent');
    const result = await k.ok(manager, {
      ...d,
      groupBy: [],
      filter: { ...d.filter, client: { search: 'Rate check' } },
    });
    expect(result.totals).toEqual([2, 150, null, 97.5]);
  });

  it('shows an agent only their own activities, still equal to the SQL', async () => {
    const result = await k.ok(agentB, inYear('activities-by-agent'));
    const own = `AND a.owner_id = '${agentB.rowId}'`;
    expectSame(byKeys(result), sqlByKeys(await api.db.$queryRawUnsafe(HAND_COST.replace('%OWN%', own)), 2));
    expect(new Set(result.rows.map((r) => r.groups[0]!.key))).toEqual(new Set([agentB.rowId]));
  });

  it('gives subtotals per first group equal to the sum of its details, and labels', async () => {
    const result = await k.ok(manager, inYear('activities-by-agent'));
    const subtotals = result.rows.filter((r) => r.level === 'SUBTOTAL');
    expect(subtotals.length).toBe(3);
    for (const s of subtotals) {
      const details = result.rows.filter((r) => r.level === 'DETAIL' && r.groups[0]!.key === s.groups[0]!.key);
      expect(s.values[0]).toBe(details.reduce((sum, r) => sum + r.values[0]!, 0));
    }
    expect(result.rows.map((r) => r.groups[0]!.label)).toContain('Agent A');
    expect(result.rows.some((r) => r.groups[1]!.label === 'Meeting')).toBe(true);
  });
});

describe('groupings', () => {
  it('groups by client attribute and by month in the Zagreb time zone', async () => {
    const result = await k.ok(manager, {
      subject: 'ACTIVITIES',
      filter: { ...YEAR, statuses: ['DONE'] },
      groupBy: [{ dimension: 'ATTRIBUTE', attributeKey: 'territory' }, { dimension: 'MONTH' }],
      measures: [{ fn: 'COUNT' }],
    });
    const rows = await api.db.$queryRawUnsafe<Record<string, unknown>[]>(`SELECT c.attributes ->> 'territory' AS k0,
        date_trunc('month', a.starts_at AT TIME ZONE 'Europe/Zagreb')::date::text AS k1, count(*) AS v0
      FROM activities a JOIN clients c ON c.id = a.client_id
      WHERE a.status = 'DONE' AND a.starts_at >= '${YEAR.from}' AND a.starts_at < '${YEAR.to}' GROUP BY 1, 2`);
    expectSame(byKeys(result), sqlByKeys(rows, 2));
    expect(Object.keys(byKeys(result))).toContain('north|2026-03-01');
  });
});

describe('definitions that cannot run', () => {
  const base = { subject: 'ACTIVITIES', measures: [{ fn: 'COUNT' }] };
  it.each([
    ['an unknown field', { ...base, measures: [{ fn: 'SUM', field: 'NOPE' }] }, 'definition.measures.0.field'],
    ['a sum over text', { ...base, measures: [{ fn: 'SUM', field: 'SUBJECT' }] }, 'definition.measures.0.field'],
    ['a rate over a number', { ...base, measures: [{ fn: 'RATE', field: 'COST' }] }, 'definition.measures.0.field'],
    [
      'a third grouping',
      { ...base, groupBy: [{ dimension: 'AGENT' }, { dimension: 'TYPE' }, { dimension: 'MONTH' }] },
      'definition.groupBy.2',
    ],
    ['a grouping the subject lacks', { ...base, groupBy: [{ dimension: 'STAGE' }] }, 'definition.groupBy.0.dimension'],
    [
      'an unknown attribute',
      { ...base, groupBy: [{ dimension: 'ATTRIBUTE', attributeKey: 'nothing_here' }] },
      'definition.groupBy.0.attributeKey',
    ],
    ['an unknown subject', { ...base, subject: 'INVOICES' }, 'definition.subject'],
    ['a status of another subject', { ...base, filter: { statuses: ['WON'] } }, 'definition.filter.statuses.0'],
    [
      'a client filter on an unknown attribute (named where it sits)',
      { ...base, filter: { client: { attribute: { key: 'nope', op: 'EQ', value: 'x' } } } },
      'definition.filter.client.attribute.key',
    ],
  ])('refuses %s', async (_name, definition, field) => {
    const res = await k.run(manager, definition);
    expect(errorCode(res)).toBe('BAD_USER_INPUT');
    expect(res.errors![0]!.extensions!.field).toBe(field);
  });

  it('refuses an agent filtering by another agent (a filter they may not use)', async () => {
    const res = await k.run(agentA, { ...base, filter: { agentIds: [agentA.id, agentB.id] } });
    expect(errorCode(res)).toBe('BAD_USER_INPUT');
    expect(res.errors![0]!.extensions!.field).toBe('definition.filter.agentIds.1');
  });

  it('refuses anonymous callers and rate changes by agents', async () => {
    expect(
      errorCode(
        await api.gql(`{ runReport(definition: { subject: "CLIENTS", measures: [{ fn: "COUNT" }] }) { totals } }`),
      ),
    ).toBe('UNAUTHENTICATED');
    const res = await api.gql(RATE, { i: { userId: agentA.id, validFrom: '2026-01-01', rate: '99' } }, agentA);
    expect(errorCode(res)).toBe('FORBIDDEN');
  });
});

describe('hourly rates', () => {
  it('lists the dated rates; the same day again replaces the rate', async () => {
    const again = await api.gql(RATE, { i: { userId: agentB.id, validFrom: '2026-04-15', rate: '22.50' } }, admin);
    expect(again.errors).toBeUndefined();
    const res = await api.gql<{
      hourlyRates: { validFrom: string; rate: string; activityType: { key: string } | null }[];
    }>(`query($u: ID) { hourlyRates(userId: $u) { validFrom rate activityType { key } } }`, { u: agentB.id }, manager);
    expect(res.data!.hourlyRates).toEqual([
      { validFrom: '2025-01-01', rate: '20.00', activityType: null },
      { validFrom: '2026-04-15', rate: '22.50', activityType: null },
    ]);
  });
});
