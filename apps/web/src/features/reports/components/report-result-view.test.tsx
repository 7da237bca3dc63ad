// The report table's group cells lead to the records behind them: the client list filtered to the group (the first
// group's cell to that group, a second one's to both when both are about clients), never a subtotal or other group.
import { screen, within } from '@testing-library/react';
import type { ReportDefinition } from '@veza/shared';
import { describe, expect, it } from 'vitest';
import { CLIENT_FILTER_PARAM, decodeClientFilter } from '../../../lib/client-filter-link.ts';
import { renderWithProviders } from '../../../test/render.tsx';
import { groupCellHref } from '../lib/report-links.ts';
import type { ReportResult } from '../lib/report-result.ts';
import { ReportResultView } from './report-result-view.tsx';

const definition: ReportDefinition = {
  subject: 'ACTIVITIES',
  dateField: 'STARTS_AT',
  groupBy: [{ dimension: 'INDUSTRY' }, { dimension: 'TYPE' }],
  measures: [{ fn: 'COUNT' }],
};

const group = (key: string | null, id: string | null, label: string | null) => ({ key, id, label });
const result = {
  columns: [
    { key: 'g0', kind: 'GROUP', dimension: 'INDUSTRY', fn: null, field: null },
    { key: 'g1', kind: 'GROUP', dimension: 'TYPE', fn: null, field: null },
    { key: 'm0', kind: 'MEASURE', dimension: null, fn: 'COUNT', field: null },
  ],
  rows: [
    { level: 'DETAIL', groups: [group('i1', 'RGljdDox', 'IT'), group('t1', 'RGljdDo3', 'Call')], values: [4] },
    { level: 'SUBTOTAL', groups: [group('i1', 'RGljdDox', 'IT'), group(null, null, null)], values: [4] },
  ],
  totals: [4],
  truncated: false,
  baseCurrency: 'EUR',
} as ReportResult;

const filterOfLink = (link: HTMLElement) =>
  decodeClientFilter(new URL(link.getAttribute('href')!, 'https://veza.example').searchParams.get(CLIENT_FILTER_PARAM))
    .filter;

describe('report table links', { timeout: 40_000 }, () => {
  it('links client-based group cells to the filtered client list, and nothing else', () => {
    renderWithProviders(
      <ReportResultView
        result={result}
        chart="TABLE"
        cellHref={(groups, depth) =>
          groupCellHref(definition, groups, depth, (id) => (id === 'RGljdDox' ? 'it' : undefined))
        }
      />,
    );
    const table = screen.getByRole('table', { name: 'Report table' });
    const links = within(table).getAllByRole('link', { name: 'IT' });
    expect(links).toHaveLength(2);
    for (const link of links)
      expect(filterOfLink(link)).toEqual({ field: { field: 'INDUSTRY', op: 'EQ', value: 'it' } });
    expect(within(table).queryByRole('link', { name: 'Call' })).toBeNull();
    expect(within(table).queryByRole('link', { name: 'Subtotal' })).toBeNull();
  });
});
