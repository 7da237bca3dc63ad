// All-day activities: which calendar days they cover in a time zone, and the midnight-to-midnight span they are
// stored as (UTC instants of the owner's local midnights), so overlap queries and exports agree on the days.
import { addDays, allDayDates, startOfDay } from '@veza/shared';

// The zone arithmetic lives in @veza/shared (the web calendar reads all-day days the same way).
export { addDays, allDayDates, daysBetween, localDate, startOfDay } from '@veza/shared';

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
