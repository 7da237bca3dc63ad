// Compiles an ActivityFilter and the viewer's visibility into a SQL predicate over `activities a`.
import type { ActivityFilter } from '@veza/shared';
import { Prisma } from '../../db/prisma.ts';
import { parseId } from '../../graphql/ids.ts';
import { escapeLike } from '../clients/filter-sql.ts';
import { OVERDUE } from './activities.repository.ts';

type Sql = Prisma.Sql;
const { sql, join } = Prisma;

/** Owned by, or with a participant among, these users. */
export function involving(userIds: string[]): Sql {
  return sql`(a.owner_id = ANY(${userIds}::uuid[]) OR EXISTS (SELECT 1 FROM activity_participants ap
    WHERE ap.activity_id = a.id AND ap.user_id = ANY(${userIds}::uuid[])))`;
}

/**
 * Overlaps [from, to): a timed activity starting before `to` and ending after `from` (so one ending exactly at
 * `from` or starting exactly at `to` is out; one without an end counts as an instant); a task by its due date.
 * Written as three ranges, one per (owner_id, ends_at | starts_at | due_at) index, so a calendar reads only the
 * index entries near the range instead of the owners' whole history.
 */
export function overlapping(from: string | null | undefined, to: string | null | undefined): Sql {
  const f = sql`${from ?? '-infinity'}::timestamptz`;
  const t = sql`${to ?? 'infinity'}::timestamptz`;
  return sql`((a.ends_at > ${f} AND a.starts_at < ${t})
    OR (a.starts_at >= ${f} AND a.starts_at < ${t})
    OR (a.starts_at IS NULL AND a.due_at >= ${f} AND a.due_at < ${t}))`;
}

export const activityTypeIds = (keys: string[]) =>
  sql`(SELECT d.id FROM dictionary_values d WHERE d.kind = 'ACTIVITY_TYPE' AND d.key = ANY(${keys}::text[]))`;

const ids = (values: string[], type: string, field: string) => values.map((v, i) => parseId(v, type, `${field}.${i}`));

export function compileActivityFilter(filter: ActivityFilter | null, prefix = 'filter'): Sql[] {
  if (!filter) return [];
  const parts: Sql[] = [];
  if (filter.userIds?.length) parts.push(involving(ids(filter.userIds, 'User', `${prefix}.userIds`)));
  if (filter.clientIds?.length)
    parts.push(sql`a.client_id = ANY(${ids(filter.clientIds, 'Client', `${prefix}.clientIds`)}::uuid[])`);
  if (filter.typeKeys?.length) parts.push(sql`a.type_id IN ${activityTypeIds(filter.typeKeys)}`);
  if (filter.statuses?.length) parts.push(sql`a.status::text = ANY(${filter.statuses}::text[])`);
  if (filter.priority) parts.push(sql`a.priority::text = ${filter.priority}`);
  if (filter.from || filter.to) parts.push(overlapping(filter.from, filter.to));
  if (filter.overdue != null) parts.push(filter.overdue ? OVERDUE : sql`NOT COALESCE(${OVERDUE}, false)`);
  if (filter.parentId)
    parts.push(sql`a.parent_id = ${parseId(filter.parentId, 'Activity', `${prefix}.parentId`)}::uuid`);
  if (filter.text) {
    const like = `%${escapeLike(filter.text)}%`;
    parts.push(sql`(a.subject ILIKE ${like} OR a.note ILIKE ${like})`);
  }
  return parts;
}

export const all = (parts: Sql[]): Sql => (parts.length ? join(parts, ' AND ') : sql`TRUE`);
