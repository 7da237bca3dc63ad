// Workload 3: the calendar of ten agents for one week (calendarEvents), against the same rows selected by hand.
import { fromGlobalId, toGlobalId } from '@veza/shared';
import { assert, type BenchContext, type LatencyWorkload, type Statement } from './types.ts';

const QUERY = `query BenchCalendar($from: DateTime!, $to: DateTime!, $users: [ID!]) {
  calendarEvents(from: $from, to: $to, userIds: $users) { id title start end allDay color activity { id status } }
}`;

/** The API's overlap rule for [from, to) on alias `x`: timed activities by start/end, tasks by due date. */
const overlap = (x: string) => `((${x}.starts_at < $3 AND (${x}.ends_at > $2 OR ${x}.starts_at >= $2))
    OR (${x}.starts_at IS NULL AND ${x}.due_at >= $2 AND ${x}.due_at < $3))`;

/** Owned by one of the users or with one of them taking part; the two branches each on their own index. */
const CALENDAR_SQL = `SELECT a.id, a.subject, COALESCE(a.starts_at, a.due_at) AS start,
    COALESCE(a.ends_at, a.starts_at, a.due_at) AS finish, (a.all_day OR a.starts_at IS NULL) AS all_day, t.color,
    a.status
  FROM activities a JOIN dictionary_values t ON t.id = a.type_id
  WHERE a.id IN (
      SELECT o.id FROM activities o WHERE o.owner_id = ANY ($1::uuid[]) AND ${overlap('o')}
      UNION ALL
      SELECT ap.activity_id FROM activity_participants ap JOIN activities p ON p.id = ap.activity_id
      WHERE ap.user_id = ANY ($1::uuid[]) AND ${overlap('p')})
    AND a.deleted_at IS NULL AND a.status <> 'CANCELLED' AND (t.meta ->> 'showOnCalendar') IS DISTINCT FROM 'false'
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
