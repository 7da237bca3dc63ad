// Calendar days in the user's time zone (not the browser's): all-day spans and day shifts that respect DST.
import { allDayDates, localDate, wallClock } from '@veza/shared';
import * as InstantFns from 'temporal-polyfill/fns/Instant';
import * as ZonedFns from 'temporal-polyfill/fns/ZonedDateTime';

type Instant = string | Date;

function zoned(instant: Instant, timeZone: string) {
  const ms = typeof instant === 'string' ? Date.parse(instant) : instant.getTime();
  return InstantFns.toZonedDateTimeISO(InstantFns.fromEpochMilliseconds(ms), timeZone);
}

const pad = (n: number) => String(n).padStart(2, '0');

/** The calendar date (YYYY-MM-DD) an instant falls on in the time zone. */
export function zonedDate(instant: Instant, timeZone: string): string {
  return localDate(new Date(instant), timeZone);
}

/** Wall-clock time (HH:mm) of an instant in the time zone. */
export function zonedTime(instant: Instant, timeZone: string): string {
  const w = wallClock(new Date(instant), timeZone);
  return `${pad(w.hour)}:${pad(w.minute)}`;
}

/** Whether the instant is exactly the start of a day in the time zone. */
export function isZonedMidnight(instant: Instant, timeZone: string): boolean {
  const z = zoned(instant, timeZone);
  return z.epochMilliseconds === ZonedFns.startOfDay(z).epochMilliseconds;
}

/**
 * The same wall-clock time `days` calendar days later in the time zone, as a UTC ISO string.
 * Across a DST change this is 23 or 25 hours, which is what a user dragging an event by a day means.
 */
export function addZonedDays(instant: Instant, days: number, timeZone: string): string {
  return new Date(ZonedFns.addDays(zoned(instant, timeZone), days).epochMilliseconds).toISOString();
}

/**
 * The dates an all-day activity covers, end exclusive (as FullCalendar expects). An end at midnight is
 * already exclusive; an end during a day includes that day; no end (or one not after the start) is one day.
 */
export function allDaySpan(start: Instant, end: Instant | null, timeZone: string): { start: string; end: string } {
  const { first, endExclusive } = allDayDates(new Date(start), end == null ? null : new Date(end), timeZone);
  return { start: first, end: endExclusive };
}
