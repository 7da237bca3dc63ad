// Converts between instants and the wall-clock values of date / date-time inputs in the user's own time zone
// (a user setting, which may differ from the browser's zone).

const pad = (n: number) => String(n).padStart(2, '0');

function wallParts(date: Date, timeZone: string) {
  const parts = new Intl.DateTimeFormat('en-US', {
    timeZone,
    hourCycle: 'h23',
    year: 'numeric',
    month: '2-digit',
    day: '2-digit',
    hour: '2-digit',
    minute: '2-digit',
    second: '2-digit',
  }).formatToParts(date);
  const get = (type: Intl.DateTimeFormatPartTypes) => Number(parts.find((p) => p.type === type)?.value ?? 0);
  return { y: get('year'), mo: get('month'), d: get('day'), h: get('hour'), mi: get('minute'), s: get('second') };
}

/** Milliseconds the zone is ahead of UTC at this instant. */
function offsetAt(instant: number, timeZone: string): number {
  const p = wallParts(new Date(instant), timeZone);
  const asUtc = Date.UTC(p.y, p.mo - 1, p.d, p.h, p.mi, p.s);
  return asUtc - Math.floor(instant / 1000) * 1000;
}

/** "YYYY-MM-DDTHH:mm" (or "YYYY-MM-DD" without `withTime`) as the zone's clock shows the instant. */
export function toWallValue(value: Date | string | null | undefined, timeZone: string, withTime = true): string {
  if (value == null || value === '') return '';
  const date = typeof value === 'string' ? new Date(value) : value;
  if (Number.isNaN(date.getTime())) return '';
  const p = wallParts(date, timeZone);
  const day = `${p.y}-${pad(p.mo)}-${pad(p.d)}`;
  return withTime ? `${day}T${pad(p.h)}:${pad(p.mi)}` : day;
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
  let instant = wall - offsetAt(wall, timeZone);
  const corrected = wall - offsetAt(instant, timeZone);
  if (corrected !== instant) instant = Math.max(instant, corrected);
  return new Date(instant);
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

/** Adds whole days to a YYYY-MM-DD day. */
export function addDays(day: string, days: number): string {
  const [y, m, d] = day.split('-').map(Number);
  const next = new Date(Date.UTC(y!, m! - 1, d! + days));
  return `${next.getUTCFullYear()}-${pad(next.getUTCMonth() + 1)}-${pad(next.getUTCDate())}`;
}
