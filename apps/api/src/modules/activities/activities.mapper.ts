// Maps activity rows to GraphQL parents: global id outside, raw foreign keys kept for the field resolvers.
import { globalId } from '../../graphql/ids.ts';
import type { ActivityRow, CalendarRow } from './activities.repository.ts';

export type ActivityNode = Omit<ActivityRow, 'id'> & { id: string; rowId: string };

export function toActivityNode(row: ActivityRow): ActivityNode {
  return { ...row, id: globalId('Activity', row.id), rowId: row.id };
}

/** A task without a time shows as an all-day event on its due date; an event without an end as an instant. */
export function toCalendarEvent(row: CalendarRow) {
  const start = row.startsAt ?? row.dueAt!;
  const id = globalId('Activity', row.id);
  return {
    id,
    title: row.subject,
    start,
    end: row.endsAt ?? start,
    allDay: row.allDay || row.startsAt == null,
    color: row.color,
    // The row itself, with the global id (the extra `color` key is harmless to the Activity resolvers).
    activity: { ...row, id, rowId: row.id } as ActivityNode,
  };
}
