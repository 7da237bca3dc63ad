// Activities: who sees what (the ACTIVITIES scope: own = owner or participant, team, all), lists, the calendar and
// the agenda. Writes live in activity-writes.service.ts.
import { ActivityFilterInput, AgendaDaysInput, CalendarRangeInput, type ActivityFilter } from '@veza/shared';
import { requirePermission } from '../../auth/permissions.ts';
import { decodeCursor, pageSize, toConnection } from '../../graphql/connection.ts';
import type { Context } from '../../graphql/context.ts';
import { badInput, parseInput } from '../../graphql/errors.ts';
import { parseId, tryParseId } from '../../graphql/ids.ts';
import { nestedClientWhere } from '../clients/index.ts';
import { ActivitiesRepository, type ActivityRow, type ActivitySortKey } from './activities.repository.ts';
import { scopeUserIds, scopeWhere, type Access } from '../visibility/index.ts';
import { toActivityNode, toCalendarEvent } from './activities.mapper.ts';
import {
  agendaParts,
  all,
  compileActivityFilter,
  NOT_CANCELLED,
  NOT_DELETED,
  overlapping,
  sortExpression,
  spanOverlapping,
  type ActivitySortField,
} from './activity-filter.sql.ts';

const CALENDAR_LIMIT = 2000;
const AGENDA_LIMIT = 200;
const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

type Order = { field?: ActivitySortField | null; direction?: 'ASC' | 'DESC' | null };

/** May the viewer read (or edit) this activity? Its owner or a participant is within the viewer's scope. */
export async function canSee(ctx: Context, row: ActivityRow, access: Access = 'read'): Promise<boolean> {
  const ids = scopeUserIds(ctx.viewer!, 'ACTIVITIES', access);
  if (ids == null || ids.includes(row.ownerId)) return true;
  const participants = await ctx.loaders.participantsByActivityId.load(row.id);
  return participants.some((p) => p.userId != null && ids.includes(p.userId));
}

const visibility = (ctx: Context) => scopeWhere(ctx.viewer!, 'ACTIVITIES', 'read', 'a');

/** The viewer's time zone and the compiled client filter (its errors named from `filter.client`). */
async function drillEnv(ctx: Context, filter: ActivityFilter | null) {
  const timeZone = ctx.viewer!.user.timeZone;
  if (!filter?.client) return { timeZone, client: null };
  return { timeZone, client: await nestedClientWhere(ctx, filter.client) };
}

function parseFilter(raw: unknown): ActivityFilter | null {
  return raw == null ? null : parseInput(ActivityFilterInput, raw, 'filter');
}

export async function listActivities(
  ctx: Context,
  args: { filter?: unknown; orderBy?: Order | null; first?: number | null; after?: string | null },
) {
  requirePermission(ctx, 'activities.read');
  const filter = parseFilter(args.filter);
  const where = all([
    NOT_DELETED,
    visibility(ctx),
    ...compileActivityFilter(filter, 'filter', await drillEnv(ctx, filter)),
  ]);
  const key: ActivitySortKey = {
    expr: sortExpression(args.orderBy?.field ?? 'STARTS_AT'),
    desc: (args.orderBy?.direction ?? 'DESC') === 'DESC',
  };
  const first = pageSize(args.first);
  const cursor = decodeCursor(args.after, 2);
  const after = cursor ? { value: String(cursor[0]), id: String(cursor[1]) } : null;
  if (after && (Number.isNaN(Date.parse(after.value)) || !UUID.test(after.id)))
    throw badInput('after', 'validation.cursor');
  const repo = new ActivitiesRepository(ctx.db);
  const rows = await repo.list(where, key, after, first + 1);
  return toConnection(
    rows,
    first,
    after != null,
    (row) => [row.sortKey.toISOString(), row.id],
    toActivityNode,
    () => repo.count(where),
  );
}

export async function getActivity(ctx: Context, globalId: string) {
  requirePermission(ctx, 'activities.read');
  const id = tryParseId(globalId, 'Activity');
  const row = id ? await ctx.loaders.activityById.load(id) : null;
  return row && !row.deletedAt && (await canSee(ctx, row)) ? toActivityNode(row) : null;
}

/** Other users' calendars need calendar.viewOthers; asking without it is FORBIDDEN, not silently filtered. */
export async function calendarEvents(
  ctx: Context,
  args: { from: unknown; to: unknown; userIds?: string[] | null; filter?: unknown },
  activityFields: ReadonlySet<string> | null = null,
) {
  const viewer = requirePermission(ctx, 'activities.read');
  const range = parseInput(CalendarRangeInput, { from: args.from, to: args.to });
  const userIds = (args.userIds?.length ? args.userIds : null)?.map((g, i) => parseId(g, 'User', `userIds.${i}`)) ?? [
    viewer.user.id,
  ];
  if (userIds.some((id) => id !== viewer.user.id)) requirePermission(ctx, 'calendar.viewOthers');
  const filter = parseFilter(args.filter);
  const env = await drillEnv(ctx, filter);
  // Cancelled activities stay off the calendar unless the filter asks for statuses.
  const statuses = filter?.statuses?.length ? [] : [NOT_CANCELLED];
  const where = all([
    NOT_DELETED,
    visibility(ctx),
    overlapping(range.from, range.to),
    ...statuses,
    ...compileActivityFilter(filter, 'filter', env),
  ]);
  const rows = await new ActivitiesRepository(ctx.db).calendar(
    userIds,
    spanOverlapping(range.from, range.to),
    where,
    CALENDAR_LIMIT,
    activityFields,
  );
  return rows.map(toCalendarEvent);
}

/** The viewer's own planned work: upcoming within `days`, and overdue (the complement before now). */
export async function myAgenda(ctx: Context, days: number | null | undefined) {
  const viewer = requirePermission(ctx, 'activities.read');
  const n = parseInput(AgendaDaysInput, days ?? 7, 'days');
  const { upcoming: u, overdue: o } = agendaParts(viewer.user.id, n);
  const repo = new ActivitiesRepository(ctx.db);
  const [upcoming, overdue] = await Promise.all([
    repo.planned(u.where, u.order, AGENDA_LIMIT),
    repo.planned(o.where, o.order, AGENDA_LIMIT),
  ]);
  return { upcoming: upcoming.map(toActivityNode), overdue: overdue.map(toActivityNode) };
}

/** DateTime arguments arrive parsed as Date (also inside input objects); the shared schemas take ISO strings. */
