// A report's statement may run up to its own limit (longer than Prisma's 5 s default for a transaction), and one
// that runs past the limit is cancelled by PostgreSQL and reported as a clear error, not an internal one. The
// transaction's settings (read only, the limit, work_mem, random_page_cost) go to the server in one statement.
import { Prisma } from '../../db/prisma.ts';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startTestApi, type TestApi } from '../../test/api.ts';
import { ReportsRepository, ReportTimeoutError } from './reports.repository.ts';
import { executeReport, type ReportPlan } from './reports.service.ts';

let api: TestApi;
beforeAll(async () => {
  api = await startTestApi({ countQueries: true });
});
afterAll(() => api.close());

describe('report statement limits', () => {
  it('runs read only with the limit and planner settings, set in one statement before the report', async () => {
    api.queries.length = 0;
    const [row] = await new ReportsRepository(api.db).run(
      Prisma.sql`SELECT current_setting('transaction_read_only') AS ro, current_setting('statement_timeout') AS st,
        current_setting('work_mem') AS wm, current_setting('random_page_cost') AS rpc`,
      12_345,
    );
    expect(row).toEqual({ ro: 'on', st: '12345ms', wm: '64MB', rpc: '1.1' });
    const sent = api.queries.filter((q) => !/^\s*(BEGIN|COMMIT|ROLLBACK)\b/i.test(q));
    expect(sent, sent.join('\n---\n')).toHaveLength(2);
    // Read only: a write in the report's transaction is refused.
    const write = new ReportsRepository(api.db).run(Prisma.sql`CREATE TEMP TABLE t (n int)`, 1000);
    await expect(write).rejects.toThrow(/read-only transaction/);
  });

  it('lets a statement run past 5 s when its limit allows', { timeout: 30_000 }, async () => {
    const rows = await new ReportsRepository(api.db).run(Prisma.sql`SELECT 1 AS n FROM pg_sleep(6)`, 20_000);
    expect(rows).toHaveLength(1);
  });

  it('cancels a statement at its limit with a ReportTimeoutError', { timeout: 30_000 }, async () => {
    const run = new ReportsRepository(api.db).run(Prisma.sql`SELECT 1 AS n FROM pg_sleep(3)`, 300);
    await expect(run).rejects.toBeInstanceOf(ReportTimeoutError);
  });

  it('answers a report past its limit with BAD_USER_INPUT and a message key the web translates', async () => {
    // A report the daily totals cannot answer (a client filter, a median) reads the activity rows: at 1M clients
    // that can pass the limit, and the user gets "took too long; narrow the period or the filters".
    const plan = { definition: {}, statement: Prisma.sql`SELECT 1 AS n FROM pg_sleep(3)` } as ReportPlan;
    const error = await executeReport({ db: api.db } as never, plan, 300).catch((e: unknown) => e);
    expect(error).toMatchObject({
      message: 'validation.report.timeout',
      extensions: { code: 'BAD_USER_INPUT', field: 'definition', limitMs: 300 },
    });
  });
});
