// The events of the visible range: fetched once per range and filter set, refreshed on return and after changes.
import { useQuery } from '@apollo/client/react';
import { useEffect, useRef } from 'react';
import { fetchedRecently, rememberFetched } from '../../../lib/recently-fetched.ts';
import { CalendarEventsQuery } from '../api/calendar-events-query.ts';
import type { CalendarEventsVariables } from '../lib/calendar-query.ts';

/**
 * A range fetched this long ago or less is shown from the cache without asking the server again: switching between
 * two months of ~1 000 events re-wrote all of them into Apollo's cache on every switch (most of the 300 ms target,
 * `pnpm bench:web`). The user's own changes refetch at once; other people's show after this long.
 */
export const CALENDAR_FRESH_MS = 30_000;

export function useCalendarEvents(variables: CalendarEventsVariables | null) {
  const { data, previousData, loading, error, refetch } = useQuery(CalendarEventsQuery, {
    variables: variables ?? { from: '', to: '' },
    skip: variables == null,
    // A range seen before shows at once from the cache; the effect below has the server confirm it when it is older.
    fetchPolicy: 'cache-first',
    nextFetchPolicy: 'cache-first',
  });
  const key = variables ? JSON.stringify(variables) : null;
  // Decided once per range and filter set, with `loading` as it is when they change.
  const decided = useRef<string | null>(null);
  useEffect(() => {
    if (!key || decided.current === key) return;
    decided.current = key;
    const current = JSON.parse(key) as CalendarEventsVariables;
    if (fetchedRecently(CalendarEventsQuery, current, Date.now(), CALENDAR_FRESH_MS)) return;
    rememberFetched(CalendarEventsQuery, current);
    // Not in the cache: the query is on its way already. From the cache: ask the server whether it changed.
    if (!loading) void refetch().catch(() => undefined);
  }, [key, loading, refetch]);
  // While the next range loads, keep the last events on screen instead of flashing an empty grid.
  const events = (data ?? previousData)?.calendarEvents ?? [];
  return { events, loading, error, refetch: () => (variables ? refetch() : Promise.resolve()) };
}
