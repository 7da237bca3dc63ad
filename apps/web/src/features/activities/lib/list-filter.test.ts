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

  it('keeps a report cell’s drill-down fields the filter bar does not show, and sends them back', () => {
    const link = {
      statuses: ['DONE' as const],
      ownerIds: ['VXNlcjox'],
      without: ['RESULT' as const],
      client: { field: { field: 'INDUSTRY' as const, op: 'EQ' as const, value: 'it' } },
      dateField: 'STARTS_AT' as const,
      dayFrom: '2026-03-01',
      dayTo: '2026-03-31',
      timeZone: 'Europe/Warsaw',
    };
    const state = fromActivityFilter(link, 'Europe/Zagreb');
    expect(state).toMatchObject({ statuses: ['DONE'], userIds: [], fromDay: '', toDay: '' });
    const sent = toActivityFilter(state, 'Europe/Zagreb');
    expect(sent).toMatchObject(link);
    expect(sent).toMatchObject({ userIds: null, from: null, to: null });
  });
});
