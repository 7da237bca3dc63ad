// Every cell of every ready-made report, and builder reports over each subject, drills down to a list whose total is
// the cell's count: the shared reportDrillDown filter run through the lists' GraphQL queries on the seeded year
// (details, subtotals and the grand total; "none" groups; local days of date groups; an agent's own numbers).
import { READY_REPORTS, type ReportDefinition } from '@veza/shared';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startTestApi, type TestApi } from '../../test/api.ts';
import { cellsOf, drillContext, drillTotal } from './drill-down-kit.ts';
import { YEAR, reportKit, seedWorld, type TestUser } from './report-test-kit.ts';

let api: TestApi;
const k = reportKit(() => api);
let manager: TestUser;
let agentA: TestUser;

beforeAll(async () => {
  api = await startTestApi();
  ({ manager, agentA } = await seedWorld(api, k));
  // Activities on the edges of local days and without a start (their day is the due date), a client's deleted
  // activity and a deleted client's activity: the drill-down must count exactly as the report.
  await api.db.$executeRaw`INSERT INTO activities (id, type_id, client_id, subject, starts_at, due_at, status, owner_id,
      closed_at, updated_at, deleted_at, channel_id)
    SELECT gen_random_uuid(), (SELECT id FROM dictionary_values WHERE kind = 'ACTIVITY_TYPE' AND key = 'call'),
      (SELECT id FROM clients ORDER BY name OFFSET n LIMIT 1), 'Edge ' || n,
      CASE WHEN n % 2 = 0 THEN timestamptz '2026-03-31 23:59:59+02' + n * interval '1 second' END,
      timestamptz '2026-04-30 22:00:00Z' + n * interval '1 hour', 'DONE', ${agentA.rowId}::uuid, now(), now(),
      CASE WHEN n = 5 THEN now() END,
      CASE WHEN n % 3 = 0 THEN (SELECT id FROM dictionary_values WHERE kind = 'CONTACT_CHANNEL' ORDER BY key LIMIT 1) END
    FROM generate_series(0, 7) n`;
  await api.db.$executeRaw`UPDATE clients SET deleted_at = now()
    WHERE id = (SELECT id FROM clients ORDER BY name OFFSET 7 LIMIT 1)`;
}, 120_000);
afterAll(() => api?.close());

/** Runs `d`, then drills every cell and expects the list's total to be the count. Returns how many cells linked. */
async function expectDrillsMatch(who: TestUser, d: ReportDefinition, countAt = 0) {
  const result = await k.ok(who, d);
  const c = await drillContext(api, who);
  const cells = cellsOf(result, countAt);
  let linked = 0;
  for (const cell of cells) {
    const total = await drillTotal(api, who, d, cell, c);
    if (total == null) continue;
    linked++;
    expect(total, cell.name).toBe(cell.count);
  }
  return { linked, cells: cells.length };
}

const ready = (key: string, year = true): ReportDefinition => {
  const d = structuredClone(READY_REPORTS.find((r) => r.key === key)!.definition);
  return year ? { ...d, filter: { ...d.filter, ...YEAR } } : d;
};

describe('ready-made report cells drill down to exactly their records', () => {
  for (const { key } of READY_REPORTS)
    it(`${key}: every cell, subtotal and the total (over the year and over all time)`, async () => {
      for (const year of [true, false]) {
        const { linked, cells } = await expectDrillsMatch(manager, ready(key, year));
        // Campaign items: a campaign's own list (all its items), no list of all items nor of a period's; its
        // items of deleted clients count there but not in the report, so only a filter-free one links.
        expect(linked, key).toBe(key !== 'campaigns' ? cells : 0);
      }
    });

  it('an agent without reports.read: the drill-down lists count only their own, as the report', async () => {
    for (const key of ['activities-by-agent', 'lost-reasons', 'visit-success']) {
      const { linked, cells } = await expectDrillsMatch(agentA, ready(key));
      expect(linked).toBe(cells);
    }
  });
});

