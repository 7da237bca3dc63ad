// A report's statement may run up to its own limit (longer than Prisma's 5 s default for a transaction), and one
// that runs past the limit is cancelled by PostgreSQL and reported as a clear error, not an internal one.
import { Prisma } from '../../db/prisma.ts';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startTestApi, type TestApi } from '../../test/api.ts';
import { ReportsRepository, ReportTimeoutError } from './reports.repository.ts';
import { executeReport, type ReportPlan } from './reports.service.ts';

let api: TestApi;
beforeAll(async () => {
  api = await startTestApi();
});
afterAll(() => api.close());

describe('report statement limits', () => {
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
