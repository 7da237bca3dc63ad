// A report's statement may run up to its own limit (longer than Prisma's 5 s default for a transaction), and one
// that runs past the limit is cancelled by PostgreSQL and reported as a clear error, not an internal one.
import { Prisma } from '../../db/prisma.ts';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startTestApi, type TestApi } from '../../test/api.ts';
import { ReportsRepository, ReportTimeoutError } from './reports.repository.ts';

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
});
