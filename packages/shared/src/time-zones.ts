// Calendar days and wall clocks in named IANA time zones (a user's setting, not the machine's zone), with Intl only:
// the wall clock an instant shows, a zone's offset, the instant a zone's clock shows a time or a day begins.

export interface WallClock {
  year: number;
  month: number;
  day: number;
  hour: number;
  minute: number;
  second: number;
}

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

/** The wall-clock fields (month 1–12) of an instant in the time zone. */
export function wallClock(instant: Date | number, timeZone: string): WallClock {
  const parts = Object.fromEntries(
    formatter(timeZone)
      .formatToParts(instant)
      .map((p) => [p.type, p.value]),
  );
  return {
    year: Number(parts.year),
    month: Number(parts.month),
    day: Number(parts.day),
    hour: Number(parts.hour),
    minute: Number(parts.minute),
    second: Number(parts.second),
  };
}

/** Milliseconds the time zone is ahead of UTC at the instant (Zagreb in winter: 3 600 000). */
export function zoneOffset(instant: number, timeZone: string): number {
  const w = wallClock(instant, timeZone);
  const wall = Date.UTC(w.year, w.month - 1, w.day, w.hour, w.minute, w.second);
  return wall - Math.floor(instant / 1000) * 1000;
}

const pad = (n: number, width = 2) => String(n).padStart(width, '0');

/** The calendar day (YYYY-MM-DD) an instant falls on in the time zone. */
export function localDate(instant: Date | number, timeZone: string): string {
  const w = wallClock(instant, timeZone);
  return `${pad(w.year, 4)}-${pad(w.month)}-${pad(w.day)}`;
}

/** Whole days added to a YYYY-MM-DD day (plain calendar arithmetic, no time zone involved). */
export function addDays(date: string, days: number): string {
  const [y, m, d] = date.split('-').map(Number) as [number, number, number];
  return new Date(Date.UTC(y, m - 1, d + days)).toISOString().slice(0, 10);
}

/** Whole days from `from` to `to` (both YYYY-MM-DD). */
export function daysBetween(from: string, to: string): number {
  return Math.round((Date.parse(`${to}T00:00:00Z`) - Date.parse(`${from}T00:00:00Z`)) / 86_400_000);
}

/**
 * The two instants a wall time may stand for (`wall` is its fields read as UTC), earlier first: equal on an
 * ordinary day; apart by the jump around a daylight-saving change.
 */
function wallTimeCandidates(wall: number, timeZone: string): [number, number] {
  const first = wall - zoneOffset(wall, timeZone);
  const second = wall - zoneOffset(first, timeZone);
  return first <= second ? [first, second] : [second, first];
}

/**
 * The instant at which the zone's clock shows the wall time (`wall` = `Date.UTC` of its fields). A time skipped
 * by a daylight-saving change resolves to the instant just after the gap.
 */
export function wallTimeToInstant(wall: number, timeZone: string): Date {
  return new Date(wallTimeCandidates(wall, timeZone)[1]);
}

/**
 * The first instant of the day (YYYY-MM-DD) in the time zone: its midnight, or where a daylight-saving jump skips
 * midnight (some zones switch at 00:00), the first wall-clock time that exists that day.
 */
export function startOfDay(date: string, timeZone: string): Date {
  const candidates = wallTimeCandidates(Date.parse(`${date}T00:00:00Z`), timeZone);
  return new Date(candidates.find((c) => localDate(c, timeZone) === date) ?? candidates[1]);
}

/**
 * The days an all-day activity covers in the time zone: from the day it starts to the day after the one it ends
 * on (exclusive, as iCalendar's DTEND and FullCalendar count). An end exactly at midnight belongs to the day before;
 * without an end, or with an end not after the start, it covers one day.
 */
export function allDayDates(startsAt: Date, endsAt: Date | null, timeZone: string) {
  const first = localDate(startsAt, timeZone);
  const last = endsAt && endsAt.getTime() > startsAt.getTime() ? localDate(endsAt.getTime() - 1, timeZone) : first;
  return { first, endExclusive: addDays(last > first ? last : first, 1) };
}
