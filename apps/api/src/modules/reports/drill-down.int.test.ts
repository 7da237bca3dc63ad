// Every cell of every ready-made report, and builder reports over each subject, drills down to a list whose total is
// the cell's count: the target runReport returns with each row, run through the lists' GraphQL queries on the seeded
// year (details, subtotals and the grand total; "none" groups; local days of date groups; client attribute values;
// campaign items; an agent's own numbers).
import { READY_REPORTS, type ReportDefinition } from '@veza/shared';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startTestApi, type TestApi } from '../../test/api.ts';
import { cellsOf, drillTotal, runWithDrills } from './drill-down-test-kit.ts';
import { seedDrillExtras } from './drill-extras-test-kit.ts';
import { YEAR, reportKit, seedWorld, type TestUser } from './report-test-kit.ts';

let api: TestApi;
const k = reportKit(() => api);
let manager: TestUser;
let agentA: TestUser;
let agentB: TestUser;

beforeAll(async () => {
  api = await startTestApi();
  ({ manager, agentA, agentB } = await seedWorld(api, k));
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
  await seedDrillExtras(api, { agentB: agentB.rowId, manager: manager.rowId });
  await api.db.$executeRaw`UPDATE clients SET deleted_at = now()
    WHERE id = (SELECT id FROM clients ORDER BY name OFFSET 7 LIMIT 1)`;
}, 120_000);
afterAll(() => api?.close());

