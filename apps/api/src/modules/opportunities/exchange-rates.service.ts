// Currencies and exchange rates: the base currency, enabled codes, manual rates, central-bank file imports, and the
// conversion that locks an opportunity's base-currency amount when it closes.
import Decimal from 'decimal.js';
import { SetExchangeRateInput, currencyCode, isoDate } from '@veza/shared';
import { requirePermission } from '../../auth/permissions.ts';
import type { Db, Prisma } from '../../db/prisma.ts';
import type { Context } from '../../graphql/context.ts';
import { badInput, parseInput } from '../../graphql/errors.ts';
import { ExchangeRatesRepository } from './exchange-rates.repository.ts';
import { parseRateFile, RateFileError, ratesToBase, type RateFileFormat } from './rate-files.ts';

/**
 * Uploaded files travel as text inside the GraphQL request (1 MB body limit): daily files are a few kB and the ECB's
 * 90-day history about 40 kB; its full history since 1999 is larger and has to be split.
 */
export const MAX_RATE_FILE_CHARS = 900_000;
const MAX_RATE_ROWS = 200_000;

const Money = Decimal.clone({ precision: 40 });

export const todayIso = () => new Date().toISOString().slice(0, 10);

export async function listCurrencies(ctx: Context, includeDisabled: boolean) {
  requirePermission(ctx, 'opportunities.read');
  return new ExchangeRatesRepository(ctx.db).currencies(includeDisabled);
}

export async function enabledCurrencies(db: Db): Promise<Set<string>> {
  return new Set((await new ExchangeRatesRepository(db).currencies(false)).map((c) => c.code));
}

export async function listExchangeRates(
  ctx: Context,
  args: { currency?: string | null; from?: string | null; to?: string | null; first?: number | null },
) {
  requirePermission(ctx, 'opportunities.read');
  const currency = args.currency == null ? null : parseInput(currencyCode, args.currency, 'currency');
  const from = args.from == null ? null : parseInput(isoDate, args.from, 'from');
  const to = args.to == null ? null : parseInput(isoDate, args.to, 'to');
  const first = args.first ?? 100;
  if (!Number.isInteger(first) || first < 1 || first > 5000) throw badInput('first', 'validation.pageSize');
  const repo = new ExchangeRatesRepository(ctx.db);
  return repo.list(await repo.baseCurrency(), { currency, from, to }, first);
}

export async function setExchangeRate(ctx: Context, raw: unknown) {
  const viewer = requirePermission(ctx, 'exchangeRates.manage');
  const input = parseInput(SetExchangeRateInput, raw, 'input');
  const repo = new ExchangeRatesRepository(ctx.db);
  const base = await repo.baseCurrency();
  if (input.currency === base) throw badInput('input.currency', 'validation.baseCurrency');
  if (!(await enabledCurrencies(ctx.db)).has(input.currency)) throw badInput('input.currency', 'validation.currency');
  await repo.upsert(base, [input], 'MANUAL', viewer.user.id);
  return (await repo.list(base, { currency: input.currency, from: input.date, to: input.date }, 1))[0]!;
}

export async function deleteExchangeRate(ctx: Context, args: { currency: string; date: string }) {
  requirePermission(ctx, 'exchangeRates.manage');
  const currency = parseInput(currencyCode, args.currency, 'currency');
  const date = parseInput(isoDate, args.date, 'date');
  const repo = new ExchangeRatesRepository(ctx.db);
  return repo.remove(await repo.baseCurrency(), currency, date);
}

export async function importExchangeRates(ctx: Context, args: { format: RateFileFormat; content: string }) {
  const viewer = requirePermission(ctx, 'exchangeRates.manage');
  if (args.content.length > MAX_RATE_FILE_CHARS) throw badInput('content', 'validation.tooLong');
  const repo = new ExchangeRatesRepository(ctx.db);
  const base = await repo.baseCurrency();
  let result: ReturnType<typeof ratesToBase>;
  try {
    result = ratesToBase(parseRateFile(args.format, args.content), base, await enabledCurrencies(ctx.db));
  } catch (error) {
    if (error instanceof RateFileError) throw badInput('content', error.message);
    throw error;
  }
  if (result.rates.length > MAX_RATE_ROWS) throw badInput('content', 'validation.tooMany');
  const imported = await repo.upsert(base, result.rates, args.format, viewer.user.id);
  return { imported, dates: result.dates, skipped: result.skipped };
}

export async function setCurrencyEnabled(ctx: Context, args: { code: string; enabled: boolean }) {
  requirePermission(ctx, 'exchangeRates.manage');
  const code = parseInput(currencyCode, args.code, 'code');
  if (typeof Intl.supportedValuesOf === 'function' && !Intl.supportedValuesOf('currency').includes(code))
    throw badInput('code', 'validation.currency');
  return new ExchangeRatesRepository(ctx.db).setEnabled(code, args.enabled);
}

/**
 * The amount in the base currency at the latest rate on or before `date` (2 decimals, half up), with that rate's
 * date; null when the currency has no rate yet.
 */
export async function toBase(db: Db | Prisma.TransactionClient, amount: string, currency: string, date: string) {
  const repo = new ExchangeRatesRepository(db);
  const base = await repo.baseCurrency();
  if (currency === base) return { baseAmount: new Decimal(amount).toFixed(2), baseCurrency: base, rateDate: date };
  const rate = await repo.latest(base, currency, date);
  if (!rate) return null;
  const value = new Money(amount).div(new Money(rate.rate)).toDecimalPlaces(2, Decimal.ROUND_HALF_UP);
  return { baseAmount: value.toFixed(2), baseCurrency: base, rateDate: rate.date };
}

export async function baseCurrency(db: Db | Prisma.TransactionClient): Promise<string> {
  return new ExchangeRatesRepository(db).baseCurrency();
}
