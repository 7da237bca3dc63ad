// Period groups read in the user's language, in the table and the chart alike.
import { describe, expect, it } from 'vitest';
import { CHART_HEIGHT, chartHeight, periodLabel, withPeriodLabels, type ReportResult } from './report-result.ts';

describe('period labels', () => {
  it('names months, quarters, years and days in the language, on the day the API keyed (no zone shift)', () => {
    expect(periodLabel('MONTH', '2026-01-01', 'pl')).toBe('sty 2026');
    expect(periodLabel('MONTH', '2026-12-01', 'en')).toBe('Dec 2026');
    expect(periodLabel('QUARTER', '2026-10-01', 'cs')).toBe('Q4 2026');
    expect(periodLabel('YEAR', '2025-01-01', 'hr')).toBe('2025');
    expect(periodLabel('DAY', '2026-03-01', 'en')).toBe('Mar 1, 2026');
    expect(periodLabel('WEEK', 'nonsense', 'en')).toBe('nonsense');
  });

  it('labels the period groups (the API labels them with their key), not the others', () => {
    const result = {
      columns: [
        { key: 'g0', kind: 'GROUP', dimension: 'AGENT' },
        { key: 'g1', kind: 'GROUP', dimension: 'MONTH' },
        { key: 'm0', kind: 'MEASURE', fn: 'COUNT' },
      ],
      rows: [
        {
          level: 'DETAIL',
          groups: [
            { key: 'u1', label: 'Ann' },
            { key: '2026-02-01', label: '2026-02-01' },
          ],
          values: [3],
        },
      ],
      totals: [3],
    } as unknown as ReportResult;
    const labelled = withPeriodLabels(result, 'en');
    expect(labelled.rows[0]!.groups.map((g) => g.label)).toEqual(['Ann', 'Feb 2026']);
    expect(result.rows[0]!.groups[1]!.label).toBe('2026-02-01');
  });
});

describe('chart height', () => {
  const long = [
    'Počet',
    'Průměr · dnů od prvního kontaktu k obchodu',
    'Medián · dnů od prvního kontaktu k obchodu',
    'Průměr · dnů od vytvoření k obchodu',
    'Medián · dnů od vytvoření k obchodu',
  ];

  it('keeps the plot’s height when the legend fits one row or the width is not known yet', () => {
    expect(chartHeight(['Ivana Agent', 'Tomáš Agent'], 1000)).toBe(CHART_HEIGHT);
    expect(chartHeight(long, 0)).toBe(CHART_HEIGHT);
  });

  it('grows by a row for each row the legend wraps to, most on a phone', () => {
    const phone = chartHeight(long, 330);
    const desktop = chartHeight(long, 1000);
    expect(desktop).toBeGreaterThan(CHART_HEIGHT);
    // On a phone each long measure takes its own line (and more): at least five rows in all.
    expect(phone).toBeGreaterThanOrEqual(CHART_HEIGHT + 4 * 26);
    expect(phone).toBeGreaterThan(desktop);
  });
});
