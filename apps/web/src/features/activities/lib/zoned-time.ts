// Converts between instants and the wall-clock values of date / date-time inputs in the user's own time zone
// (a user setting, which may differ from the browser's zone).
import { wallClock, wallTimeToInstant } from '@veza/shared';

// Plain calendar arithmetic on YYYY-MM-DD days, shared with the API.
export { addDays } from '@veza/shared';

const pad = (n: number) => String(n).padStart(2, '0');

/** "YYYY-MM-DDTHH:mm" (or "YYYY-MM-DD" without `withTime`) as the zone's clock shows the instant. */
export function toWallValue(value: Date | string | null | undefined, timeZone: string, withTime = true): string {
  if (value == null || value === '') return '';
  const date = typeof value === 'string' ? new Date(value) : value;
  if (Number.isNaN(date.getTime())) return '';
  const w = wallClock(date, timeZone);
  const day = `${w.year}-${pad(w.month)}-${pad(w.day)}`;
  return withTime ? `${day}T${pad(w.hour)}:${pad(w.minute)}` : day;
}

const WALL = /^(\d{4})-(\d{2})-(\d{2})(?:T(\d{2}):(\d{2}))?$/;

/**
 * The instant at which the zone's clock shows the wall value; null for an empty or malformed value.
 * A time skipped by a daylight-saving change resolves to the instant just after the gap.
 */
export function fromWallValue(value: string, timeZone: string): Date | null {
  const m = WALL.exec(value.trim());
  if (!m) return null;
  const [, y, mo, d, h = '0', mi = '0'] = m;
  const wall = Date.UTC(Number(y), Number(mo) - 1, Number(d), Number(h), Number(mi));
  const check = new Date(wall);
  if (check.getUTCMonth() !== Number(mo) - 1 || check.getUTCDate() !== Number(d)) return null;
  return wallTimeToInstant(wall, timeZone);
}

/** The ISO instant of a wall value, or null when empty; an unparseable value stays as typed so validation names it. */
export function wallValueToIso(value: string, timeZone: string): string | null {
  if (!value.trim()) return null;
  return fromWallValue(value, timeZone)?.toISOString() ?? value;
}

/** The calendar day (YYYY-MM-DD) of an instant in the zone: groups the agenda by day. */
export function dayKey(value: Date | string, timeZone: string): string {
  return toWallValue(value, timeZone, false);
}
