// The home page's pinned reports: only pinned templates are listed, each with its first measure's total from
// runReport (the saved definition is sent as it is); without a pinned one the card does not show at all.
import type { MockLink } from '@apollo/client/testing';
import { screen } from '@testing-library/react';
import { describe, expect, it, vi } from 'vitest';
import { renderWithProviders, testSession } from '../../../test/render.tsx';
import { RunReportQuery } from '../api/run-report-query.ts';
import { SavedReportsQuery } from '../api/saved-reports-query.ts';
import PinnedReportsCard from './pinned-reports-card.tsx';

const DEFINITION = {
  subject: 'ACTIVITIES',
  dateField: 'STARTS_AT',
  groupBy: [{ dimension: 'AGENT' }],
  measures: [{ fn: 'SUM', field: 'WORK_MINUTES' }],
};

const saved = (id: string, name: string, pinned: boolean) => ({
  __typename: 'SavedReport',
  id,
  name,
  readyKey: null,
  shared: false,
  pinned,
  chart: 'TABLE',
  definition: DEFINITION,
  editable: true,
  version: 1,
});

function savedMock(reports: ReturnType<typeof saved>[]): MockLink.MockedResponse {
  return { request: { query: SavedReportsQuery }, result: { data: { savedReports: reports } } };
}

function runMock(sent: (v: unknown) => void): MockLink.MockedResponse {
  const column = (key: string, kind: string, fn: string | null, field: string | null, dimension: string | null) => ({
    __typename: 'ReportColumn',
    key,
    kind,
    fn,
    field,
    dimension,
  });
  return {
    request: {
      query: RunReportQuery,
      variables: (variables: Record<string, unknown>) => {
        sent(variables);
        return true;
      },
    },
    result: {
      data: {
        runReport: {
          __typename: 'ReportResult',
          columns: [column('g0', 'GROUP', null, null, 'AGENT'), column('m0', 'MEASURE', 'SUM', 'WORK_MINUTES', null)],
          rows: [],
          totals: [12345.5],
          truncated: false,
          baseCurrency: 'EUR',
        },
      },
    },
  };
}

describe('pinned reports card', { timeout: 20_000 }, () => {
  it('lists the pinned report with its total and leaves the others out', async () => {
    const sent = vi.fn();
    renderWithProviders(<PinnedReportsCard />, {
      session: testSession(['reports.read', 'activities.read']),
      mocks: [savedMock([saved('SR1', 'Monthly minutes', true), saved('SR2', 'Hidden one', false)]), runMock(sent)],
    });
    expect(await screen.findByRole('heading', { name: 'Pinned reports' })).toBeTruthy();
    expect(await screen.findByLabelText('Monthly minutes: Total')).toHaveProperty('textContent', '12,345.5');
    expect(screen.getByRole('link', { name: 'Monthly minutes' }).getAttribute('href')).toBe('/reports');
    expect(screen.queryByText('Hidden one')).toBeNull();
    expect(sent).toHaveBeenCalledWith({ definition: expect.objectContaining(DEFINITION) });
  });

  it('shows nothing without a pinned report', async () => {
    const sent = vi.fn();
    const { container } = renderWithProviders(<PinnedReportsCard />, {
      session: testSession(['reports.read']),
      mocks: [savedMock([saved('SR2', 'Not pinned', false)]), runMock(sent)],
    });
    await new Promise((resolve) => setTimeout(resolve, 300));
    expect(container.textContent).not.toContain('Pinned reports');
    expect(sent).not.toHaveBeenCalled();
  });
});
