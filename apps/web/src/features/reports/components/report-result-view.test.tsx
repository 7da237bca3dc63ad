// The report table's cells lead to exactly the records behind them, as the API says with the result: a detail's
// values to its own target, the first group of a two-group detail to its subtotal's, the totals to the total's; a
// cell without a target (or of a list this app does not know) is plain text.
import { screen, within } from '@testing-library/react';
import type { ActivityFilter } from '@veza/shared';
import { describe, expect, it } from 'vitest';
import { renderWithProviders } from '../../../test/render.tsx';
import { decodeActivityFilter, decodeCampaignItemFilter } from '../../../lib/record-list-links.ts';
import { FILTER_PARAM } from '../../../lib/filter-link.ts';
import type { ReportResult } from '../lib/report-result.ts';
import { ReportResultView } from './report-result-view.tsx';

const group = (key: string | null, id: string | null, label: string | null) => ({ key, id, label });
const industry = { field: { field: 'INDUSTRY', op: 'EQ', value: 'it' } };
const base = { statuses: ['DONE'], dateField: 'STARTS_AT', timeZone: 'Europe/Warsaw' };
const activities = (filter: object) => ({ list: 'ACTIVITIES', filter: { ...base, ...filter } });

const result: ReportResult = {
  columns: [
    { key: 'g0', kind: 'GROUP', dimension: 'INDUSTRY', fn: null, field: null },
    { key: 'g1', kind: 'GROUP', dimension: 'RESULT', fn: null, field: null },
    { key: 'm0', kind: 'MEASURE', dimension: null, fn: 'COUNT', field: null },
  ],
  rows: [
    {
      level: 'DETAIL',
      groups: [group('i1', 'RGljdDox', 'IT'), group(null, null, null)],
      values: [3],
      drill: activities({ client: industry, without: ['RESULT'] }),
    },
    {
      level: 'DETAIL',
      groups: [group('i2', 'RGljdDoy', 'Retail'), group('r1', 'RGljdDoz', 'Won')],
      values: [5],
      drill: null,
    },
    {
      level: 'SUBTOTAL',
      groups: [group('i1', 'RGljdDox', 'IT'), group(null, null, null)],
      values: [4],
      drill: activities({ client: industry }),
    },
  ],
  totals: [9],
  totalDrill: { list: 'CAMPAIGN_ITEMS', filter: { states: ['DONE'], timeZone: 'Europe/Warsaw' } },
  truncated: false,
  baseCurrency: 'EUR',
};

const addressOf = (link: HTMLElement) => new URL(link.getAttribute('href')!, 'https://veza.example');
const filterOf = (link: HTMLElement): ActivityFilter | null => {
  const url = addressOf(link);
  expect(url.pathname).toBe('/activities');
  return decodeActivityFilter(url.searchParams.get(FILTER_PARAM)).filter;
};

describe('report table links', { timeout: 40_000 }, () => {
  it('links cells to the lists the API named, with their filters', () => {
    renderWithProviders(<ReportResultView result={result} chart="TABLE" />);
    const table = screen.getByRole('table', { name: 'Report table' });
    expect(filterOf(within(table).getByRole('link', { name: '3' }))).toMatchObject({
      ...base,
      client: industry,
      without: ['RESULT'],
    });
    const subtotal = filterOf(within(table).getByRole('link', { name: '4' }));
    expect(subtotal).toMatchObject({ ...base, client: industry });
    expect(subtotal?.without).toBeUndefined();
    // The first group of a detail leads where its subtotal does.
    const [firstIt] = within(table).getAllByRole('link', { name: 'IT' });
    expect(filterOf(firstIt!)).toEqual(subtotal);
    // No target: plain text.
    expect(within(table).queryByRole('link', { name: '5' })).toBeNull();
    expect(within(table).queryByRole('link', { name: 'Retail' })).toBeNull();
    expect(within(table).queryByRole('link', { name: 'Subtotal' })).toBeNull();
    const total = addressOf(within(table).getByRole('link', { name: '9' }));
    expect(total.pathname).toBe('/campaign-items');
    expect(decodeCampaignItemFilter(total.searchParams.get(FILTER_PARAM)).filter).toMatchObject({ states: ['DONE'] });
  });

  it('makes no link to a list this app does not know', () => {
    const unknown = { ...result, totalDrill: { list: 'SOMETHING_NEW', filter: null } };
    renderWithProviders(<ReportResultView result={unknown} chart="TABLE" />);
    expect(screen.getByRole('link', { name: '3' })).toBeDefined();
    expect(screen.queryByRole('link', { name: '9' })).toBeNull();
  });
});
