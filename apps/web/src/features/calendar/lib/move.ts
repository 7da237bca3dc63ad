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
 * Timed events send the new instants as FullCalendar computed them; `end: null` lets the API keep the duration.
 * All-day activities send the viewer's midnights FullCalendar computed: the API reads those days in the viewer's
 * zone and stores the owner's midnights; a drag sends no end, so the API keeps the length in days (across DST too),
 * a resize sends the exclusive end. A task with only a due date shifts that instant by whole days in the viewer's
 * zone instead, so a task due at 17:00 stays due at 17:00 on its new day.
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
  if (!facts.startsAt) {
    if (change.kind !== 'drop' || !facts.dueAt) return null;
    return { ...base, start: addZonedDays(facts.dueAt, change.dayDelta, timeZone), end: null };
  }
  if (change.kind === 'resize')
    return event.end ? { ...base, start: event.start.toISOString(), end: event.end.toISOString() } : null;
  return { ...base, start: event.start.toISOString(), end: null };
}
