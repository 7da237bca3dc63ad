// The report table's cells lead to exactly the records behind them: a detail's groups and values to the list
// filtered to both groups, a subtotal's to its first group, the totals to the report's own filter.
import { screen, within } from '@testing-library/react';
import type { ActivityFilter, DrillContext, ReportDefinition } from '@veza/shared';
import { describe, expect, it } from 'vitest';
import { renderWithProviders } from '../../../test/render.tsx';
import { decodeActivityFilter } from '../../../lib/record-list-links.ts';
import { FILTER_PARAM } from '../../../lib/filter-link.ts';
import { cellHref } from '../lib/report-links.ts';
import type { ReportResult } from '../lib/report-result.ts';
import { ReportResultView } from './report-result-view.tsx';

const definition: ReportDefinition = {
  subject: 'ACTIVITIES',
  dateField: 'STARTS_AT',
  filter: { statuses: ['DONE'] },
  groupBy: [{ dimension: 'INDUSTRY' }, { dimension: 'RESULT' }],
  measures: [{ fn: 'COUNT' }],
};

const group = (key: string | null, id: string | null, label: string | null) => ({ key, id, label });
const result = {
  columns: [
    { key: 'g0', kind: 'GROUP', dimension: 'INDUSTRY', fn: null, field: null },
    { key: 'g1', kind: 'GROUP', dimension: 'RESULT', fn: null, field: null },
    { key: 'm0', kind: 'MEASURE', dimension: null, fn: 'COUNT', field: null },
  ],
  rows: [
    { level: 'DETAIL', groups: [group('i1', 'RGljdDox', 'IT'), group(null, null, null)], values: [3] },
    { level: 'SUBTOTAL', groups: [group('i1', 'RGljdDox', 'IT'), group(null, null, null)], values: [4] },
  ],
  totals: [9],
  truncated: false,
  baseCurrency: 'EUR',
} as ReportResult;

const context: DrillContext = {
  timeZone: 'Europe/Warsaw',
  viewerId: 'VXNlcjox',
  reportsAll: true,
  activitiesAll: true,
  campaignsAll: true,
  keyOf: (id) => (id === 'RGljdDox' ? 'it' : undefined),
};

const filterOf = (link: HTMLElement): ActivityFilter | null => {
  const url = new URL(link.getAttribute('href')!, 'https://veza.example');
  expect(url.pathname).toBe('/activities');
  return decodeActivityFilter(url.searchParams.get(FILTER_PARAM)).filter;
};

describe('report table links', { timeout: 40_000 }, () => {
  it('links detail, subtotal and total cells to the activity list with the exact filter', () => {
    renderWithProviders(
      <ReportResultView
        result={result}
        chart="TABLE"
        cellHref={(groups, depth) => cellHref(definition, groups, depth, context)}
      />,
    );
    const table = screen.getByRole('table', { name: 'Report table' });
    const industry = { field: { field: 'INDUSTRY', op: 'EQ', value: 'it' } };
    const base = { statuses: ['DONE'], dateField: 'STARTS_AT', timeZone: 'Europe/Warsaw' };
    expect(filterOf(within(table).getByRole('link', { name: '3' }))).toMatchObject({
      ...base,
      client: industry,
      without: ['RESULT'],
    });
    const subtotal = filterOf(within(table).getByRole('link', { name: '4' }));
    expect(subtotal).toMatchObject({ ...base, client: industry });
    expect(subtotal?.without).toBeUndefined();
    expect(filterOf(within(table).getByRole('link', { name: '9' }))).toMatchObject({ ...base, liveClient: true });
    expect(within(table).queryByRole('link', { name: 'Subtotal' })).toBeNull();
  });
});
