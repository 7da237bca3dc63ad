// The daily activity totals (activity_report_days, kept by triggers) against the live statement over the activities,
// through inserts, updates, deletes, a client deleted and restored, and a user in a new time zone; and runReport
// reading them only where they answer exactly.
import { READY_REPORTS, type ReportDefinition } from '@veza/shared';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { Prisma } from '../../db/prisma.ts';
import { startTestApi, type TestApi } from '../../test/api.ts';
import { wholeMonths } from './report-months.sql.ts';
import { reportStatement } from './report-query.sql.ts';
import { YEAR, byKeys, expectSame, reportKit, seedWorld, sqlByKeys, type TestUser } from './report-test-kit.ts';
import { ReportsRepository, type ReportSqlRow } from './reports.repository.ts';

let api: TestApi;
const k = reportKit(() => api);
let admin: TestUser;
let agentA: TestUser;

const ready = (key: string) => structuredClone(READY_REPORTS.find((r) => r.key === key)!.definition);
type Period = { from: string; to: string };
const inYear = (d: ReportDefinition, year: Period = YEAR): ReportDefinition => ({
  ...d,
  filter: { ...d.filter!, ...year },
});
const DEFINITIONS: [string, (year: Period) => ReportDefinition][] = [
  ['activities per agent and type, with cost', (year) => inYear(ready('activities-by-agent'), year)],
  [
    'team and status by month, averages',
    (year) => ({
      subject: 'ACTIVITIES',
      filter: { ...year, statuses: null },
      groupBy: [{ dimension: 'MONTH' }, { dimension: 'STATUS' }],
      measures: [
        { fn: 'COUNT' },
        { fn: 'AVG', field: 'WORK_MINUTES' },
        { fn: 'AVG', field: 'DISTANCE_KM' },
        { fn: 'SUM', field: 'COST' },
      ],
    }),
  ],
  ['visit success per agent and month', (year) => inYear(ready('visit-success'), year)],
  [
    'type and result, work time, cost and success, every status',
    (year) => ({
      subject: 'ACTIVITIES',
      filter: { ...year, statuses: null },
      groupBy: [{ dimension: 'TYPE' }, { dimension: 'RESULT' }],
      measures: [
        { fn: 'COUNT' },
        { fn: 'SUM', field: 'WORK_MINUTES' },
        { fn: 'SUM', field: 'COST' },
        { fn: 'RATE', field: 'SUCCESS' },
      ],
    }),
  ],
  [
    'one type per week, no period',
    () => ({
      subject: 'ACTIVITIES',
      filter: { statuses: ['DONE', 'PLANNED'], typeKeys: ['call'] },
      groupBy: [{ dimension: 'TEAM' }, { dimension: 'WEEK' }],
      measures: [{ fn: 'COUNT' }, { fn: 'SUM', field: 'DISTANCE_KM' }],
    }),
  ],
];

async function rows(d: ReportDefinition, timeZone: string, dayTotals: boolean) {
  const statement = reportStatement(d, { where: [Prisma.sql`c.deleted_at IS NULL`], timeZone, dayTotals }, null);
  // The result is only in the per-result totals; the others read the fewer rows without it.
  const needsResult = d.groupBy.some((g) => g.dimension === 'RESULT') || d.measures.some((m) => m.fn === 'RATE');
  const reads = (...tables: string[]) => tables.some((t) => statement.sql.includes(`${t} `));
  expect(reads('activity_report_days', 'activity_report_months')).toBe(dayTotals && !needsResult);
  expect(reads('activity_report_results', 'activity_report_result_months')).toBe(dayTotals && needsResult);
  // Whole months (if the period has any) come from the monthly totals unless the report groups by day or week, or
  // prices the per-result totals.
  const byDay = d.groupBy.some((g) => g.dimension === 'DAY' || g.dimension === 'WEEK');
  const pricedResults = needsResult && d.measures.some((m) => m.field === 'COST');
  expect(reads('activity_report_months', 'activity_report_result_months')).toBe(
    dayTotals && !byDay && !pricedResults && wholeMonths(d, timeZone) != null,
  );
  expect(statement.sql.includes('FROM activities')).toBe(!dayTotals);
  const out = await new ReportsRepository(api.db).run(statement, 30_000);
  const key = (r: ReportSqlRow) => `${r.grp}|${r.g0}|${r.g1}`;
  return Object.fromEntries(
    out.map((r) => [
      key(r),
      Object.keys(r)
        .filter((c) => c.startsWith('m'))
        .map((c) => r[c]),
    ]),
  );
}

