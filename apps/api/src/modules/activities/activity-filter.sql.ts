// Compiles an ActivityFilter and the viewer's visibility into a SQL predicate over `activities a`.
import type { ActivityFilter } from '@veza/shared';
import { Prisma } from '../../db/prisma.ts';
import { parseId } from '../../graphql/ids.ts';
import { escapeLike } from '../clients/index.ts';
import { OVERDUE } from './activities.repository.ts';
import { compileDrillFilter, type DrillEnv } from './activity-drill.sql.ts';

type Sql = Prisma.Sql;
const { sql, join, raw } = Prisma;

/** Owned by, or with a participant among, these users. */
export function involving(userIds: string[]): Sql {
  return sql`(a.owner_id = ANY(${userIds}::uuid[]) OR EXISTS (SELECT 1 FROM activity_participants ap
    WHERE ap.activity_id = a.id AND ap.user_id = ANY(${userIds}::uuid[])))`;
}

/** Activities longer than this have their own partial indexes (migration `…_calendar_spans`); same text there. */
export const LONG_SPAN = raw(`'744:00:00'::interval`);

/**
 * Spans of `alias` (a table with starts_at / ends_at) overlapping [f, t), as three index ranges: what starts inside
 * the range; what started up to 31 days before and still runs (the end is checked inside a (…, start, end) index);
 * what started earlier still — necessarily longer than 31 days, on a partial index of those few.
 */
function spanRanges(alias: 'a' | 'ap', f: Sql, t: Sql): Sql {
  const [start, end] = [raw(`${alias}.starts_at`), raw(`${alias}.ends_at`)];
  return sql`(${start} >= ${f} AND ${start} < ${t})
    OR (${start} >= ${f} - ${LONG_SPAN} AND ${start} < ${f} AND ${end} > ${f})
    OR (${start} < ${f} - ${LONG_SPAN} AND ${end} > ${f} AND (${end} - ${start}) > ${LONG_SPAN})`;
}

/**
 * Overlaps [from, to): a timed activity starting before `to` and ending after `from` (so one ending exactly at
 * `from` or starting exactly at `to` is out; one without an end counts as an instant); a task by its due date.
 * The span ranges above plus the due date, so a calendar reads only the index entries near the range, never an
 * owner's whole history.
 */
export function overlapping(from: string | null | undefined, to: string | null | undefined): Sql {
  const f = sql`${from ?? '-infinity'}::timestamptz`;
  const t = sql`${to ?? 'infinity'}::timestamptz`;
  return sql`(${spanRanges('a', f, t)} OR (a.starts_at IS NULL AND a.due_at >= ${f} AND a.due_at < ${t}))`;
}

/**
 * The same rule over participants' copies of their activity's span (`ap.starts_at` = start or due date, `ap.ends_at`
 * = end, else start, else due date), for the participant branch of a calendar: a superset the exact rule then
 * checks on the activity itself.
 */
export function spanOverlapping(from: string, to: string): Sql {
  return sql`(${spanRanges('ap', sql`${from}::timestamptz`, sql`${to}::timestamptz`)})`;
}

export const activityTypeIds = (keys: string[]) =>
  sql`(SELECT d.id FROM dictionary_values d WHERE d.kind = 'ACTIVITY_TYPE' AND d.key = ANY(${keys}::text[]))`;

/**
 * The thread of an activity: up its parent chain (primary key), then down from every activity found there
 * (index on parent_id) — the main task's whole tree. UNION, not UNION ALL, so a cycle of parents still ends.
 */
function inThreadOf(activityId: string): Sql {
  return sql`a.id IN (WITH RECURSIVE up(id, parent_id) AS (
      SELECT t.id, t.parent_id FROM activities t WHERE t.id = ${activityId}::uuid
      UNION SELECT p.id, p.parent_id FROM activities p JOIN up ON p.id = up.parent_id
    ), down(id) AS (
      SELECT up.id FROM up
      UNION SELECT c.id FROM activities c JOIN down ON c.parent_id = down.id
    ) SELECT down.id FROM down)`;
}

