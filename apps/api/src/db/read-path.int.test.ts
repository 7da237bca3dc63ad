// The pg read path gives the rows Prisma's $queryRaw gives, value for value, in any session time zone; inside a
// transaction it runs on the transaction's connection; numeric columns are refused rather than changed in type.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestDatabase, type TestDatabase } from '../test/db.ts';
import { Prisma, createPrisma } from './prisma.ts';
import { readRows } from './read-path.ts';

let database: TestDatabase;

beforeAll(async () => {
  database = await createTestDatabase();
});
afterAll(() => database.drop());

const VALUES = Prisma.sql`SELECT v.*, ${'2026-03-29T01:30:00.000Z'}::timestamptz AS param_ts,
    ${['a', 'b']}::text[] AS param_list
  FROM (VALUES
    ('2026-12-07 15:40:00.123456+00'::timestamptz, '2026-12-07 15:40:00.5'::timestamp, '2026-02-28'::date,
     9007199254740993::int8, 42::int, 1.5::float8, '{"a":[1,"x"],"b":null}'::jsonb, '{"x","y z"}'::text[],
     '0190a8d2-8f6e-7c3a-9a3b-5b1c2d3e4f50'::uuid, true, NULL::timestamptz, 'LEGAL'::text),
    ('0099-01-01 00:00:00+00'::timestamptz, '1999-12-31 23:59:59'::timestamp, '2000-01-01'::date,
     -1::int8, -7::int, -0.25::float8, '[]'::jsonb, '{}'::text[],
     '0190a8d2-8f6e-7c3a-9a3b-5b1c2d3e4f51'::uuid, false, 'infinity'::timestamptz, 'NATURAL'::text)
  ) AS v(ts, local_ts, day, big, small, float, doc, list, id, flag, inf, kind)`;

describe('readRows', () => {
  it('returns what $queryRaw returns, in UTC and in a zone with a half-hour offset', async () => {
    const expected = await database.prisma.$queryRaw(VALUES);
    expect(await readRows(database.prisma, VALUES)).toEqual(expected);
    // A session in another time zone sends other offsets in the text; the instants are the same.
    await database.prisma.$executeRawUnsafe(`ALTER DATABASE "${new URL(database.url).pathname.slice(1)}"
      SET timezone TO 'Asia/Kolkata'`);
    const fresh = createPrisma(database.url);
    try {
      const rows = await readRows<{ ts: Date }>(fresh, VALUES);
      expect(rows[0]!.ts.toISOString()).toBe('2026-12-07T15:40:00.123Z');
      expect(rows).toEqual(expected);
    } finally {
      await fresh.$disconnect();
    }
  });

  it('runs inside a transaction on its connection', async () => {
    await database.prisma.$transaction(async (tx) => {
      await tx.$executeRaw`CREATE TEMP TABLE only_here (n int) ON COMMIT DROP`;
      await tx.$executeRaw`INSERT INTO only_here VALUES (7)`;
      expect(await readRows(tx, Prisma.sql`SELECT n FROM only_here`)).toEqual([{ n: 7 }]);
    });
  });

  it('survives its idle connection being terminated before Prisma itself ever connected', async () => {
    const fresh = createPrisma(database.url);
    try {
      const [{ pid }] = await readRows<{ pid: number }>(fresh, Prisma.sql`SELECT pg_backend_pid() AS pid`);
      await database.prisma.$queryRaw`SELECT pg_terminate_backend(${pid}::int)`;
      // The pool drops the dead connection and opens another; an unhandled 'error' would fail the whole run.
      await new Promise((resolve) => setTimeout(resolve, 200));
      expect(await readRows(fresh, Prisma.sql`SELECT 1 AS n`)).toEqual([{ n: 1 }]);
    } finally {
      await fresh.$disconnect();
    }
  });

  it('refuses a numeric column instead of changing its type', async () => {
    await expect(readRows(database.prisma, Prisma.sql`SELECT 1.5::numeric AS n`)).rejects.toThrow(/numeric/);
    expect(await readRows(database.prisma, Prisma.sql`SELECT 1`)).toEqual([{ '?column?': 1 }]);
  });
});