/** Runs `d`, then drills every cell and expects the list's total to be the count. Returns how many cells linked. */
async function expectDrillsMatch(who: TestUser, d: ReportDefinition, countAt = 0) {
  const result = await runWithDrills(api, who, d);
  const cells = cellsOf(result, countAt);
  let linked = 0;
  for (const cell of cells) {
    const total = await drillTotal(api, who, cell);
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
        expect(linked, key).toBe(cells);
      }
    });

  it('an agent without reports.read: the drill-down lists count only their own, as the report', async () => {
    for (const key of ['activities-by-agent', 'lost-reasons', 'visit-success', 'campaigns']) {
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
  const attribute = (attributeKey: string): ReportDefinition => ({
    subject: 'CLIENTS',
    groupBy: [{ dimension: 'ATTRIBUTE', attributeKey }],
    measures: [{ fn: 'COUNT' }],
  });
  definitions.push(
    ...['employees', 'rating', 'vip', 'since', 'tier'].map((key): [string, ReportDefinition] => [
      `clients by the ${key} attribute (with none)`,
      attribute(key),
    ]),
    [
      'activities by territory attribute and result, done',
      {
        subject: 'ACTIVITIES',
        filter: { statuses: ['DONE'], ...YEAR },
        groupBy: [{ dimension: 'ATTRIBUTE', attributeKey: 'territory' }, { dimension: 'RESULT' }],
        measures: [{ fn: 'COUNT' }],
      },
    ],
    [
      'opportunities by status and the tier attribute',
      {
        subject: 'OPPORTUNITIES',
        groupBy: [{ dimension: 'STATUS' }, { dimension: 'ATTRIBUTE', attributeKey: 'tier' }],
        measures: [{ fn: 'COUNT' }],
      },
    ],
    [
      'campaign items by agent and outcome (with none)',
      {
        subject: 'CAMPAIGN_ITEMS',
        groupBy: [{ dimension: 'AGENT' }, { dimension: 'OUTCOME' }],
        measures: [{ fn: 'COUNT' }],
      },
    ],
    [
      'campaign items completed per local day and status, in a period',
      {
        subject: 'CAMPAIGN_ITEMS',
        dateField: 'COMPLETED_AT',
        filter: { from: '2026-03-31T00:00:00+02:00', to: '2026-04-20T00:00:00+02:00' },
        groupBy: [{ dimension: 'DAY' }, { dimension: 'STATUS' }],
        measures: [{ fn: 'RATE', field: 'DONE' }, { fn: 'COUNT' }],
      },
    ],
    [
      'campaign items by team (with none) and month created, three states',
      {
        subject: 'CAMPAIGN_ITEMS',
        dateField: 'CREATED_AT',
        filter: { statuses: ['DONE', 'PENDING', 'SKIPPED'] },
        groupBy: [{ dimension: 'TEAM' }, { dimension: 'MONTH' }],
        measures: [{ fn: 'COUNT' }],
      },
    ],
    [
      'campaign items by campaign and industry',
      {
        subject: 'CAMPAIGN_ITEMS',
        groupBy: [{ dimension: 'CAMPAIGN' }, { dimension: 'INDUSTRY' }],
        measures: [{ fn: 'COUNT' }],
      },
    ],
  );
  for (const [name, d] of definitions)
    it(name, async () => {
      const countAt = d.measures.findIndex((m) => m.fn === 'COUNT');
      const { linked, cells } = await expectDrillsMatch(manager, d, countAt);
      expect(linked).toBe(cells);
    });
});

describe('groups no list can tell apart get no link', () => {
  it('text attribute values differing only in case (the filter compares case-insensitively)', async () => {
    const d: ReportDefinition = {
      subject: 'CLIENTS',
      groupBy: [{ dimension: 'ATTRIBUTE', attributeKey: 'region' }],
      measures: [{ fn: 'COUNT' }],
    };
    const result = await runWithDrills(api, manager, d);
    const linkedKeys = result.rows.filter((r) => r.drill).map((r) => r.groups[0]!.key);
    expect(linkedKeys.sort()).toEqual(['Split', null].sort());
    expect((await expectDrillsMatch(manager, d)).linked).toBe(3); // Split, none and the total
  });

  it('a multiple-choice attribute (its groups are whole lists)', async () => {
    const d: ReportDefinition = {
      subject: 'CLIENTS',
      groupBy: [{ dimension: 'ATTRIBUTE', attributeKey: 'tags' }],
      measures: [{ fn: 'COUNT' }],
    };
    const result = await runWithDrills(api, manager, d);
    expect(result.rows.filter((r) => r.drill).map((r) => r.groups[0]!.key)).toEqual([null]);
    expect(result.totalDrill).not.toBeNull();
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

  it('campaign items: bad filters name their field; pages follow each other without gaps', async () => {
    const items = `query($f: CampaignItemFilter, $after: String) {
      campaignItems(filter: $f, first: 5, after: $after) { totalCount edges { node { id } } pageInfo { endCursor hasNextPage } } }`;
    for (const [f, name] of [
      [{ dayFrom: '2026-03-10', dayTo: '2026-03-01' }, 'filter.dayTo'],
      [{ campaignIds: ['nope'] }, 'filter.campaignIds.0'],
      [{ without: ['STATE'] }, 'filter.without.0'],
      [{ dateField: 'UPDATED_AT' }, 'filter.dateField'],
      [{ client: { attribute: { key: 'nope', op: 'EQ', value: 'x' } } }, 'filter.client.attribute.key'],
    ] as const)
      expect(field(await api.gql(items, { f }, manager)), name).toMatchObject({ code: 'BAD_USER_INPUT', field: name });
    type Page = {
      campaignItems: {
        totalCount: number;
        edges: { node: { id: string } }[];
        pageInfo: { endCursor: string; hasNextPage: boolean };
      };
    };
    const seen: string[] = [];
    let after: string | null = null;
    let total: number;
    do {
      const res: { data?: Page | null } = await api.gql<Page>(
        items,
        { f: { states: ['DONE', 'PENDING'] }, after },
        manager,
      );
      const page: Page['campaignItems'] = res.data!.campaignItems;
      total = page.totalCount;
      seen.push(...page.edges.map((e) => e.node.id));
      after = page.pageInfo.hasNextPage ? page.pageInfo.endCursor : null;
    } while (after);
    expect(new Set(seen).size).toBe(seen.length);
    expect(seen.length).toBe(total);
    expect(total).toBeGreaterThan(5);
  });

  it('an agent asking for someone else’s activities by owner still sees only their own', async () => {
    const mine = await drillTotal(
      api,
      agentA,
      cellsOf(await runWithDrills(api, agentA, ready('activities-by-agent'))).at(-1)!,
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
