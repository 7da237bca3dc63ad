// SQL pieces the lists share for report drill-down (activities, opportunities): a period on one of the record's dates
// as instants and as local days in a time zone, and the owner's team (their manager, a report's TEAM group).
// The days become a range of instants on the date itself (so an index on that date serves it, a day wider on each
// side for any time zone rule) plus the exact re-check of the local day, as the reports compute it.
import { Prisma } from './prisma.ts';

type Sql = Prisma.Sql;
const { sql } = Prisma;

export type PeriodFilter = {
  dateFrom?: string | null;
  dateTo?: string | null;
  dayFrom?: string | null;
  dayTo?: string | null;
};

/** [dateFrom, dateTo) and [dayFrom, dayTo] local days in `timeZone` on the expression `at` (a timestamptz). */
export function periodOn(at: Sql, f: PeriodFilter, timeZone: string): Sql[] {
  const out: Sql[] = [];
  if (f.dateFrom) out.push(sql`${at} >= ${f.dateFrom}::timestamptz`);
  if (f.dateTo) out.push(sql`${at} < ${f.dateTo}::timestamptz`);
  const day = sql`(${at} AT TIME ZONE ${timeZone})::date`;
  if (f.dayFrom)
    out.push(sql`${at} >= (${f.dayFrom}::date::timestamp AT TIME ZONE ${timeZone}) - interval '1 day'
      AND ${day} >= ${f.dayFrom}::date`);
  if (f.dayTo)
    out.push(sql`${at} < ((${f.dayTo}::date + 1)::timestamp AT TIME ZONE ${timeZone}) + interval '1 day'
      AND ${day} <= ${f.dayTo}::date`);
  return out;
}

/** The owner's manager is one of `teamIds`. */
export const ownerTeam = (owner: Sql, teamIds: string[]): Sql =>
  sql`${owner} IN (SELECT u.id FROM users u WHERE u.manager_id = ANY(${teamIds}::uuid[]))`;
export const ownerWithoutTeam = (owner: Sql): Sql =>
  sql`${owner} IN (SELECT u.id FROM users u WHERE u.manager_id IS NULL)`;
