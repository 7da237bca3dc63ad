// All-day activities: which calendar days they cover in a time zone, and the midnight-to-midnight span they are
// stored as (UTC instants of the owner's local midnights), so overlap queries and exports agree on the days.

const formatters = new Map<string, Intl.DateTimeFormat>();

function formatter(timeZone: string): Intl.DateTimeFormat {
  let f = formatters.get(timeZone);
  if (!f) {
    f = new Intl.DateTimeFormat('en-US', {
      timeZone,
      hourCycle: 'h23',
      year: 'numeric',
      month: '2-digit',
      day: '2-digit',
      hour: '2-digit',
      minute: '2-digit',
      second: '2-digit',
    });
    formatters.set(timeZone, f);
  }
  return f;
}

/** The wall-clock fields of an instant in a time zone. */
function wallClock(instant: Date, timeZone: string) {
  const parts = Object.fromEntries(
    formatter(timeZone)
      .formatToParts(instant)
      .map((p) => [p.type, p.value]),
  );
  return {
    y: Number(parts.year),
    m: Number(parts.month),
    d: Number(parts.day),
    h: Number(parts.hour),
    min: Number(parts.minute),
    s: Number(parts.second),
  };
}

const pad = (n: number, width = 2) => String(n).padStart(width, '0');

/** The calendar day (YYYY-MM-DD) an instant falls on in the time zone. */
export function localDate(instant: Date, timeZone: string): string {
  const w = wallClock(instant, timeZone);
  return `${pad(w.y, 4)}-${pad(w.m)}-${pad(w.d)}`;
}

export function addDays(date: string, days: number): string {
  const [y, m, d] = date.split('-').map(Number) as [number, number, number];
  return new Date(Date.UTC(y, m - 1, d + days)).toISOString().slice(0, 10);
}

/** Whole days from `from` to `to` (both YYYY-MM-DD). */
export function daysBetween(from: string, to: string): number {
  return Math.round((Date.parse(`${to}T00:00:00Z`) - Date.parse(`${from}T00:00:00Z`)) / 86_400_000);
}

/** Offset of the time zone from UTC at the instant, in milliseconds (Zagreb in winter: +3 600 000). */
function offsetAt(instant: number, timeZone: string): number {
  const w = wallClock(new Date(instant), timeZone);
  const wall = Date.UTC(w.y, w.m - 1, w.d, w.h, w.min, w.s);
  return wall - Math.floor(instant / 1000) * 1000;
}

/**
 * The first instant of the day in the time zone: its midnight, or where a daylight-saving jump skips midnight
 * (some zones switch at 00:00), the first wall-clock time that exists that day.
 */
export function startOfDay(date: string, timeZone: string): Date {
  const guess = Date.parse(`${date}T00:00:00Z`);
  const first = guess - offsetAt(guess, timeZone);
  const candidates = [first, guess - offsetAt(first, timeZone)].sort((a, b) => a - b);
  const onDay = candidates.find((c) => localDate(new Date(c), timeZone) === date);
  return new Date(onDay ?? candidates[1]!);
}

/**
 * The days an all-day activity covers in the time zone: from the day it starts to the day after the one it ends
 * on (exclusive, as iCalendar's DTEND and FullCalendar count). An end exactly at midnight belongs to the day before;
 * without an end, or with an end not after the start's day, it covers one day.
 */
export function allDayDates(startsAt: Date, endsAt: Date | null, timeZone: string) {
  const first = localDate(startsAt, timeZone);
  const last = endsAt ? localDate(new Date(endsAt.getTime() - 1), timeZone) : first;
  return { first, endExclusive: addDays(last > first ? last : first, 1) };
}

/**
 * Stores an all-day span as the owner's local midnights. The days are read in the time zone of whoever sent them
 * (the viewer's calendar), then anchored in the owner's, so the owner's calendar and feed show the same days.
 * `keepDays` keeps the length in days when a drag moves only the start.
 */
export function allDaySpan(
  startsAt: Date,
  endsAt: Date | null,
  zones: { input: string; owner: string },
  keepDays?: number,
): { startsAt: Date; endsAt: Date } {
  const { first, endExclusive } = allDayDates(startsAt, endsAt, zones.input);
  const end = keepDays != null ? addDays(first, Math.max(1, keepDays)) : endExclusive;
  return { startsAt: startOfDay(first, zones.owner), endsAt: startOfDay(end, zones.owner) };
}
