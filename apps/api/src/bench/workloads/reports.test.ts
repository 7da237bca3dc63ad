// The bench's 7a must measure what a user gets from the daily totals: its period (a year of Zagreb midnights, the
// bench administrator's zone — the users' default) has to pass the totals' whole-local-days rule on any anchor,
// also across the daylight-saving changes; else it would silently time the activity rows instead.
import { describe, expect, it } from 'vitest';
import { daysAnswer } from '../../modules/reports/report-days.sql.ts';
import { localMidnight, reportDefinition, yearUpTo } from './reports.ts';

describe('report workloads', () => {
  it.each(['2026-12-14', '2026-07-06', '2026-03-30', '2026-10-26', '2027-01-04'])(
    '7a over the year up to %s reads the daily totals',
    (day) => {
      const d = reportDefinition('activities-by-agent', yearUpTo(day));
      expect(daysAnswer(d, 'Europe/Zagreb')).toBe(true);
      // Not a UTC midnight: the rule really depends on the zone.
      expect(daysAnswer(d, 'UTC')).toBe(false);
      // 7f (visit success) reads the per-result totals.
      expect(daysAnswer(reportDefinition('visit-success', yearUpTo(day)), 'Europe/Zagreb')).toBe(true);
    },
  );

  it('finds local midnights on both sides of a daylight-saving change', () => {
    expect(localMidnight('2026-03-29')).toBe('2026-03-28T23:00:00.000Z');
    expect(localMidnight('2026-03-30')).toBe('2026-03-29T22:00:00.000Z');
    expect(localMidnight('2026-10-25')).toBe('2026-10-24T22:00:00.000Z');
    expect(localMidnight('2026-10-26')).toBe('2026-10-25T23:00:00.000Z');
  });
});