/** Periods that cut months at either end (Zagreb midnights): the cut months' days, the whole ones' months. */
const CUT: Period[] = [
  { from: '2026-02-10T00:00:00+01:00', to: '2026-11-20T00:00:00+01:00' },
  { from: '2026-04-15T00:00:00+02:00', to: '2026-05-01T00:00:00+02:00' },
  { from: '2026-03-31T00:00:00+02:00', to: '2026-09-01T00:00:00+02:00' },
];

async function expectTotalsMatch(timeZone = 'Europe/Zagreb', year: Period = YEAR) {
  for (const [, definition] of DEFINITIONS) {
    const [live, days] = [await rows(definition(year), timeZone, false), await rows(definition(year), timeZone, true)];
    expect(Object.keys(days).sort()).toEqual(Object.keys(live).sort());
    for (const [key, values] of Object.entries(live))
      values.forEach((v, i) => {
        const got = days[key]![i] as number | null;
        if (v == null || got == null) expect([key, i, got]).toEqual([key, i, v]);
        else expect(Math.abs(got - (v as number)), `${key} m${i}`).toBeLessThanOrEqual(0.0051);
      });
  }
}

beforeAll(async () => {
  api = await startTestApi();
  ({ admin, agentA } = await seedWorld(api, k));
}, 120_000);
afterAll(() => api?.close());

