// The visible range and the calendar's filters become stable `calendarEvents` variables.
import { describe, expect, it } from 'vitest';
import { calendarEventsVariables, newActivityOwner, NO_FILTERS, sameRange, visibleRange } from './calendar-query.ts';

describe('calendar query variables', () => {
  // A week view in Europe/Warsaw (summer): Monday 00:00 to the next Monday 00:00 local time.
  const week = visibleRange(new Date('2026-06-14T22:00:00Z'), new Date('2026-06-21T22:00:00Z'));

  it('sends the visible range as UTC instants', () => {
    expect(week).toEqual({ from: '2026-06-14T22:00:00.000Z', to: '2026-06-21T22:00:00.000Z' });
  });

  it('asks for the viewer’s own schedule without naming users or filters', () => {
    expect(calendarEventsVariables(week, { mode: 'mine', userIds: ['u2'], viewerId: 'u1' }, NO_FILTERS)).toEqual({
      from: week.from,
      to: week.to,
      userIds: null,
      filter: null,
    });
  });

  it('names the picked users in the team schedule, sorted and without duplicates', () => {
    const vars = calendarEventsVariables(
      week,
      { mode: 'team', userIds: ['u3', 'u1', 'u3'], viewerId: 'u1' },
      NO_FILTERS,
    );
    expect(vars.userIds).toEqual(['u1', 'u3']);
  });

  it('asks for the viewer’s own schedule when nobody or only the viewer is picked (the same query as “mine”)', () => {
    expect(calendarEventsVariables(week, { mode: 'team', userIds: [], viewerId: 'u1' }, NO_FILTERS).userIds).toBeNull();
    expect(
      calendarEventsVariables(week, { mode: 'team', userIds: ['u1'], viewerId: 'u1' }, NO_FILTERS).userIds,
    ).toBeNull();
    expect(
      calendarEventsVariables(week, { mode: 'team', userIds: ['u2'], viewerId: 'u1' }, NO_FILTERS).userIds,
    ).toEqual(['u2']);
  });

  it('includes only the filters that are set', () => {
    const vars = calendarEventsVariables(
      week,
      { mode: 'mine', userIds: [], viewerId: 'u1' },
      { clientIds: ['c2', 'c1'], typeKeys: [], statuses: ['DONE', 'PLANNED'] },
    );
    expect(vars.filter).toEqual({ clientIds: ['c1', 'c2'], statuses: ['DONE', 'PLANNED'] });
  });

  it('produces equal variables for the same view whatever order things were picked in', () => {
    const a = calendarEventsVariables(
      week,
      { mode: 'team', userIds: ['u2', 'u1'], viewerId: 'u1' },
      { ...NO_FILTERS, typeKeys: ['meeting', 'call'] },
    );
    const b = calendarEventsVariables(
      week,
      { mode: 'team', userIds: ['u1', 'u2'], viewerId: 'u1' },
      { ...NO_FILTERS, typeKeys: ['call', 'meeting'] },
    );
    expect(a).toEqual(b);
  });

  it('tells a new range from a repeated one', () => {
    expect(sameRange(null, week)).toBe(false);
    expect(sameRange({ ...week }, week)).toBe(true);
    expect(sameRange({ ...week, to: '2026-06-22T22:00:00.000Z' }, week)).toBe(false);
  });
});

describe('owner of an activity dragged on the calendar', () => {
  it('is the viewer on their own calendar', () => {
    expect(newActivityOwner('mine', ['u2'], 'u1')).toBe('u1');
  });

  it('is the colleague whose calendar alone is shown', () => {
    expect(newActivityOwner('team', ['u2'], 'u1')).toBe('u2');
    expect(newActivityOwner('team', ['u2', 'u3'], 'u1')).toBe('u2');
  });

  it('is the viewer when their own schedule is among those shown, or nobody is picked', () => {
    expect(newActivityOwner('team', ['u2', 'u1'], 'u1')).toBe('u1');
    expect(newActivityOwner('team', [], 'u1')).toBe('u1');
  });
});
