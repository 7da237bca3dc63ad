// Parsers for the central banks' published daily rate files (uploaded by the user; nothing is fetched):
// ECB eurofxref (XML, daily or history CSV), NBP table A (XML or JSON) and ČNB denni_kurz.txt. Each yields, per
// date, how many units of each currency one unit of the file's own currency buys, as exact decimal strings.
import Decimal from 'decimal.js';

export type RateFileFormat = 'ECB' | 'NBP' | 'CNB';
/** Per date: currency → units of that currency per one unit of `fileBase`. */
export type ParsedRates = { fileBase: string; days: Map<string, Map<string, Decimal>> };

const D = Decimal.clone({ precision: 40, rounding: Decimal.ROUND_HALF_UP });
const NUMBER = /^\d+(\.\d+)?$/;
const CODE = /^[A-Z]{3}$/;
const MONTHS = [
  'january',
  'february',
  'march',
  'april',
  'may',
  'june',
  'july',
  'august',
  'september',
  'october',
  'november',
  'december',
];

export class RateFileError extends Error {}

function day(days: ParsedRates['days'], date: string) {
  let m = days.get(date);
  if (!m) days.set(date, (m = new Map()));
  return m;
}

function put(days: ParsedRates['days'], date: string, code: string, value: string, perUnitsOfBase: boolean) {
  const v = value.trim().replace(',', '.');
  if (!CODE.test(code) || !NUMBER.test(v) || new D(v).isZero()) return;
  // ECB lists currency per EUR already; NBP and ČNB list the base currency per currency, so invert.
  day(days, date).set(code, perUnitsOfBase ? new D(v) : new D(1).div(new D(v)));
}

function ecbDate(text: string): string | null {
  const t = text.trim();
  if (/^\d{4}-\d{2}-\d{2}$/.test(t)) return t;
  const m = /^(\d{1,2}) ([A-Za-z]+) (\d{4})$/.exec(t);
  const month = m ? MONTHS.indexOf(m[2]!.toLowerCase()) : -1;
  return m && month >= 0 ? `${m[3]}-${String(month + 1).padStart(2, '0')}-${m[1]!.padStart(2, '0')}` : null;
}

function parseEcb(content: string): ParsedRates {
  const days: ParsedRates['days'] = new Map();
  if (content.trimStart().startsWith('<')) {
    for (const block of content.matchAll(/<Cube\s+time=['"](\d{4}-\d{2}-\d{2})['"]\s*>([\s\S]*?)<\/Cube>/g)) {
      for (const r of block[2]!.matchAll(/<Cube\s+currency=['"]([A-Z]{3})['"]\s+rate=['"]([\d.]+)['"]/g))
        put(days, block[1]!, r[1]!, r[2]!, true);
    }
  } else {
    const lines = content.split(/\r?\n/).filter((l) => l.trim());
    const header = (lines[0] ?? '').split(',').map((h) => h.trim());
    if (header[0] !== 'Date') throw new RateFileError('validation.rateFile.format');
    for (const line of lines.slice(1)) {
      const cells = line.split(',');
      const date = ecbDate(cells[0] ?? '');
      if (date) header.slice(1).forEach((code, i) => put(days, date, code, cells[i + 1] ?? '', true));
    }
  }
  return { fileBase: 'EUR', days };
}

function parseNbp(content: string): ParsedRates {
  const days: ParsedRates['days'] = new Map();
  if (content.trimStart().startsWith('<')) {
    for (const table of content.matchAll(/<ExchangeRatesTable[\s\S]*?<\/ExchangeRatesTable>/g)) {
      const date = /<EffectiveDate>(\d{4}-\d{2}-\d{2})<\/EffectiveDate>/.exec(table[0])?.[1];
      if (!date) continue;
      for (const r of table[0].matchAll(/<Code>([A-Z]{3})<\/Code>\s*<Mid>([\d.,]+)<\/Mid>/g))
        put(days, date, r[1]!, r[2]!, false);
    }
  } else {
    let json: unknown;
    try {
      json = JSON.parse(content);
    } catch {
      throw new RateFileError('validation.rateFile.format');
    }
    const tables = Array.isArray(json) ? json : [json];
    for (const t of tables as { effectiveDate?: unknown; rates?: { code?: unknown; mid?: unknown }[] }[]) {
      if (typeof t?.effectiveDate !== 'string' || !Array.isArray(t.rates)) continue;
      // JSON numbers arrive as doubles; String() gives back the shortest decimal, i.e. the published digits.
      for (const r of t.rates) if (typeof r.code === 'string') put(days, t.effectiveDate, r.code, String(r.mid), false);
    }
  }
  return { fileBase: 'PLN', days };
}

function parseCnb(content: string): ParsedRates {
  const days: ParsedRates['days'] = new Map();
  const lines = content.split(/\r?\n/);
  const m = /^(\d{2})\.(\d{2})\.(\d{4})/.exec(lines[0]?.trim() ?? '');
  if (!m) throw new RateFileError('validation.rateFile.format');
  const date = `${m[3]}-${m[2]}-${m[1]}`;
  for (const line of lines.slice(2)) {
    const [, , amount, code, rate] = line.split('|');
    const units = amount?.trim() ?? '';
    const value = rate?.trim().replace(',', '.') ?? '';
    if (!code || !/^[1-9]\d*$/.test(units) || !NUMBER.test(value)) continue;
    put(days, date, code.trim(), new D(value).div(units).toFixed(), false);
  }
  return { fileBase: 'CZK', days };
}

export function parseRateFile(format: RateFileFormat, content: string): ParsedRates {
  const parsed = format === 'ECB' ? parseEcb(content) : format === 'NBP' ? parseNbp(content) : parseCnb(content);
  if (!parsed.days.size) throw new RateFileError('validation.rateFile.empty');
  return parsed;
}

/**
 * Rates to `base` (units of each currency per one unit of base), rounded to 10 decimals, for the `wanted`
 * currencies; a day whose file lacks the base currency is an error (no cross rate possible).
 */
export function ratesToBase(parsed: ParsedRates, base: string, wanted: ReadonlySet<string>) {
  const out: { currency: string; date: string; rate: string }[] = [];
  const skipped = new Set<string>();
  for (const [date, rates] of parsed.days) {
    const all = new Map(rates).set(parsed.fileBase, new D(1));
    const perBase = all.get(base);
    if (!perBase) throw new RateFileError('validation.rateFile.noBase');
    for (const [code, units] of all) {
      if (code === base) continue;
      if (!wanted.has(code)) skipped.add(code);
      else out.push({ currency: code, date, rate: units.div(perBase).toDecimalPlaces(10).toFixed() });
    }
  }
  return { rates: out, skipped: [...skipped].sort(), dates: [...parsed.days.keys()].sort() };
}
