// The builder's state ↔ definition round trip, the measures per subject, subject changes and chart data.
import { READY_REPORTS, ReportDefinitionInput } from '@veza/shared';
import { describe, expect, it } from 'vitest';
import {
  chartData,
  definitionOf,
  measureOptions,
  stateFromDefinition,
  withDefaultPeriod,
  withSubject,
} from './report-builder.ts';

describe('report builder state', () => {
  it.each(READY_REPORTS.map((r) => [r.key, r] as const))('%s round-trips to a valid definition', (_key, r) => {
    const d = definitionOf(stateFromDefinition(r.definition, r.chart));
    expect(ReportDefinitionInput.safeParse(d).success).toBe(true);
    expect(d.measures).toEqual(r.definition.measures.map((m) => (m.field ? m : { fn: m.fn })));
    expect(d.groupBy).toEqual(r.definition.groupBy);
  });

  it('reads a day range as [from 00:00, the day after to 00:00) in the browser time zone', () => {
    const s = { ...stateFromDefinition(READY_REPORTS[0]!.definition, 'BAR'), from: '2026-03-01', to: '2026-03-31' };
    const d = definitionOf(s);
    expect(d.filter!.from).toBe(new Date('2026-03-01T00:00:00').toISOString());
    expect(d.filter!.to).toBe(new Date('2026-04-01T00:00:00').toISOString());
  });

  it('offers numeric aggregates for numbers, shares for flags and nothing for text', () => {
    const options = measureOptions('ACTIVITIES');
    expect(options).toContain('SUM:COST');
    expect(options).toContain('RATE:SUCCESS');
    expect(options).not.toContain('SUM:SUBJECT');
    expect(options).not.toContain('RATE:COST');
  });

  it('keeps only what still fits when the subject changes', () => {
    const s = stateFromDefinition(READY_REPORTS.find((r) => r.key === 'activities-by-agent')!.definition, 'BAR');
    const next = withSubject(s, 'OPPORTUNITIES');
    expect(next.groupBy).toEqual(['AGENT']);
    expect(next.measures).toEqual(['COUNT']);
    expect(next.statuses).toEqual([]);
    expect(next.dateField).toBe('CREATED_AT');
  });

  it('carries the client filter and the chosen agents into the definition and back (a subject change keeps them)', () => {
    const client = { and: [{ attribute: { key: 'employees', op: 'GT' as const, value: 50 } }] };
    const s = { ...stateFromDefinition(READY_REPORTS[0]!.definition, 'BAR'), client, agentIds: ['VXNlcjox'] };
    const d = definitionOf(withSubject(s, 'CLIENTS'));
    expect(ReportDefinitionInput.safeParse(d).success).toBe(true);
    expect(d.filter).toMatchObject({ client, agentIds: ['VXNlcjox'] });
    const back = stateFromDefinition(d, 'BAR');
    expect(back.client).toEqual(client);
    expect(back.agentIds).toEqual(['VXNlcjox']);
    expect(definitionOf({ ...back, agentIds: [], client: null }).filter).toMatchObject({
      client: null,
      agentIds: null,
    });
  });
});

describe('default period', () => {
  it('opens a report without a period on this month and the eleven before it, and keeps a chosen one', () => {
    const s = stateFromDefinition(READY_REPORTS[0]!.definition, 'BAR');
    expect(withDefaultPeriod(s, new Date(2026, 11, 7))).toMatchObject({ from: '2026-01-01', to: '' });
    expect(withDefaultPeriod(s, new Date(2026, 2, 31))).toMatchObject({ from: '2025-04-01', to: '' });
    expect(withDefaultPeriod({ ...s, to: '2024-05-31' }, new Date(2026, 11, 7))).toMatchObject({
      from: '',
      to: '2024-05-31',
    });
  });
});

describe('chart data', () => {
  const group = (dimension: string) => ({ kind: 'GROUP', dimension });
  const measure = (fn: string) => ({ kind: 'MEASURE', fn });
  const row = (level: string, a: string, b: string | null, v: number) => ({
    level,
    groups: [{ key: a, label: a.toUpperCase() }, ...(b === undefined ? [] : [{ key: b, label: b }])],
    values: [v, v * 2],
  });
  it('uses the measures as series for one grouping', () => {
    const { data, series } = chartData(
      [row('DETAIL', 'a', null, 1)].map((r) => ({ ...r, groups: [r.groups[0]!] })),
      [group('AGENT'), measure('COUNT'), measure('SUM')],
      '-',
    );
    expect(series).toEqual(['m0', 'm1']);
    expect(data).toEqual([{ name: 'A', m0: 1, m1: 2 }]);
  });
  it('pivots the second grouping into series (first measure), skipping subtotals', () => {
    const rows = [
      row('DETAIL', 'a', 'x', 1),
      row('DETAIL', 'a', 'y', 2),
      row('SUBTOTAL', 'a', null, 3),
      row('DETAIL', 'b', 'x', 4),
    ];
    const { data, series } = chartData(rows, [group('AGENT'), group('TYPE'), measure('COUNT')], '-');
    expect(series).toEqual(['x', 'y']);
    expect(data).toEqual([
      { name: 'A', x: 1, y: 2 },
      { name: 'B', x: 4 },
    ]);
  });
  it('charts only the measures of the first one’s kind: no 0–1 share on an axis of counts', () => {
    const rows = [row('DETAIL', 'a', null, 10)].map((r) => ({ ...r, groups: [r.groups[0]!] }));
    const cols = [group('AGENT'), measure('COUNT'), measure('RATE')];
    expect(chartData(rows, cols, '-')).toEqual({ data: [{ name: 'A', m0: 10 }], series: ['m0'] });
    const rates = [group('AGENT'), measure('RATE'), measure('COUNT')];
    expect(chartData(rows, rates, '-')).toEqual({ data: [{ name: 'A', m0: 10 }], series: ['m0'] });
  });
  it('puts a date grouping on the x axis in period order, the other grouping as series', () => {
    const rows = [
      row('DETAIL', 'ann', '2026-02-01', 1),
      row('DETAIL', 'ann', '2026-01-01', 2),
      row('SUBTOTAL', 'ann', null, 3),
      row('DETAIL', 'bob', '2026-01-01', 4),
    ];
    const { data, series } = chartData(rows, [group('AGENT'), group('MONTH'), measure('COUNT')], '-');
    expect(series).toEqual(['ANN', 'BOB']);
    expect(data).toEqual([
      { name: '2026-01-01', ANN: 2, BOB: 4 },
      { name: '2026-02-01', ANN: 1 },
    ]);
  });
});
