// All-day spans: days read in one time zone, stored as another zone's midnights, across DST and date lines.
import { describe, expect, it } from 'vitest';
import { allDayDates, allDaySpan, localDate, startOfDay } from './all-day.ts';

const at = (iso: string) => new Date(iso);

describe('startOfDay', () => {
  it.each([
    ['2026-11-24', 'Europe/Zagreb', '2026-11-23T23:00:00.000Z'],
    ['2026-07-01', 'Europe/Warsaw', '2026-06-30T22:00:00.000Z'],
    // The days DST starts and ends in Central Europe still begin at midnight.
    ['2026-03-29', 'Europe/Prague', '2026-03-28T23:00:00.000Z'],
    ['2026-03-30', 'Europe/Prague', '2026-03-29T22:00:00.000Z'],
    ['2026-10-25', 'Europe/Zagreb', '2026-10-24T22:00:00.000Z'],
    ['2026-10-26', 'Europe/Zagreb', '2026-10-25T23:00:00.000Z'],
    ['2026-11-24', 'America/New_York', '2026-11-24T05:00:00.000Z'],
    ['2026-11-24', 'Pacific/Kiritimati', '2026-11-23T10:00:00.000Z'],
    ['2026-11-24', 'UTC', '2026-11-24T00:00:00.000Z'],
  ])('%s in %s begins at %s', (date, zone, expected) => {
    expect(startOfDay(date, zone).toISOString()).toBe(expected);
  });

  it('starts at the first existing time when a DST jump skips midnight', () => {
    // Chile moved its clocks from 00:00 to 01:00 on 2026-09-06.
    const start = startOfDay('2026-09-06', 'America/Santiago');
    expect(localDate(start, 'America/Santiago')).toBe('2026-09-06');
    expect(start.toISOString()).toBe('2026-09-06T04:00:00.000Z');
  });
});

describe('allDayDates', () => {
  it('reads the days in the time zone, the end exclusive', () => {
    expect(allDayDates(at('2026-11-23T23:00:00Z'), at('2026-11-25T23:00:00Z'), 'Europe/Zagreb')).toEqual({
      first: '2026-11-24',
      endExclusive: '2026-11-26',
    });
  });

  it('counts an end during a day as including that day, and no end as one day', () => {
    expect(allDayDates(at('2026-11-24T08:00:00Z'), at('2026-11-25T10:00:00Z'), 'Europe/Zagreb')).toEqual({
      first: '2026-11-24',
      endExclusive: '2026-11-26',
    });
    expect(allDayDates(at('2026-11-24T08:00:00Z'), null, 'Europe/Zagreb').endExclusive).toBe('2026-11-25');
    expect(allDayDates(at('2026-11-24T08:00:00Z'), at('2026-11-24T08:00:00Z'), 'UTC').endExclusive).toBe('2026-11-25');
  });

  it('gives different days for the same instant in different zones', () => {
    const instant = at('2026-11-24T23:30:00Z');
    expect(allDayDates(instant, null, 'Europe/Zagreb').first).toBe('2026-11-25');
    expect(allDayDates(instant, null, 'America/New_York').first).toBe('2026-11-24');
  });
});

describe('allDaySpan', () => {
  const zagreb = { input: 'Europe/Zagreb', owner: 'Europe/Zagreb' };

  it('turns a time during the day into midnight to midnight', () => {
    const span = allDaySpan(at('2026-11-24T14:00:00+01:00'), null, zagreb);
    expect(span).toEqual({ startsAt: at('2026-11-23T23:00:00Z'), endsAt: at('2026-11-24T23:00:00Z') });
  });

  it('keeps a span that is already midnight to midnight, across the end of DST (a 25-hour day)', () => {
    const span = allDaySpan(at('2026-10-24T22:00:00Z'), at('2026-10-25T23:00:00Z'), zagreb);
    expect(span).toEqual({ startsAt: at('2026-10-24T22:00:00Z'), endsAt: at('2026-10-25T23:00:00Z') });
  });

  it("reads the days in the sender's zone and anchors them in the owner's", () => {
    // Picked as 24 November in Tokyo (midnight there is 16:00 the day before in Zagreb).
    const span = allDaySpan(at('2026-11-24T00:00:00+09:00'), null, { input: 'Asia/Tokyo', owner: 'Europe/Zagreb' });
    expect(span).toEqual({ startsAt: at('2026-11-23T23:00:00Z'), endsAt: at('2026-11-24T23:00:00Z') });
  });

  it('keeps a length in days when asked, whatever the DST shift', () => {
    const span = allDaySpan(at('2026-10-25T00:00:00+02:00'), at('2026-10-26T01:00:00+01:00'), zagreb, 1);
    expect(span).toEqual({ startsAt: at('2026-10-24T22:00:00Z'), endsAt: at('2026-10-25T23:00:00Z') });
    expect(allDaySpan(at('2026-03-28T10:00:00Z'), null, zagreb, 2).endsAt).toEqual(at('2026-03-29T22:00:00Z'));
  });
});
