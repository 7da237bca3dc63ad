// A thin read path for the hottest list statements (the client list page and its counts, the calendar): the same
// `Prisma.Sql` sent straight through `pg` on the Prisma client's own pool, skipping Prisma's raw-query machinery (its
// query compiler, the adapter's row arrays and the typed-value round trip). Same pool, so the same connection cap, the
// audit context (db/audit-context.ts) and the statement log for tests. Rows come back in the shape $queryRaw gives:
// timestamps and dates as Date (UTC), bigint as BigInt, json/jsonb parsed, arrays as arrays. numeric is refused
// (Prisma would give a Decimal): cast it in the statement. Inside a transaction the client has no pool of its own here,
// so the statement runs through Prisma on the transaction's connection.
import pg from 'pg';
import type { Prisma } from './generated/prisma/client.ts';

type Queryable = { $queryRaw<T = unknown>(query: Prisma.Sql): Prisma.PrismaPromise<T> };
type ReadPath = { pool: pg.Pool; onQuery?: (sql: string) => void };

const paths = new WeakMap<object, ReadPath>();

/**
 * Called by createPrisma: statements read through `db` may use `pool` (the one its adapter owns).
 * VEZA_READ_PATH=prisma keeps every statement on Prisma (for comparisons).
 */
export function registerReadPath(db: object, path: ReadPath): void {
  if (process.env.VEZA_READ_PATH !== 'prisma') paths.set(db, path);
}

const digit = (s: string, i: number) => s.charCodeAt(i) - 48;
const two = (s: string, i: number) => digit(s, i) * 10 + digit(s, i + 1);
const pgParser = pg.types.getTypeParser(pg.types.builtins.TIMESTAMPTZ) as (text: string) => Date | number;
/** pg's parser, with ±infinity as an invalid Date like Prisma's. */
const pgTimestamptz = (text: string): Date => {
  const value = pgParser(text);
  return value instanceof Date ? value : new Date(NaN);
};

/**
 * `2026-12-07 15:40:00.123456+00` (PostgreSQL's text form in any session time zone: offset ±HH or ±HH:MM) to a Date,
 * digit by digit: about a fifth of pg's own parser's time, which a thousand calendar events notice. Anything else
 * (BC, years beyond 9999, second offsets) goes to pg's parser; ±infinity is an invalid Date, as Prisma gives it.
 */
export function parseTimestamptz(s: string): Date {
  const n = s.length;
  if (n < 22 || s.charCodeAt(4) !== 45 || s.charCodeAt(10) !== 32 || s.charCodeAt(13) !== 58) return pgTimestamptz(s);
  let i = 19;
  let ms = 0;
  if (s.charCodeAt(19) === 46) {
    let scale = 100;
    for (i = 20; i < n; i++) {
      const c = digit(s, i);
      if (c < 0 || c > 9) break;
      ms += c * scale;
      scale /= 10;
    }
  }
  const sign = s.charCodeAt(i);
  const short = i + 3 === n;
  if ((sign !== 43 && sign !== 45) || !(short || (i + 6 === n && s.charCodeAt(i + 3) === 58))) return pgTimestamptz(s);
  const offset = (sign === 45 ? -1 : 1) * (two(s, i + 1) * 60 + (short ? 0 : two(s, i + 4)));
  const year = two(s, 0) * 100 + two(s, 2);
  const utc = Date.UTC(year, two(s, 5) - 1, two(s, 8), two(s, 11), two(s, 14), two(s, 17), Math.floor(ms));
  // Date.UTC maps years 0–99 to 1900–1999; such instants are left to pg's parser.
  return year < 100 ? pgTimestamptz(s) : new Date(utc - offset * 60_000);
}

/** `timestamp` and `date` read as UTC, as Prisma reads them. */
const utc = (suffix: string) => (text: string) => {
  const date = new Date(text.replace(' ', 'T') + suffix);
  return Number.isNaN(date.getTime()) ? text : date;
};

const parsers: Partial<Record<number, (text: string) => unknown>> = {
  [pg.types.builtins.TIMESTAMPTZ]: parseTimestamptz,
  [pg.types.builtins.TIMESTAMP]: utc('Z'),
  [pg.types.builtins.DATE]: utc('T00:00:00Z'),
  [pg.types.builtins.INT8]: (text) => BigInt(text),
  [pg.types.builtins.NUMERIC]: () => {
    throw new Error('read-path: cast numeric columns in the statement (Prisma would return a Decimal)');
  },
};

const types = {
  getTypeParser: ((oid: number, format?: 'text' | 'binary') =>
    parsers[oid] ?? pg.types.getTypeParser(oid, format)) as pg.CustomTypesConfig['getTypeParser'],
};

/** The rows of a read-only statement through `pg` when `db` is a pooled Prisma client, else through `$queryRaw`. */
export async function readRows<T>(db: Queryable, query: Prisma.Sql): Promise<T[]> {
  const path = paths.get(db);
  if (!path) return db.$queryRaw<T[]>(query);
  const text = query.text;
  path.onQuery?.(text);
  const result = await path.pool.query<T & pg.QueryResultRow>({ text, values: query.values, types });
  return result.rows;
}
