// The bulk load (db:seed --scale ≥ 20 000 and the benchmark) leaves every table it filled vacuumed and analysed —
// the reports' daily totals too, which it fills after the load: without that, a fresh 1M benchmark database read 16 M
// rows with no visibility map and no statistics until autovacuum came round.
import { afterAll, beforeAll, expect, it } from 'vitest';
import { ensureDefaultDictionaries } from '../modules/dictionaries/index.ts';
import { startTestApi, type TestApi } from '../test/api.ts';
import { withBulkLoad } from './bulk-load.ts';
import { ensureDemoAttributes, seedBatches } from './demo-data.ts';
import { ensureTeam } from './team.ts';

let api: TestApi;
beforeAll(async () => {
  api = await startTestApi();
  await ensureDefaultDictionaries(api.db);
  await ensureTeam(api.db, 200, 5);
  await ensureDemoAttributes(api.db);
}, 120_000);
afterAll(() => api?.close());

type Stat = { relname: string; vacuumed: boolean; analyzed: boolean; rows: number };

async function stats(): Promise<Stat[]> {
  return api.db.$queryRawUnsafe<Stat[]>(`
    SELECT relname::text, last_vacuum IS NOT NULL AS vacuumed, last_analyze IS NOT NULL AS analyzed,
      (SELECT reltuples FROM pg_class c WHERE c.oid = s.relid)::int AS rows
    FROM pg_stat_user_tables s
    WHERE relname IN ('activities', 'activity_report_days', 'activity_report_months', 'activity_report_result_months',
      'activity_report_results') ORDER BY relname`);
}

it('vacuums and analyses the loaded tables and the report totals filled from them', async () => {
  const counts = await withBulkLoad(
    api.databaseUrl,
    () => undefined,
    (run) => seedBatches(run, 200, { seed: 5 }),
  );
  expect(counts.activities).toBeGreaterThan(500);
  // The statistics are flushed when the loading connection ends; give the collector a moment.
  let seen: Stat[] = [];
  for (let i = 0; i < 50; i++) {
    seen = await stats();
    if (seen.every((s) => s.vacuumed && s.analyzed)) break;
    await new Promise((resolve) => setTimeout(resolve, 100));
  }
  expect(seen.map((s) => [s.relname, s.vacuumed, s.analyzed])).toEqual([
    ['activities', true, true],
    ['activity_report_days', true, true],
    ['activity_report_months', true, true],
    ['activity_report_result_months', true, true],
    ['activity_report_results', true, true],
  ]);
  // Analysed: the planner knows the totals' size (reltuples is -1 on a table never vacuumed or analysed).
  for (const s of seen) expect(s.rows).toBeGreaterThan(0);
});
