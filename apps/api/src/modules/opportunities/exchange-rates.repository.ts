// Database access for currencies and exchange rates (units of a currency per one unit of the base currency).
import { Prisma, type Db } from '../../db/prisma.ts';

type Tx = Db | Prisma.TransactionClient;
const { sql } = Prisma;

export type CurrencyRow = { code: string; enabled: boolean; isBase: boolean };
export type RateRow = { baseCurrency: string; currency: string; date: string; rate: string; source: string };
export type NewRate = { currency: string; date: string; rate: string };

export class ExchangeRatesRepository {
  constructor(private readonly db: Tx) {}

  currencies(includeDisabled: boolean): Promise<CurrencyRow[]> {
    return this.db.$queryRaw<CurrencyRow[]>`SELECT trim(code) AS code, enabled, is_base AS "isBase" FROM currencies
      ${includeDisabled ? Prisma.empty : sql`WHERE enabled`} ORDER BY is_base DESC, code`;
  }

  async baseCurrency(): Promise<string> {
    const rows = await this.db.$queryRaw<{ code: string }[]>`SELECT code FROM currencies WHERE is_base`;
    return rows[0]?.code ?? 'EUR';
  }

  async setEnabled(code: string, enabled: boolean): Promise<CurrencyRow> {
    const rows = await this.db.$queryRaw<
      CurrencyRow[]
    >`INSERT INTO currencies (code, enabled) VALUES (${code}, ${enabled})
      ON CONFLICT (code) DO UPDATE SET enabled = EXCLUDED.enabled OR currencies.is_base, version = currencies.version + 1
      RETURNING code, enabled, is_base AS "isBase"`;
    return rows[0]!;
  }

  list(base: string, f: { currency?: string | null; from?: string | null; to?: string | null }, limit: number) {
    return this.db.$queryRaw<RateRow[]>`SELECT base_currency AS "baseCurrency", currency,
        to_char(rate_date, 'YYYY-MM-DD') AS date, rate::text AS rate, source
      FROM exchange_rates WHERE base_currency = ${base}
        ${f.currency ? sql`AND currency = ${f.currency}` : Prisma.empty}
        ${f.from ? sql`AND rate_date >= ${f.from}::date` : Prisma.empty}
        ${f.to ? sql`AND rate_date <= ${f.to}::date` : Prisma.empty}
      ORDER BY rate_date DESC, currency LIMIT ${limit}`;
  }

  /** Inserts or replaces rates in one statement; returns how many rows were written. */
  upsert(base: string, rates: NewRate[], source: string, userId: string): Promise<number> {
    if (!rates.length) return Promise.resolve(0);
    return this.db.$executeRaw`INSERT INTO exchange_rates (base_currency, currency, rate_date, rate, source,
        updated_by_id, updated_at)
      SELECT ${base}, c, d, r, ${source}, ${userId}::uuid, now()
      FROM unnest(${rates.map((r) => r.currency)}::text[], ${rates.map((r) => r.date)}::date[],
        ${rates.map((r) => r.rate)}::numeric[]) AS t(c, d, r)
      ON CONFLICT (base_currency, currency, rate_date) DO UPDATE SET rate = EXCLUDED.rate, source = EXCLUDED.source,
        updated_by_id = EXCLUDED.updated_by_id, updated_at = now()`;
  }

  async remove(base: string, currency: string, date: string): Promise<boolean> {
    const n = await this.db.$executeRaw`DELETE FROM exchange_rates WHERE base_currency = ${base}
      AND currency = ${currency} AND rate_date = ${date}::date`;
    return n === 1;
  }

  /** The latest rate on or before `date`, or null. */
  async latest(base: string, currency: string, date: string): Promise<{ rate: string; date: string } | null> {
    const rows = await this.db.$queryRaw<{ rate: string; date: string }[]>`SELECT rate::text AS rate,
        to_char(rate_date, 'YYYY-MM-DD') AS date FROM exchange_rates
      WHERE base_currency = ${base} AND currency = ${currency} AND rate_date <= ${date}::date
      ORDER BY rate_date DESC LIMIT 1`;
    return rows[0] ?? null;
  }

  /** The latest rate on or before `date` of each currency that has one. */
  latestMany(base: string, currencies: string[], date: string) {
    return this.db.$queryRaw<{ currency: string; rate: string }[]>`SELECT c AS currency, r.rate::text AS rate
      FROM unnest(${currencies}::text[]) c
      JOIN LATERAL (SELECT rate FROM exchange_rates WHERE base_currency = ${base} AND currency = c
        AND rate_date <= ${date}::date ORDER BY rate_date DESC LIMIT 1) r ON true`;
  }

  /** Serialises base-currency changes (and anything else that locks the currency list). */
  async lockCurrencies(): Promise<void> {
    await this.db.$executeRaw`SELECT code FROM currencies ORDER BY code FOR UPDATE`;
  }

  /**
   * Re-expresses the old base's rates in the new base, date by date, where the old base has a rate for the new one:
   * X per new = (X per old) / (new per old), and old per new = 1 / (new per old). Rates already entered for the new
   * base are kept. Returns how many rows were written.
   */
  rebaseRates(oldBase: string, newBase: string): Promise<number> {
    return this.db.$executeRaw`INSERT INTO exchange_rates (base_currency, currency, rate_date, rate, source, updated_at)
      SELECT ${newBase}, x.currency, x.rate_date, round(x.rate / n.rate, 10), 'REBASED', now()
      FROM exchange_rates n JOIN exchange_rates x ON x.base_currency = n.base_currency AND x.rate_date = n.rate_date
        AND x.currency <> n.currency
      WHERE n.base_currency = ${oldBase} AND n.currency = ${newBase} AND n.rate > 0
      UNION ALL
      SELECT ${newBase}, ${oldBase}, n.rate_date, round(1 / n.rate, 10), 'REBASED', now()
      FROM exchange_rates n WHERE n.base_currency = ${oldBase} AND n.currency = ${newBase} AND n.rate > 0
      ON CONFLICT (base_currency, currency, rate_date) DO NOTHING`;
  }

  /** Currencies of open opportunities that have no rate to `base` on or before `date`. */
  async openCurrenciesWithoutRate(base: string, date: string): Promise<string[]> {
    const rows = await this.db.$queryRaw<{ currency: string }[]>`SELECT DISTINCT trim(o.currency) AS currency
      FROM opportunities o WHERE o.closed_at IS NULL AND o.deleted_at IS NULL AND o.currency <> ${base}
        AND NOT EXISTS (SELECT 1 FROM exchange_rates x WHERE x.base_currency = ${base} AND x.currency = o.currency
          AND x.rate_date <= ${date}::date)
      ORDER BY 1`;
    return rows.map((r) => r.currency);
  }

  /** Two statements: the partial unique index on is_base is checked row by row. */
  async setBase(code: string): Promise<CurrencyRow> {
    await this.db.$executeRaw`UPDATE currencies SET is_base = false, version = version + 1 WHERE is_base`;
    const rows = await this.db.$queryRaw<CurrencyRow[]>`UPDATE currencies
      SET is_base = true, enabled = true, version = version + 1 WHERE code = ${code}
      RETURNING trim(code) AS code, enabled, is_base AS "isBase"`;
    return rows[0]!;
  }
}
