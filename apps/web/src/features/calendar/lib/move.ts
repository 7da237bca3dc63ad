// A finished drag or resize turned into `moveActivity` variables (UTC instants, with the version the calendar showed).
import type { EventFacts } from './event-mapping.ts';
import { addZonedDays } from './zoned.ts';

/** The parts of FullCalendar's changed event this needs (its `EventApi` after the drop or resize). */
export interface ChangedEvent {
  allDay: boolean;
  start: Date | null;
  end: Date | null;
  extendedProps: EventFacts;
}

export interface MoveVariables {
  id: string;
  version: number;
  start: string;
  end: string | null;
}

/**
 * Timed events send the new instants as FullCalendar computed them. All-day events shift the stored instants by
 * whole days in the user's zone instead of sending midnights, so a task due at 17:00 stays due at 17:00 on its new
 * day. A resized all-day event ends at the (exclusive) midnight after its new last day, as the form stores it.
 * `end: null` lets the API keep the duration (or move only the due date of a task without a time).
 */
export function moveVariables(
  change: { kind: 'drop'; dayDelta: number } | { kind: 'resize' },
  event: ChangedEvent,
  timeZone: string,
): MoveVariables | null {
  const facts = event.extendedProps;
  const base = { id: facts.activityId, version: facts.version };
  if (!event.start) return null;
  if (!event.allDay) {
    return { ...base, start: event.start.toISOString(), end: event.end ? event.end.toISOString() : null };
  }
  if (change.kind === 'resize') {
    if (!facts.startsAt || !event.end) return null;
    return { ...base, start: facts.startsAt, end: event.end.toISOString() };
  }
  const shift = (iso: string) => addZonedDays(iso, change.dayDelta, timeZone);
  if (!facts.startsAt) return facts.dueAt ? { ...base, start: shift(facts.dueAt), end: null } : null;
  return { ...base, start: shift(facts.startsAt), end: facts.endsAt ? shift(facts.endsAt) : null };
}
