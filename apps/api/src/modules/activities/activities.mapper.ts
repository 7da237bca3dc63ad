// Maps activity rows to GraphQL parents: global id outside, raw foreign keys kept for the field resolvers.
import { globalId } from '../../graphql/ids.ts';
import type { ActivityRow, CalendarRow } from './activities.repository.ts';

export type ActivityNode = Omit<ActivityRow, 'id'> & { id: string; rowId: string };

export function toActivityNode(row: ActivityRow): ActivityNode {
  return { ...row, id: globalId('Activity', row.id), rowId: row.id };
}

/**
 * A task without a time shows as an all-day event on its due date; an event without an end as an instant. The row
 * becomes the event's activity in place (a calendar's own rows: no copy of each; the extra `color` key is harmless to
 * the Activity resolvers).
 */
export function toCalendarEvent(row: CalendarRow) {
  const start = row.startsAt ?? row.dueAt!;
  const rowId = row.id;
  const id = globalId('Activity', rowId);
  return {
    id,
    title: row.subject,
    start,
    end: row.endsAt ?? start,
    allDay: row.allDay || row.startsAt == null,
    color: row.color,
    activity: Object.assign(row, { id, rowId }) satisfies ActivityNode,
  };
}
