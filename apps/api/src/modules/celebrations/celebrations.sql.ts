// SQL fragments for birthdays and name days: the name key of a first-name column (same as nameKey in name-days.ts),
// the calendars as a derived table, and an MM-DD that falls on a date (Feb 29 falls on Feb 28 in other years).
import { Prisma } from '../../db/prisma.ts';
import { CALENDAR_ROWS, UNACCENT_PAIRS } from './name-days.ts';

export function nameKeySql(column: Prisma.Sql): Prisma.Sql {
  return Prisma.sql`lower(translate(regexp_replace(btrim(${column}), '[[:space:]-].*$', ''), ${UNACCENT_PAIRS.from}, ${UNACCENT_PAIRS.to}))`;
}

/** `SELECT country, name_key, day` of every calendar entry. */
export function calendarSql(): Prisma.Sql {
  return Prisma.sql`SELECT * FROM unnest(${CALENDAR_ROWS.country}::text[], ${CALENDAR_ROWS.key}::text[],
    ${CALENDAR_ROWS.day}::text[]) AS n(country, name_key, day)`;
}

/** True when the MM-DD `mmdd` is celebrated on the date `day`. */
export function fallsOn(mmdd: Prisma.Sql, day: Prisma.Sql): Prisma.Sql {
  return Prisma.sql`(${mmdd} = to_char(${day}, 'MM-DD') OR (${mmdd} = '02-29' AND to_char(${day}, 'MM-DD') = '02-28'
    AND extract(day FROM make_date(extract(year FROM ${day})::int, 3, 1) - 1) = 28))`;
}
