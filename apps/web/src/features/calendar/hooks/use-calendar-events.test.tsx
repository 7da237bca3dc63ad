// A month switched back to within CALENDAR_FRESH_MS is read from the cache (no request, no rewrite of its events);
// an older one is shown from the cache and asked again.
import { InMemoryCache } from '@apollo/client';
import type { MockLink } from '@apollo/client/testing';
import { MockedProvider } from '@apollo/client/testing/react';
import { renderHook, waitFor } from '@testing-library/react';
import type { ReactNode } from 'react';
import { describe, expect, it } from 'vitest';
import { rememberFetched } from '../../../lib/recently-fetched.ts';
import { CalendarEventsQuery } from '../api/calendar-events-query.ts';
import type { CalendarEventsVariables } from '../lib/calendar-query.ts';
import { CALENDAR_FRESH_MS, useCalendarEvents } from './use-calendar-events.ts';

const month = (m: string): CalendarEventsVariables => ({
  from: `2026-${m}-01T00:00:00.000Z`,
  to: `2026-${m}-28T00:00:00.000Z`,
  userIds: ['u1', 'u2'],
  filter: null,
});

/** A response for the month that counts how often it was asked for (any number of times). */
function counted(variables: CalendarEventsVariables, asked: Record<string, number>): MockLink.MockedResponse {
  return {
    request: { query: CalendarEventsQuery, variables },
    result: () => {
      asked[variables.from] = (asked[variables.from] ?? 0) + 1;
      return { data: { calendarEvents: [] } };
    },
    maxUsageCount: 10,
  };
}

function render(mocks: MockLink.MockedResponse[], first: CalendarEventsVariables, cache = new InMemoryCache()) {
  const wrapper = ({ children }: { children: ReactNode }) => (
    <MockedProvider mocks={mocks} cache={cache}>
      {children}
    </MockedProvider>
  );
  return renderHook((variables: CalendarEventsVariables) => useCalendarEvents(variables), {
    wrapper,
    initialProps: first,
  });
}

describe('useCalendarEvents', () => {
  it('asks for a month once when the user switches away and back within the fresh time', async () => {
    const asked: Record<string, number> = {};
    const [may, june] = [month('05'), month('06')];
    const { result, rerender } = render([counted(may, asked), counted(june, asked)], may);
    await waitFor(() => expect(asked[may.from]).toBe(1));
    await waitFor(() => expect(result.current.loading).toBe(false));
    rerender(june);
    await waitFor(() => expect(asked[june.from]).toBe(1));
    await waitFor(() => expect(result.current.loading).toBe(false));
    rerender(may);
    await new Promise((resolve) => setTimeout(resolve, 50));
    expect(asked).toEqual({ [may.from]: 1, [june.from]: 1 });
    expect(result.current.error).toBeUndefined();
  });

  it('asks the server again for a month in the cache that was fetched longer ago', async () => {
    const asked: Record<string, number> = {};
    const july = month('07');
    const cache = new InMemoryCache();
    cache.writeQuery({ query: CalendarEventsQuery, variables: july, data: { calendarEvents: [] } });
    rememberFetched(CalendarEventsQuery, july, Date.now() - CALENDAR_FRESH_MS - 1);
    render([counted(july, asked)], july, cache);
    await waitFor(() => expect(asked[july.from]).toBe(1));
  });
});
