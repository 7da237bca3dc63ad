// Calendar days in the user's own time zone, across DST changes and zones far from the browser's.
import { describe, expect, it } from 'vitest';
import { addZonedDays, allDaySpan, isZonedMidnight, zonedDate, zonedTime } from './zoned.ts';

describe('time zone helpers', () => {
  it('puts an instant on the calendar day of the user zone, not of UTC', () => {
    expect(zonedDate('2026-06-14T22:30:00Z', 'Europe/Warsaw')).toBe('2026-06-15');
    expect(zonedDate('2026-06-14T22:30:00Z', 'America/New_York')).toBe('2026-06-14');
    expect(zonedTime('2026-06-14T22:30:00Z', 'Europe/Warsaw')).toBe('00:30');
  });

  it('recognises the start of a day in the zone, in winter and in summer', () => {
    expect(isZonedMidnight('2026-01-14T23:00:00Z', 'Europe/Zagreb')).toBe(true);
    expect(isZonedMidnight('2026-07-14T22:00:00Z', 'Europe/Zagreb')).toBe(true);
    expect(isZonedMidnight('2026-07-14T23:00:00Z', 'Europe/Zagreb')).toBe(false);
  });

  it('shifts by calendar days keeping the wall-clock time across the spring DST change', () => {
    // 28 March 2026 10:00 CET (UTC+1) -> 29 March 10:00 CEST (UTC+2): 23 hours later.
    expect(addZonedDays('2026-03-28T09:00:00.000Z', 1, 'Europe/Prague')).toBe('2026-03-29T08:00:00.000Z');
    expect(addZonedDays('2026-03-29T08:00:00.000Z', -1, 'Europe/Prague')).toBe('2026-03-28T09:00:00.000Z');
    expect(addZonedDays('2026-06-01T08:00:00.000Z', 0, 'Europe/Prague')).toBe('2026-06-01T08:00:00.000Z');
  });

  it('turns an all-day span into dates with an exclusive end', () => {
    const tz = 'Europe/Warsaw';
    // Stored as the form stores it: midnight to the midnight after the last day.
    expect(allDaySpan('2026-06-14T22:00:00Z', '2026-06-16T22:00:00Z', tz)).toEqual({
      start: '2026-06-15',
      end: '2026-06-17',
    });
    // No end, or an end equal to the start: one day.
    expect(allDaySpan('2026-06-14T22:00:00Z', null, tz)).toEqual({ start: '2026-06-15', end: '2026-06-16' });
    expect(allDaySpan('2026-06-15T15:00:00Z', '2026-06-15T15:00:00Z', tz)).toEqual({
      start: '2026-06-15',
      end: '2026-06-16',
    });
    // An end during a day includes that day.
    expect(allDaySpan('2026-06-15T08:00:00Z', '2026-06-16T12:00:00Z', tz)).toEqual({
      start: '2026-06-15',
      end: '2026-06-17',
    });
  });

  it('crosses a month and a year boundary when adding the exclusive end day', () => {
    expect(allDaySpan('2026-12-31T10:00:00Z', null, 'Europe/Zagreb')).toEqual({
      start: '2026-12-31',
      end: '2027-01-01',
    });
  });
});
