// Database access for reports: running a built report statement, dated hourly rates and saved report templates.
import { Prisma, type Db } from '../../db/prisma.ts';

export type ReportSqlRow = { g0: string | null; g1: string | null; grp: number } & Record<string, unknown>;

export type HourlyRateRow = {
  id: string;
  userId: string;
  activityTypeId: string | null;
  validFrom: Date;
  rate: Prisma.Decimal;
  updatedAt: Date;
};

export const savedReportSelect = {
  id: true,
  ownerId: true,
  name: true,
  shared: true,
  pinned: true,
  chart: true,
  definition: true,
  version: true,
  updatedAt: true,
} as const;
export type SavedReportRow = NonNullable<Awaited<ReturnType<ReportsRepository['findSaved']>>>;
export type SavedReportData = { name: string; shared: boolean; pinned: boolean; chart: string; definition: unknown };

const MAX_SAVED = 1000;
const json = (d: SavedReportData) => ({ ...d, definition: d.definition as Prisma.InputJsonValue });

/** The report's statement ran longer than its limit and was cancelled by PostgreSQL. */
export class ReportTimeoutError extends Error {
  constructor(readonly limitMs: number) {
    super(`The report ran longer than ${limitMs} ms`);
  }
}

/**
 * The report transaction's settings in one round trip: read only, the statement timeout, and — a report groups up to
 * a year of daily totals — room to hash and sort them in memory (the default 4 MB sent 7f's sort to disk at 1M) and
 * the cost of a page read as on SSD storage, so a zone-and-status range of the totals is read by its index rather
 * than the whole table (docs/PERFORMANCE.md "Reports, seventh pass"). `set_config(…, true)` is SET LOCAL as a
 * function; `transaction_read_only` may be turned on at any point of a transaction (only off is refused once it has
 * read), so one SELECT does what SET TRANSACTION READ ONLY and three SET LOCAL did in four statements.
 */
const TRANSACTION_SETTINGS = (limitMs: number) =>
  Prisma.sql`SELECT set_config('transaction_read_only', 'on', true),
    set_config('statement_timeout', ${String(limitMs)}, true),
    set_config('work_mem', '64MB', true), set_config('random_page_cost', '1.1', true)`;

export class ReportsRepository {
  constructor(private readonly db: Db) {}

  /**
   * Runs in a read-only transaction with a statement timeout, so a heavy definition cannot hold the pool. The
   * transaction itself may live as long as the statement (Prisma's default of 5 s would end it first with an internal
   * error); a statement cancelled by the timeout becomes a ReportTimeoutError.
   */
  async run(statement: Prisma.Sql, timeoutMs: number): Promise<ReportSqlRow[]> {
    const limit = Math.max(1, Math.floor(timeoutMs));
    try {
      return await this.db.$transaction(
        async (tx) => {
          await tx.$queryRaw(TRANSACTION_SETTINGS(limit));
          return tx.$queryRaw<ReportSqlRow[]>(statement);
        },
        { timeout: limit + 5_000, maxWait: 10_000 },
      );
    } catch (error) {
      // 57014 query_canceled: PostgreSQL's "canceling statement due to statement timeout".
      if (/57014|statement timeout/.test(String(error))) throw new ReportTimeoutError(limit);
      throw error;
    }
  }

  /** Client-level attribute keys that exist (active or not). */
  async clientAttributeKeys(): Promise<Set<string>> {
    const rows = await this.db.attributeDefinition.findMany({ where: { entity: 'CLIENT' }, select: { key: true } });
    return new Set(rows.map((r) => r.key));
  }

  /** Whether the daily activity totals are kept in `timeZone` (report_day_zones, filled by the migration's triggers). */
  async hasDayTotals(timeZone: string): Promise<boolean> {
    return (await this.db.reportDayZone.count({ where: { timeZone } })) > 0;
  }

  async baseCurrency(): Promise<string | null> {
    const rows = await this.db.$queryRaw<{ code: string }[]>`SELECT trim(code) AS code FROM currencies WHERE is_base`;
    return rows[0]?.code ?? null;
  }

  hourlyRates(userId: string | null): Promise<HourlyRateRow[]> {
    return this.db.hourlyRate.findMany({
      where: userId ? { userId } : {},
      orderBy: [{ userId: 'asc' }, { activityTypeId: 'asc' }, { validFrom: 'asc' }],
      take: 5000,
      select: { id: true, userId: true, activityTypeId: true, validFrom: true, rate: true, updatedAt: true },
    });
  }

  /** One rate per (user, type or none, day): a second write on the same day replaces the first. */
  setHourlyRate(
    input: { userId: string; activityTypeId: string | null; validFrom: string; rate: string },
    by: string,
  ): Promise<HourlyRateRow> {
    return this.db.$transaction(async (tx) => {
      await tx.$executeRaw`SELECT pg_advisory_xact_lock(hashtext('hourly_rates:' || ${input.userId}))`;
      const validFrom = new Date(`${input.validFrom}T00:00:00Z`);
      const where = { userId: input.userId, activityTypeId: input.activityTypeId, validFrom };
      await tx.hourlyRate.deleteMany({ where });
      return tx.hourlyRate.create({
        data: { ...where, rate: new Prisma.Decimal(input.rate), updatedById: by },
        select: { id: true, userId: true, activityTypeId: true, validFrom: true, rate: true, updatedAt: true },
      });
    });
  }

  listSaved(userId: string) {
    return this.db.savedReport.findMany({
      where: { deletedAt: null, OR: [{ ownerId: userId }, { shared: true }] },
      orderBy: [{ name: 'asc' }, { id: 'asc' }],
      take: MAX_SAVED,
      select: savedReportSelect,
    });
  }

  findSaved(id: string) {
    return this.db.savedReport.findFirst({ where: { id, deletedAt: null }, select: savedReportSelect });
  }

  createSaved(ownerId: string, data: SavedReportData) {
    return this.db.savedReport.create({ data: { ...json(data), ownerId }, select: savedReportSelect });
  }

  /** Optimistic update: null when `version` is stale or the report is gone. */
  async updateSaved(id: string, version: number, data: SavedReportData) {
    const { count } = await this.db.savedReport.updateMany({
      where: { id, version, deletedAt: null },
      data: { ...json(data), version: { increment: 1 } },
    });
    return count ? this.findSaved(id) : null;
  }

  async deleteSaved(id: string): Promise<boolean> {
    const { count } = await this.db.savedReport.updateMany({
      where: { id, deletedAt: null },
      data: { deletedAt: new Date(), version: { increment: 1 } },
    });
    return count > 0;
  }
}
