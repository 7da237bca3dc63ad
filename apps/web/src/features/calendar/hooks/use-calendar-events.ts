// The events of the visible range: fetched once per range and filter set, refreshed on return and after changes.
import { useQuery } from '@apollo/client/react';
import { CalendarEventsQuery } from '../api/calendar-events-query.ts';
import type { CalendarEventsVariables } from '../lib/calendar-query.ts';

export function useCalendarEvents(variables: CalendarEventsVariables | null) {
  const { data, previousData, loading, error, refetch } = useQuery(CalendarEventsQuery, {
    variables: variables ?? { from: '', to: '' },
    skip: variables == null,
    // A range seen before shows at once from the cache while the server confirms it.
    fetchPolicy: 'cache-and-network',
    nextFetchPolicy: 'cache-first',
  });
  // While the next range loads, keep the last events on screen instead of flashing an empty grid.
  const events = (data ?? previousData)?.calendarEvents ?? [];
  return { events, loading, error, refetch: () => (variables ? refetch() : Promise.resolve()) };
}
