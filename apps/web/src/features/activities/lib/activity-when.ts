// When an activity happens, as text in the UI language and the user's time zone: a time span, whole days, or a
// task's due date.
import { addDays, dayKey } from './zoned-time.ts';

export interface ActivityTiming {
  startsAt?: string | null;
  endsAt?: string | null;
  allDay: boolean;
  dueAt?: string | null;
}

export interface WhenText {
  /** Date and time, e.g. "12 Mar 2026, 10:00 – 11:30". */
  full: string;
  /** Only the time of day ("10:00 – 11:30", "All day", "Due 17:00"), for lists grouped by day. */
  time: string;
}

type Labels = { allDay: string; due: (time: string) => string; none: string };

export function describeWhen(a: ActivityTiming, locale: string, timeZone: string, labels: Labels): WhenText {
  const date = (iso: string) =>
    new Intl.DateTimeFormat(locale, { dateStyle: 'medium', timeZone }).format(new Date(iso));
  const time = (iso: string) => new Intl.DateTimeFormat(locale, { timeStyle: 'short', timeZone }).format(new Date(iso));
  if (a.startsAt && a.allDay) {
    const first = dayKey(a.startsAt, timeZone);
    // All-day ends are exclusive (the midnight after the last day).
    const lastInstant = a.endsAt ? new Date(new Date(a.endsAt).getTime() - 1).toISOString() : null;
    const last = lastInstant ? dayKey(lastInstant, timeZone) : first;
    const span = last > first ? `${date(a.startsAt)} – ${date(lastInstant!)}` : date(a.startsAt);
    return { full: `${span} (${labels.allDay})`, time: labels.allDay };
  }
  if (a.startsAt) {
    const sameDay = a.endsAt && dayKey(a.endsAt, timeZone) === dayKey(a.startsAt, timeZone);
    const end = a.endsAt ? (sameDay ? time(a.endsAt) : `${date(a.endsAt)} ${time(a.endsAt)}`) : '';
    const span = end ? `${time(a.startsAt)} – ${end}` : time(a.startsAt);
    return { full: `${date(a.startsAt)}, ${span}`, time: span };
  }
  if (a.dueAt) return { full: labels.due(`${date(a.dueAt)}, ${time(a.dueAt)}`), time: labels.due(time(a.dueAt)) };
  return { full: labels.none, time: labels.none };
}

/** The day an activity is listed under in the agenda (start, else due date). */
export function agendaDay(a: ActivityTiming, timeZone: string): string | null {
  const at = a.startsAt ?? a.dueAt;
  return at ? dayKey(at, timeZone) : null;
}

export { addDays };
