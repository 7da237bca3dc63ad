import { describe, expect, it } from 'vitest';
import { activeFilterCount, EMPTY_LIST_FILTER, fromActivityFilter, toActivityFilter } from './list-filter.ts';

describe('activity list filter from a link', () => {
  it('shows a report period as the user days and sends the same instants back', () => {
    const link = {
      userIds: ['VXNlcjox'],
      typeKeys: ['call'],
      statuses: ['DONE' as const],
      from: '2026-02-28T23:00:00.000Z',
      to: '2026-03-31T22:00:00.000Z',
    };
    const state = fromActivityFilter(link, 'Europe/Zagreb');
    expect(state).toMatchObject({ fromDay: '2026-03-01', toDay: '2026-03-31', typeKeys: ['call'], clientId: null });
    expect(toActivityFilter(state, 'Europe/Zagreb')).toMatchObject(link);
  });

  it('keeps a thread from a link, counts it as a filter and sends it back', () => {
    const state = fromActivityFilter({ threadOf: 'QWN0aXZpdHk6MQ==' }, 'Europe/Warsaw');
    expect(state.threadOf).toBe('QWN0aXZpdHk6MQ==');
    expect(activeFilterCount(state)).toBe(1);
    expect(toActivityFilter(state, 'Europe/Warsaw')).toMatchObject({ threadOf: 'QWN0aXZpdHk6MQ==', text: null });
    expect(toActivityFilter(EMPTY_LIST_FILTER, 'Europe/Warsaw').threadOf).toBeNull();
  });
});