const ids = (values: string[], type: string, field: string) => values.map((v, i) => parseId(v, type, `${field}.${i}`));

/** `env`: the days' default time zone and the compiled client filter (lists that accept `client` pass it). */
export function compileActivityFilter(
  filter: ActivityFilter | null,
  prefix = 'filter',
  env: Omit<DrillEnv, 'prefix'> = { timeZone: 'UTC', client: null },
): Sql[] {
  if (!filter) return [];
  const parts: Sql[] = compileDrillFilter(filter, { ...env, prefix });
  if (filter.userIds?.length) parts.push(involving(ids(filter.userIds, 'User', `${prefix}.userIds`)));
  if (filter.clientIds?.length)
    parts.push(sql`a.client_id = ANY(${ids(filter.clientIds, 'Client', `${prefix}.clientIds`)}::uuid[])`);
  if (filter.typeKeys?.length) parts.push(sql`a.type_id IN ${activityTypeIds(filter.typeKeys)}`);
  if (filter.statuses?.length) parts.push(sql`a.status::text = ANY(${filter.statuses}::text[])`);
  if (filter.priority) parts.push(sql`a.priority::text = ${filter.priority}`);
  if (filter.from || filter.to) parts.push(overlapping(filter.from, filter.to));
  if (filter.overdue != null) parts.push(filter.overdue ? OVERDUE : sql`NOT COALESCE(${OVERDUE}, false)`);
  if (filter.opportunityId)
    parts.push(
      sql`a.opportunity_id = ${parseId(filter.opportunityId, 'Opportunity', `${prefix}.opportunityId`)}::uuid`,
    );
  if (filter.parentId)
    parts.push(sql`a.parent_id = ${parseId(filter.parentId, 'Activity', `${prefix}.parentId`)}::uuid`);
  if (filter.threadOf) parts.push(inThreadOf(parseId(filter.threadOf, 'Activity', `${prefix}.threadOf`)));
  if (filter.text) {
    const like = `%${escapeLike(filter.text)}%`;
    parts.push(sql`(a.subject ILIKE ${like} OR a.note ILIKE ${like})`);
  }
  return parts;
}

export const all = (parts: Sql[]): Sql => (parts.length ? join(parts, ' AND ') : sql`TRUE`);

export const NOT_DELETED = sql`a.deleted_at IS NULL`;
export const NOT_CANCELLED = sql`a.status <> 'CANCELLED'`;

const SORT_EXPRESSIONS = {
  STARTS_AT: 'COALESCE(a.starts_at, a.due_at, a.created_at)',
  CREATED_AT: 'a.created_at',
  UPDATED_AT: 'a.updated_at',
} as const;
export type ActivitySortField = keyof typeof SORT_EXPRESSIONS;
export const sortExpression = (field: ActivitySortField): Sql => raw(SORT_EXPRESSIONS[field]);

/**
 * A user's planned work for the agenda: upcoming within `days`, and overdue (the complement before now), each with
 * its order. Types an administrator took off the home screen ("show on home screen" off) stay in lists and the
 * calendar.
 */
export function agendaParts(userId: string, days: number): Record<'upcoming' | 'overdue', { where: Sql; order: Sql }> {
  const mine = sql`${involving([userId])} AND NOT EXISTS (SELECT 1 FROM dictionary_values t
    WHERE t.id = a.type_id AND (t.meta ->> 'showOnHome') = 'false')`;
  return {
    upcoming: {
      where: sql`${mine} AND COALESCE(a.due_at, a.ends_at, a.starts_at) >= now()
        AND COALESCE(a.starts_at, a.due_at) < now() + make_interval(days => ${days}::int)`,
      order: sql`COALESCE(a.starts_at, a.due_at)`,
    },
    overdue: {
      where: sql`${mine} AND COALESCE(a.due_at, a.ends_at, a.starts_at) < now()`,
      order: sql`COALESCE(a.due_at, a.ends_at, a.starts_at)`,
    },
  };
}
