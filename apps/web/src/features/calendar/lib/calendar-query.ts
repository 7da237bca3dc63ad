// The calendar's state turned into `calendarEvents` variables: the visible range in UTC, whose schedule, filters.
import type { ACTIVITY_STATUSES } from '@veza/shared';

export type ActivityStatus = (typeof ACTIVITY_STATUSES)[number];

export type ScheduleMode = 'mine' | 'team';

export interface CalendarFilters {
  clientIds: string[];
  typeKeys: string[];
  statuses: ActivityStatus[];
}

export const NO_FILTERS: CalendarFilters = { clientIds: [], typeKeys: [], statuses: [] };

/** The range FullCalendar renders (its `datesSet`), as real instants: start inclusive, end exclusive. */
export interface VisibleRange {
  from: string;
  to: string;
}

export function visibleRange(start: Date, end: Date): VisibleRange {
  return { from: start.toISOString(), to: end.toISOString() };
}

export function sameRange(a: VisibleRange | null, b: VisibleRange): boolean {
  return a != null && a.from === b.from && a.to === b.to;
}

export interface CalendarEventsVariables {
  from: string;
  to: string;
  userIds: string[] | null;
  filter: { clientIds?: string[]; typeKeys?: string[]; statuses?: ActivityStatus[] } | null;
}

const unique = <T>(values: readonly T[]) => [...new Set(values)];

/**
 * "My schedule" leaves `userIds` out (the API then shows the viewer's own); "Schedule" names the picked users,
 * and falls back to the viewer's own when nobody (or only the viewer) is picked. Empty filters are left out, so the
 * same view always produces the same variables and Apollo's cache can answer a range seen before.
 */
export function calendarEventsVariables(
  range: VisibleRange,
  schedule: { mode: ScheduleMode; userIds: readonly string[]; viewerId: string },
  filters: CalendarFilters,
): CalendarEventsVariables {
  const picked = unique(schedule.userIds).sort();
  const onlyViewer = picked.length === 0 || (picked.length === 1 && picked[0] === schedule.viewerId);
  const userIds = schedule.mode === 'team' && !onlyViewer ? picked : null;
  const filter: NonNullable<CalendarEventsVariables['filter']> = {};
  if (filters.clientIds.length) filter.clientIds = unique(filters.clientIds).sort();
  if (filters.typeKeys.length) filter.typeKeys = unique(filters.typeKeys).sort();
  if (filters.statuses.length) filter.statuses = unique(filters.statuses).sort();
  return { from: range.from, to: range.to, userIds, filter: Object.keys(filter).length ? filter : null };
}

/**
 * Who a range dragged on the calendar is for: the viewer on their own calendar or when their own schedule is shown
 * among others; otherwise the first colleague shown (a manager planning for the one calendar on screen).
 */
export function newActivityOwner(mode: ScheduleMode, userIds: readonly string[], viewerId: string): string {
  if (mode === 'mine' || userIds.length === 0 || userIds.includes(viewerId)) return viewerId;
  return userIds[0] ?? viewerId;
}
