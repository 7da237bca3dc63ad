import { describe, expect, it } from 'vitest';
import { fromActivityFilter, toActivityFilter } from './list-filter.ts';

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
});