describe('daily activity totals', () => {
  it('equal the live statement on the seeded year', () => expectTotalsMatch());

  it('equal the live statement over periods that cut months, with rates that change inside a month', async () => {
    // Agent B's rate changes on 15 April (seeded); agent A's typed rate on 10 June and general one on 20 June too.
    const meeting = await api.db.dictionaryValue.findFirstOrThrow({ where: { kind: 'ACTIVITY_TYPE', key: 'meeting' } });
    await api.db.hourlyRate.createMany({
      data: [
        { userId: agentA.rowId, validFrom: new Date('2026-06-10'), rate: '70.00', activityTypeId: meeting.id },
        { userId: agentA.rowId, validFrom: new Date('2026-06-20'), rate: '41.25' },
      ],
    });
    for (const period of CUT) await expectTotalsMatch('Europe/Zagreb', period);
    await expectTotalsMatch();
  });

  it('follow activities written, changed, moved and deleted, set-based', async () => {
    const db = api.db;
    const [meeting, b] = [
      await db.dictionaryValue.findFirstOrThrow({ where: { kind: 'ACTIVITY_TYPE', key: 'meeting' } }),
      await db.user.findFirstOrThrow({ where: { name: 'Agent B' } }),
    ];
    await db.$executeRaw`UPDATE activities SET status = 'DONE', work_minutes = 33 WHERE status = 'PLANNED'
      AND subject LIKE 'Contact 1%'`;
    await db.$executeRaw`UPDATE activities SET owner_id = ${b.id}::uuid, type_id = ${meeting.id}::uuid,
      starts_at = starts_at + interval '20 hours' WHERE subject LIKE 'Contact 2%'`;
    await db.$executeRaw`UPDATE activities SET distance_km = NULL WHERE subject LIKE 'Contact 3%'`;
    await db.$executeRaw`UPDATE activities SET deleted_at = now() WHERE subject LIKE 'Contact 4%'`;
    await db.$executeRaw`UPDATE activities SET deleted_at = NULL WHERE subject LIKE 'Contact 44%'`;
    await db.$executeRaw`DELETE FROM activities WHERE subject LIKE 'Contact 5%'`;
    await expectTotalsMatch();
  });

  it('follow an activity whose result changes, is cleared, set, and moves to another day and owner', async () => {
    const db = api.db;
    const [positive, b] = [
      await db.dictionaryValue.findFirstOrThrow({ where: { kind: 'ACTIVITY_RESULT', key: 'offer_requested' } }),
      await db.user.findFirstOrThrow({ where: { name: 'Agent B' } }),
    ];
    await db.$executeRaw`UPDATE activities SET result_id = ${positive.id}::uuid WHERE subject LIKE 'Contact 6%'`;
    await db.$executeRaw`UPDATE activities SET result_id = NULL WHERE subject LIKE 'Contact 7%'`;
    await db.$executeRaw`UPDATE activities SET result_id = ${positive.id}::uuid WHERE subject LIKE 'Contact 71%'`;
    await db.$executeRaw`UPDATE activities SET result_id = NULL, owner_id = ${b.id}::uuid,
      starts_at = starts_at - interval '40 days' WHERE subject LIKE 'Contact 8%'`;
    await db.$executeRaw`UPDATE activities SET deleted_at = now() WHERE subject LIKE 'Contact 9%'`;
    // A result whose meaning changes counts at once: success is read from the dictionary, not stored.
    await db.$executeRaw`UPDATE dictionary_values SET meta = jsonb_build_object('positive', true)
      WHERE kind = 'ACTIVITY_RESULT' AND key = 'no_answer'`;
    try {
      await expectTotalsMatch();
    } finally {
      await db.$executeRaw`UPDATE dictionary_values SET meta = meta - 'positive'
        WHERE kind = 'ACTIVITY_RESULT' AND key = 'no_answer'`;
    }
  });

  it('leave out the activities of a deleted client and count them again when it is restored', async () => {
    const [gone, back] = await api.db.client.findMany({ orderBy: { name: 'asc' }, take: 2, select: { id: true } });
    await api.db.client.updateMany({ where: { id: { in: [gone!.id, back!.id] } }, data: { deletedAt: new Date() } });
    await api.db.client.update({ where: { id: back!.id }, data: { deletedAt: null } });
    await expectTotalsMatch();
  });

  it('are filled for a time zone a user takes for the first time', async () => {
    await api.db.user.update({ where: { id: agentA.rowId }, data: { timeZone: 'America/St_Johns' } });
    // Half an hour off whole hours: its local days are not any other zone's.
    await expectTotalsMatch('America/St_Johns', { from: '2026-01-01T00:00:00-03:30', to: '2027-01-01T00:00:00-03:30' });
  });

  it('are filled once when users take a new time zone at the same moment, without a deadlock', async () => {
    // The interleaving concurrent saves hit: both transactions have read the zones before either adds one.
    const deferred = () => {
      let resolve!: () => void;
      return { promise: new Promise<void>((r) => (resolve = r)), resolve: () => resolve() };
    };
    const gate = deferred();
    const read = [deferred(), deferred()];
    const save = (i: number, name: string) =>
      api.db.$transaction(
        async (tx) => {
          await tx.$queryRaw`SELECT count(*) FROM report_day_zones`;
          read[i]!.resolve();
          await gate.promise;
          await tx.user.create({
            data: { email: `${name}@zone.test`, name, passwordHash: '-', timeZone: 'Asia/Kathmandu' },
          });
        },
        { timeout: 20_000 },
      );
    const saves = [save(0, 'Zone one'), save(1, 'Zone two')];
    await Promise.all(read.map((r) => r.promise));
    gate.resolve();
    expect((await Promise.allSettled(saves)).map((s) => s.status)).toEqual(['fulfilled', 'fulfilled']);
    // And as requests do it: several users at once, each in a zone nobody has yet.
    const zones = ['Asia/Kolkata', 'Australia/Eucla', 'Pacific/Chatham', 'Asia/Tehran', 'America/Caracas'];
    await Promise.all(
      [...zones, ...zones].map((timeZone, i) =>
        api.db.user.create({ data: { email: `z${i}@zone.test`, name: `Zone ${i}`, passwordHash: '-', timeZone } }),
      ),
    );
    expect(await api.db.reportDayZone.count({ where: { timeZone: { in: [...zones, 'Asia/Kathmandu'] } } })).toBe(6);
    await expectTotalsMatch('Asia/Kathmandu', { from: '2026-01-01T00:00:00+05:45', to: '2027-01-01T00:00:00+05:45' });
  });

  it('skip a time zone PostgreSQL does not know, and activities are still written', async () => {
    await api.db.user.update({ where: { id: agentA.rowId }, data: { timeZone: 'Mars/Olympus_Mons' } });
    expect(await api.db.reportDayZone.count({ where: { timeZone: 'Mars/Olympus_Mons' } })).toBe(0);
    const [type, client] = [
      await api.db.dictionaryValue.findFirstOrThrow({ where: { kind: 'ACTIVITY_TYPE', key: 'call' } }),
      await api.db.client.findFirstOrThrow({ where: { deletedAt: null } }),
    ];
    await api.db.activity.create({
      data: { typeId: type.id, clientId: client.id, subject: 'After Mars', ownerId: agentA.rowId, status: 'DONE' },
    });
    await expectTotalsMatch();
  });
});

/** The reports' activity day: the start, else the due date, else the creation (an activity logged without times). */
const AT = 'COALESCE(a.starts_at, a.due_at, a.created_at)';

