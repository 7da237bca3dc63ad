// Wall clocks and days in named time zones: the zone's own clock, not the machine's, across DST and date lines.
import { describe, expect, it } from 'vitest';
import {
  addDays,
  allDayDates,
  daysBetween,
  localDate,
  startOfDay,
  wallClock,
  wallTimeToInstant,
  zoneOffset,
} from './time-zones.ts';

const at = (iso: string) => new Date(iso);

describe('wall clock of an instant', () => {
  it('reads the fields the zone shows, on the zone’s day', () => {
    expect(wallClock(at('2026-06-14T22:30:15Z'), 'Europe/Warsaw')).toEqual({
      year: 2026,
      month: 6,
      day: 15,
      hour: 0,
      minute: 30,
      second: 15,
    });
    expect(localDate(at('2026-06-14T22:30:00Z'), 'America/New_York')).toBe('2026-06-14');
    expect(localDate(Date.parse('2026-01-31T23:30:00Z'), 'Europe/Zagreb')).toBe('2026-02-01');
  });

  it('gives the zone’s offset in winter, in summer and far from Europe', () => {
    expect(zoneOffset(Date.parse('2026-01-15T12:00:00Z'), 'Europe/Zagreb')).toBe(3_600_000);
    expect(zoneOffset(Date.parse('2026-07-15T12:00:00Z'), 'Europe/Zagreb')).toBe(7_200_000);
    expect(zoneOffset(Date.parse('2026-07-15T12:00:00Z'), 'America/New_York')).toBe(-4 * 3_600_000);
    expect(zoneOffset(Date.parse('2026-07-15T12:00:00Z'), 'Asia/Kolkata')).toBe(5.5 * 3_600_000);
  });
});

describe('instant of a wall time', () => {
  it('reads 10:00 in Zagreb as 08:00 UTC in summer and 09:00 UTC in winter', () => {
    expect(wallTimeToInstant(Date.UTC(2026, 6, 1, 10), 'Europe/Zagreb').toISOString()).toBe('2026-07-01T08:00:00.000Z');
    expect(wallTimeToInstant(Date.UTC(2026, 0, 15, 10), 'Europe/Zagreb').toISOString()).toBe(
      '2026-01-15T09:00:00.000Z',
    );
  });

  it('moves a time skipped by the spring change to just after the gap', () => {
    // 29 March 2026, 02:30 does not exist in Zagreb (clocks go from 02:00 to 03:00).
    const instant = wallTimeToInstant(Date.UTC(2026, 2, 29, 2, 30), 'Europe/Zagreb');
    expect(wallClock(instant, 'Europe/Zagreb')).toMatchObject({ day: 29, hour: 3, minute: 30 });
  });
});

describe('start of a day', () => {
  it.each([
    // The days DST ends and starts in Sydney and Los Angeles still begin at midnight.
    ['2026-04-05', 'Australia/Sydney', '2026-04-04T13:00:00.000Z'],
    ['2026-10-04', 'Australia/Sydney', '2026-10-03T14:00:00.000Z'],
    ['2026-03-08', 'America/Los_Angeles', '2026-03-08T08:00:00.000Z'],
    ['2026-11-01', 'America/Los_Angeles', '2026-11-01T07:00:00.000Z'],
    ['2026-06-01', 'Asia/Kathmandu', '2026-05-31T18:15:00.000Z'],
    // Cuba and Lebanon move their clocks from 00:00 to 01:00: the day begins at 01:00.
    ['2026-03-08', 'America/Havana', '2026-03-08T05:00:00.000Z'],
    ['2026-03-29', 'Asia/Beirut', '2026-03-28T22:00:00.000Z'],
  ])('%s in %s begins at %s', (date, zone, expected) => {
    const start = startOfDay(date, zone);
    expect(start.toISOString()).toBe(expected);
    expect(localDate(start, zone)).toBe(date);
    expect(localDate(start.getTime() - 1, zone)).toBe(addDays(date, -1));
  });
});

describe('calendar days', () => {
  it('adds and counts days across month, year and DST boundaries', () => {
    expect(addDays('2026-02-28', 1)).toBe('2026-03-01');
    expect(addDays('2026-03-01', -1)).toBe('2026-02-28');
    expect(addDays('2026-12-31', 1)).toBe('2027-01-01');
    expect(daysBetween('2026-03-28', '2026-03-30')).toBe(2);
    expect(daysBetween('2026-03-30', '2026-03-28')).toBe(-2);
  });

  it('reads an all-day span as days with an exclusive end', () => {
    const tz = 'Europe/Warsaw';
    expect(allDayDates(at('2026-06-14T22:00:00Z'), at('2026-06-16T22:00:00Z'), tz)).toEqual({
      first: '2026-06-15',
      endExclusive: '2026-06-17',
    });
    // An end during a day includes that day.
    expect(allDayDates(at('2026-06-15T08:00:00Z'), at('2026-06-16T12:00:00Z'), tz).endExclusive).toBe('2026-06-17');
    // No end, an end equal to or before the start, or an unreadable end: one day.
    expect(allDayDates(at('2026-06-14T22:00:00Z'), null, tz).endExclusive).toBe('2026-06-16');
    expect(allDayDates(at('2026-06-15T15:00:00Z'), at('2026-06-15T15:00:00Z'), tz).endExclusive).toBe('2026-06-16');
    expect(allDayDates(at('2026-06-15T15:00:00Z'), at('2026-06-10T15:00:00Z'), tz).endExclusive).toBe('2026-06-16');
    expect(allDayDates(at('2026-06-15T15:00:00Z'), new Date(Number.NaN), tz).endExclusive).toBe('2026-06-16');
  });
});
