// Wall-clock values of date inputs are read in the user's own time zone, not the browser's.
import { describe, expect, it } from 'vitest';
import { addDays, dayKey, fromWallValue, toWallValue, wallValueToIso } from './zoned-time.ts';

describe('zoned time', () => {
  it('reads 10:00 in Zagreb as 08:00 UTC in summer and 09:00 UTC in winter', () => {
    expect(fromWallValue('2026-07-01T10:00', 'Europe/Zagreb')?.toISOString()).toBe('2026-07-01T08:00:00.000Z');
    expect(fromWallValue('2026-01-15T10:00', 'Europe/Zagreb')?.toISOString()).toBe('2026-01-15T09:00:00.000Z');
  });

  it('shows an instant as the zone’s wall clock', () => {
    expect(toWallValue('2026-07-01T08:00:00.000Z', 'Europe/Warsaw')).toBe('2026-07-01T10:00');
    expect(toWallValue('2026-07-01T23:30:00.000Z', 'Europe/Prague', false)).toBe('2026-07-02');
    expect(toWallValue('2026-07-01T23:30:00.000Z', 'UTC', false)).toBe('2026-07-01');
    expect(toWallValue(null, 'UTC')).toBe('');
  });

  it('round-trips every quarter hour of a day with a daylight-saving change', () => {
    for (let m = 0; m < 24 * 60; m += 15) {
      const instant = new Date(Date.UTC(2026, 2, 28, 22, 0) + m * 60_000);
      const wall = toWallValue(instant, 'Europe/Zagreb');
      expect(fromWallValue(wall, 'Europe/Zagreb')?.toISOString()).toBe(instant.toISOString());
    }
  });

  it('moves a time skipped by the spring change to just after the gap', () => {
    // 29 March 2026, 02:30 does not exist in Zagreb (clocks go from 02:00 to 03:00).
    expect(toWallValue(fromWallValue('2026-03-29T02:30', 'Europe/Zagreb'), 'Europe/Zagreb')).toBe('2026-03-29T03:30');
  });

  it('refuses malformed and impossible dates, and keeps them for validation to name', () => {
    expect(fromWallValue('2026-02-30T10:00', 'UTC')).toBeNull();
    expect(fromWallValue('tomorrow', 'UTC')).toBeNull();
    expect(wallValueToIso('tomorrow', 'UTC')).toBe('tomorrow');
    expect(wallValueToIso('  ', 'UTC')).toBeNull();
  });

  it('counts days in the zone and across month ends', () => {
    expect(dayKey('2026-01-31T23:30:00Z', 'Europe/Zagreb')).toBe('2026-02-01');
    expect(addDays('2026-02-28', 1)).toBe('2026-03-01');
    expect(addDays('2026-03-01', -1)).toBe('2026-02-28');
  });
});