/** Done calls and meetings of the year on live clients, per agent and Zagreb month: count and success rate. */
const HAND_VISIT_SUCCESS = `SELECT a.owner_id::text AS k0,
    date_trunc('month', ${AT} AT TIME ZONE 'Europe/Zagreb')::date::text AS k1, count(*) AS v0,
    round(avg(CASE WHEN r.key IN ('further_talks', 'offer_requested', 'contract_closed') THEN 1 ELSE 0 END), 4) AS v1
  FROM activities a JOIN clients c ON c.id = a.client_id AND c.deleted_at IS NULL
    JOIN dictionary_values t ON t.id = a.type_id LEFT JOIN dictionary_values r ON r.id = a.result_id
  WHERE a.deleted_at IS NULL AND a.status = 'DONE' AND t.key IN ('meeting', 'call')
    AND ${AT} >= '${YEAR.from}' AND ${AT} < '${YEAR.to}' GROUP BY 1, 2`;

/** Every live activity of the year per type and result (none: ''): count and work minutes. */
const HAND_TYPE_RESULT = `SELECT a.type_id::text AS k0, a.result_id::text AS k1, count(*) AS v0,
    sum(a.work_minutes) AS v1
  FROM activities a JOIN clients c ON c.id = a.client_id AND c.deleted_at IS NULL
  WHERE a.deleted_at IS NULL AND ${AT} >= '${YEAR.from}' AND ${AT} < '${YEAR.to}' GROUP BY 1, 2`;

describe('runReport', () => {
  const total = async (d: ReportDefinition) => (await k.ok(admin, d)).totals[0];
  const hand = async (text: string) => sqlByKeys(await api.db.$queryRawUnsafe<Record<string, unknown>[]>(text), 2);

  it('answers visit success and a type × result grouping from the totals as hand-written SQL over the activities', async () => {
    // Results changed, cleared, deleted and moved by the tests above; a NULL result among them.
    expect(await api.db.activity.count({ where: { resultId: null, deletedAt: null } })).toBeGreaterThan(0);
    expectSame(byKeys(await k.ok(admin, inYear(ready('visit-success')))), await hand(HAND_VISIT_SUCCESS));
    const typeResult: ReportDefinition = {
      subject: 'ACTIVITIES',
      filter: { ...YEAR, statuses: null },
      groupBy: [{ dimension: 'TYPE' }, { dimension: 'RESULT' }],
      measures: [{ fn: 'COUNT' }, { fn: 'SUM', field: 'WORK_MINUTES' }],
    };
    const expected = await hand(HAND_TYPE_RESULT);
    expect(Object.keys(expected).some((key) => key.endsWith('|'))).toBe(true);
    expectSame(byKeys(await k.ok(admin, typeResult)), expected);
  });

  it('reads visit success from the per-result totals, not from the activities', async () => {
    const d = inYear(ready('visit-success'));
    const before = await k.ok(admin, d);
    // Marks the per-result totals of March (a whole month of the year, read from the months): only a statement that
    // reads them sees the change.
    await api.db.$executeRaw`UPDATE activity_report_result_months SET activities = activities + 1000
      WHERE time_zone = 'Europe/Zagreb' AND month = '2026-03-01' AND status = 'DONE' AND activities > 0`;
    try {
      expect((await k.ok(admin, d)).totals[0]).toBeGreaterThanOrEqual(before.totals[0]! + 1000);
    } finally {
      await api.db.$executeRaw`SELECT report_days_fill(NULL)`;
    }
    expect((await k.ok(admin, d)).totals).toEqual(before.totals);
  });

  it('reads the totals for a period of whole local days and the activities otherwise', async () => {
    const d = inYear(ready('activities-by-agent'));
    const unaligned = { ...d, filter: { ...d.filter!, from: '2026-01-01T12:00:00+01:00' } };
    const [whole, part] = [await total(d), await total(unaligned)];
    // Marks the totals: only a statement that reads them sees the change.
    await api.db.$executeRaw`UPDATE activity_report_months SET activities = activities + 1000
      WHERE time_zone = 'Europe/Zagreb' AND month = '2026-03-01' AND status = 'DONE' AND activities > 0`;
    try {
      expect(await total(d)).toBeGreaterThanOrEqual(whole! + 1000);
      expect(await total(unaligned)).toBe(part);
      // A client filter needs the activity rows.
      const filtered = {
        ...d,
        filter: { ...d.filter!, client: { field: { field: 'NAME', op: 'CONTAINS', value: 'Client' } } },
      };
      expect(await total(filtered as ReportDefinition)).toBeLessThan(whole! + 1000);
    } finally {
      await api.db.$executeRaw`SELECT report_days_fill(NULL)`;
    }
    expect(await total(d)).toBe(whole);
  });
});
