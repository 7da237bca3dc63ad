// Workload 3: the calendar of ten agents for one week (calendarEvents), against the same rows selected by hand.
import { fromGlobalId, toGlobalId } from '@veza/shared';
import { assert, type BenchContext, type LatencyWorkload, type Statement } from './types.ts';

const QUERY = `query BenchCalendar($from: DateTime!, $to: DateTime!, $users: [ID!]) {
  calendarEvents(from: $from, to: $to, userIds: $users) { id title start end allDay color activity { id status } }
}`;

const LONG = `'744:00:00'::interval`;

/**
 * The API's overlap rule for [from, to), one range per index: what starts in the week, what started up to 31 days
 * before and still runs, longer activities on their partial index, tasks by due date.
 */
const OVERLAP = `((a.starts_at >= $2 AND a.starts_at < $3)
    OR (a.starts_at >= $2::timestamptz - ${LONG} AND a.starts_at < $2 AND a.ends_at > $2)
    OR (a.starts_at < $2::timestamptz - ${LONG} AND a.ends_at > $2 AND (a.ends_at - a.starts_at) > ${LONG})
    OR (a.starts_at IS NULL AND a.due_at >= $2 AND a.due_at < $3))
  AND a.deleted_at IS NULL AND a.status <> 'CANCELLED'`;

/** The same over the participants' copies of their activities' spans. */
const SPAN_OVERLAP = `((ap.starts_at >= $2 AND ap.starts_at < $3)
    OR (ap.starts_at >= $2::timestamptz - ${LONG} AND ap.starts_at < $2 AND ap.ends_at > $2)
    OR (ap.starts_at < $2::timestamptz - ${LONG} AND ap.ends_at > $2 AND (ap.ends_at - ap.starts_at) > ${LONG}))`;

/** Owned by one of the users, or (not owned by them and) with one of them taking part: two index-driven branches. */
const CALENDAR_SQL = `SELECT a.id, a.subject, COALESCE(a.starts_at, a.due_at) AS start,
    COALESCE(a.ends_at, a.starts_at, a.due_at) AS finish, (a.all_day OR a.starts_at IS NULL) AS all_day, t.color,
    a.status
  FROM (
    SELECT a.* FROM activities a WHERE a.owner_id = ANY ($1::uuid[]) AND ${OVERLAP}
    UNION ALL
    SELECT a.* FROM activities a
    WHERE a.id IN (SELECT ap.activity_id FROM activity_participants ap
        WHERE ap.user_id = ANY ($1::uuid[]) AND ${SPAN_OVERLAP})
      AND a.owner_id <> ALL ($1::uuid[]) AND ${OVERLAP}) a
  JOIN dictionary_values t ON t.id = a.type_id
  WHERE (t.meta ->> 'showOnCalendar') IS DISTINCT FROM 'false'
  ORDER BY COALESCE(a.starts_at, a.due_at), a.id LIMIT 2000`;

type Answer = { calendarEvents: { id: string; title: string; start: string; activity: { id: string } }[] };

export function calendarWorkload(ctx: BenchContext): LatencyWorkload {
  const { agentIds, week } = ctx.fixtures;
  const statement: Statement = { text: CALENDAR_SQL, values: [agentIds, week.from, week.to] };
  const variables = { from: week.from, to: week.to, users: agentIds.map((id) => toGlobalId('User', id)) };
  return {
    id: 'calendar-week',
    label: `3 calendarEvents: ${agentIds.length} agents × 1 week`,
    targets: { p95Ms: 15 },
    graphql: () => ctx.api.request(QUERY, variables),
    sql: async () => (await ctx.pg.query(statement.text, statement.values)).rows,
    check: (graphql, sql) => {
      const events = (graphql as Answer).calendarEvents;
      const rows = sql as { id: string; subject: string }[];
      assert(Array.isArray(events), 'calendarEvents is not a list');
      assert(events.length === rows.length, `GraphQL returned ${events.length} events, SQL ${rows.length}`);
      assert(events.length > 0, 'no events in the benchmark week: the data does not reach it');
      events.forEach((e, i) => {
        assert(fromGlobalId(e.id)?.id === rows[i]!.id, `event ${i}: GraphQL "${e.title}", SQL "${rows[i]!.subject}"`);
        assert(typeof e.start === 'string' && e.activity?.id === e.id, `event ${i} lacks start or activity`);
      });
      return events.length;
    },
    explain: [statement],
  };
}