describe('builder report cells drill down per subject', () => {
  const definitions: [string, ReportDefinition][] = [
    [
      'activities by industry and week, planned and done, one type',
      {
        subject: 'ACTIVITIES',
        dateField: 'STARTS_AT',
        filter: { statuses: ['DONE', 'PLANNED'], typeKeys: ['call'], ...YEAR },
        groupBy: [{ dimension: 'INDUSTRY' }, { dimension: 'WEEK' }],
        measures: [{ fn: 'COUNT' }],
      },
    ],
    [
      'activities by channel (with none) and team',
      {
        subject: 'ACTIVITIES',
        groupBy: [{ dimension: 'CHANNEL' }, { dimension: 'TEAM' }],
        measures: [{ fn: 'SUM', field: 'WORK_MINUTES' }, { fn: 'COUNT' }],
      },
    ],
    [
      'activities by closing day and status, a client filter',
      {
        subject: 'ACTIVITIES',
        dateField: 'CLOSED_AT',
        filter: { client: { attribute: { key: 'territory', op: 'EQ', value: 'north' } } },
        groupBy: [{ dimension: 'STATUS' }, { dimension: 'DAY' }],
        measures: [{ fn: 'COUNT' }],
      },
    ],
    [
      'opportunities by quarter of expected close and country',
      {
        subject: 'OPPORTUNITIES',
        dateField: 'EXPECTED_CLOSE_ON',
        filter: YEAR,
        groupBy: [{ dimension: 'QUARTER' }, { dimension: 'COUNTRY' }],
        measures: [{ fn: 'COUNT' }],
      },
    ],
    [
      'opportunities by lead source, currency and status',
      {
        subject: 'OPPORTUNITIES',
        groupBy: [{ dimension: 'STATUS' }, { dimension: 'CURRENCY' }],
        measures: [{ fn: 'COUNT' }],
      },
    ],
    [
      'clients by account manager and month created',
      {
        subject: 'CLIENTS',
        groupBy: [{ dimension: 'AGENT' }, { dimension: 'MONTH' }],
        measures: [{ fn: 'COUNT' }],
      },
    ],
    [
      'clients by industry and status',
      {
        subject: 'CLIENTS',
        filter: YEAR,
        groupBy: [{ dimension: 'INDUSTRY' }, { dimension: 'STATUS' }],
        measures: [{ fn: 'COUNT' }],
      },
    ],
  ];
  for (const [name, d] of definitions)
    it(name, async () => {
      const countAt = d.measures.findIndex((m) => m.fn === 'COUNT');
      const { linked, cells } = await expectDrillsMatch(manager, d, countAt);
      expect(linked).toBe(cells);
    });
});

describe('the drill-down filters refuse bad input, naming the field', () => {
  const list = `query($f: ActivityFilter) { activities(filter: $f) { totalCount } }`;
  const opportunities = `query($f: OpportunityFilter) { opportunities(filter: $f) { totalCount } }`;
  const field = (r: { errors?: readonly { extensions?: Record<string, unknown> }[] }) => r.errors?.[0]?.extensions;

  it.each([
    [{ dayFrom: '2026-03-10', dayTo: '2026-03-01' }, 'filter.dayTo'],
    [{ dateFrom: '2026-03-10T00:00:00Z', dateTo: '2026-03-01T00:00:00Z' }, 'filter.dateTo'],
    [{ dayFrom: '2026-02-30' }, 'filter.dayFrom'],
    [{ timeZone: 'Mars/Olympus' }, 'filter.timeZone'],
    [{ dateField: 'DELETED_AT' }, 'filter.dateField'],
    [{ without: ['OWNER'] }, 'filter.without.0'],
    [{ ownerIds: ['not-an-id'] }, 'filter.ownerIds.0'],
    [{ client: { attribute: { key: 'nope', op: 'EQ', value: 'x' } } }, 'filter.client.attribute.key'],
  ])('activities %j → %s', async (f, name) => {
    const res = await api.gql(list, { f }, manager);
    expect(field(res)).toMatchObject({ code: 'BAD_USER_INPUT', field: name });
  });

  it('opportunities: a reversed day range and an unknown status', async () => {
    const res = await api.gql(opportunities, { f: { dayFrom: '2026-03-10', dayTo: '2026-03-01' } }, manager);
    expect(field(res)).toMatchObject({ code: 'BAD_USER_INPUT', field: 'filter.dayTo' });
    const bad = await api.gql(opportunities, { f: { without: ['OWNER'] } }, manager);
    expect(field(bad)).toMatchObject({ code: 'BAD_USER_INPUT', field: 'filter.without.0' });
  });

  it('an agent asking for someone else’s activities by owner still sees only their own', async () => {
    const c = await drillContext(api, agentA);
    const mine = await drillTotal(
      api,
      agentA,
      ready('activities-by-agent'),
      cellsOf(await k.ok(agentA, ready('activities-by-agent'))).at(-1)!,
      c,
    );
    const res = await api.gql<{ activities: { totalCount: number } }>(
      list,
      { f: { ownerIds: [manager.id], statuses: ['DONE'] } },
      agentA,
    );
    expect(mine).toBeGreaterThan(0);
    expect(res.data!.activities.totalCount).toBe(0);
  });
});
