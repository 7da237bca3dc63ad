// Calendar-exact ISO 8601 days and instants: impossible dates (2026-02-30), year 0000, hour 24 and offsets past
// ±14:00 are refused, never rolled over as JavaScript's Date parser would (2026-02-30 silently becomes 2 March).
import { z } from 'zod';

const DAY = /^(\d{4})-(\d{2})-(\d{2})$/;
const INSTANT = /^(\d{4})-(\d{2})-(\d{2})T(\d{2}):(\d{2})(?::(\d{2})(\.\d{1,9})?)?(?:Z|([+-])(\d{2}):(\d{2}))$/;

const isLeap = (y: number) => (y % 4 === 0 && y % 100 !== 0) || y % 400 === 0;
const MONTH_DAYS = [31, 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31];

function realDate(y: number, m: number, d: number): boolean {
  if (y < 1 || m < 1 || m > 12 || d < 1) return false;
  return d <= (m === 2 && isLeap(y) ? 29 : MONTH_DAYS[m - 1]!);
}

/** A calendar day `YYYY-MM-DD` that exists, years 0001–9999. */
export function isRealDay(value: string): boolean {
  const m = DAY.exec(value);
  return Boolean(m && realDate(Number(m[1]), Number(m[2]), Number(m[3])));
}

/**
 * The canonical UTC form (`toISOString()`) of an ISO 8601 instant with an offset (`Z` or `±hh:mm`), or null when
 * the text is not one or names a moment that does not exist.
 */
export function parseInstant(value: string): string | null {
  const m = INSTANT.exec(value);
  if (!m) return null;
  const [y, mo, d, h, mi, s] = [1, 2, 3, 4, 5, 6].map((i) => Number(m[i] ?? 0)) as number[];
  if (!realDate(y!, mo!, d!) || h! > 23 || mi! > 59 || s! > 59) return null;
  const [offH, offM] = [Number(m[9] ?? 0), Number(m[10] ?? 0)];
  if (offH > 14 || offM > 59) return null;
  const offsetMs = (m[8] === '-' ? -1 : 1) * (offH * 60 + offM) * 60_000;
  const ms = Math.floor(Number(`0${m[7] ?? ''}`) * 1000);
  // setUTCFullYear, not Date.UTC: Date.UTC maps years 0–99 to 1900–1999.
  const date = new Date(0);
  date.setUTCFullYear(y!, mo! - 1, d!);
  date.setUTCHours(h!, mi!, s!, ms);
  const utc = new Date(date.getTime() - offsetMs);
  return utc.getUTCFullYear() >= 1 && utc.getUTCFullYear() <= 9999 ? utc.toISOString() : null;
}

/** Zod schema for an instant (what the DateTime scalar accepts), with the i18n key of its error. */
export const isoInstant = z.string().refine((v) => parseInstant(v) !== null, 'validation.date');
/** Zod schema for a calendar day. */
export const isoDay = z.string().refine(isRealDay, 'validation.date');
