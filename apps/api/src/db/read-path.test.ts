// The digit-by-digit timestamptz parser agrees with pg's own on every form PostgreSQL prints (±infinity as Prisma).
import pg from 'pg';
import { describe, expect, it } from 'vitest';
import { parseTimestamptz } from './read-path.ts';

const pgParse = pg.types.getTypeParser(pg.types.builtins.TIMESTAMPTZ) as (text: string) => Date;

describe('parseTimestamptz', () => {
  it.each([
    '2026-12-07 15:40:00+00',
    '2026-12-07 15:40:00.1+00',
    '2026-12-07 15:40:00.123456+00',
    '2026-12-07 15:40:00.999999+00',
    '2026-12-07 15:40:00.5+05:30',
    '2026-12-07 00:10:00.123-03',
    '2026-12-31 23:59:59.999-09:30',
    '2024-02-29 12:00:00+14',
    '1970-01-01 00:00:00+00',
    '0100-03-01 00:00:00+00',
    '0099-01-01 00:00:00+00',
    '9999-12-31 23:59:59.999999+00',
    '2026-12-07 15:40:00+00:00:30',
    '0044-03-15 12:00:00+00 BC',
  ])('reads %s as pg does', (text) => {
    expect(parseTimestamptz(text).getTime()).toBe(pgParse(text).getTime());
  });

  it('reads ±infinity as an invalid Date, as Prisma does', () => {
    expect(parseTimestamptz('infinity').getTime()).toBeNaN();
    expect(parseTimestamptz('-infinity').getTime()).toBeNaN();
  });
});
