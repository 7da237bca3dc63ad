// Mapping a dry run's unmatched dictionary values by hand: each value gets a searchable select of the list's values in
// the user's language (or "create"), a capped list says so, and the choices travel in the import's valueMapping.
import type { MockLink } from '@apollo/client/testing';
import { fireEvent, screen, waitFor, within } from '@testing-library/react';
import { describe, expect, it, vi } from 'vitest';
import { renderWithProviders, testSession } from '../../../test/render.tsx';
import { ImportDictionariesQuery } from '../api/import-dictionaries-query.ts';
import { StartImportMutation } from '../api/start-import-mutation.ts';
import { ImportMapping } from './import-mapping.tsx';

const labels = (en: string, pl: string) => ({ __typename: 'Labels', en, pl, hr: en, cs: en });
const value = (id: string, en: string, pl: string) => ({ __typename: 'DictionaryValue', id, labels: labels(en, pl) });
const data = {
  importPreview: {
    format: 'CSV',
    encoding: 'UTF-8',
    delimiter: ';',
    headers: ['Name', 'Tax id', 'Status', 'Industry'],
    rows: [['Acme', 'HR123', 'Stalni kupac', 'Pekarstvo']],
    targets: ['name', 'taxId', 'status', 'industry'],
    suggestedMapping: ['name', 'taxId', 'status', 'industry'],
  },
  clientAttributes: [],
  personAttributes: [],
  importMappings: [
    {
      id: 'm1',
      name: 'ERP',
      mapping: ['name', 'taxId', 'status', 'industry'],
      valueMapping: [{ field: 'industry', value: 'Bakery', dictionaryValueId: null, create: true }],
    },
  ],
} as unknown as Parameters<typeof ImportMapping>[0]['data'];
const unmatched = [
  { field: 'status', distinct: 640, capped: true, values: [{ value: 'Stalni kupac', rows: 3 }] },
  { field: 'industry', distinct: 1, capped: false, values: [{ value: 'Pekarstvo', rows: 2 }] },
];

function renderMapping() {
  const sent = vi.fn();
  const start: MockLink.MockedResponse = {
    request: {
      query: StartImportMutation,
      variables: (variables: Record<string, unknown>) => {
        sent(variables);
        return true;
      },
    },
    result: { data: { startImport: { __typename: 'ImportJob', id: 'job-2' } } },
    maxUsageCount: 5,
  };
  const dictionaries: MockLink.MockedResponse = {
    request: { query: ImportDictionariesQuery },
    result: {
      data: {
        status: [value('dv-customer', 'Customer', 'Klient'), value('dv-former', 'Former customer', 'Były klient')],
        segment: [],
        industry: [value('dv-it', 'IT', 'IT')],
        leadSource: [],
      },
    },
    maxUsageCount: 9,
  };
  const onStarted = vi.fn();
  renderWithProviders(<ImportMapping fileId="f1" data={data} unmatched={unmatched} onStarted={onStarted} />, {
    session: testSession(['clients.write']),
    mocks: [start, dictionaries],
  });
  return { sent, onStarted };
}

describe('mapping unmatched dictionary values', { timeout: 20_000 }, () => {
  it('sends a chosen list value and "create" for the values picked; one left alone stays invalid', async () => {
    const { sent, onStarted } = renderMapping();
    expect(screen.getByText('Rows: 3')).toBeTruthy();
    expect(screen.getByText(/Only the 1 most frequent of 640 different values are listed/)).toBeTruthy();
    fireEvent.click(screen.getByRole('combobox', { name: 'Stalni kupac' }));
    fireEvent.click(await screen.findByRole('option', { name: 'Former customer', hidden: true }));
    fireEvent.click(screen.getByRole('button', { name: 'Dry run' }));
    await waitFor(() => expect(onStarted).toHaveBeenCalledWith('job-2'));
    expect(sent.mock.calls[0]![0]).toMatchObject({
      input: { valueMapping: [{ field: 'status', value: 'Stalni kupac', dictionaryValueId: 'dv-former' }] },
    });
    const industry = screen.getByRole('combobox', { name: 'Pekarstvo' });
    fireEvent.click(industry);
    const list = document.getElementById(industry.getAttribute('aria-controls')!)!;
    fireEvent.click(within(list).getByRole('option', { name: '+ Create this value', hidden: true }));
    fireEvent.click(screen.getByRole('button', { name: 'Import' }));
    await waitFor(() => expect(onStarted).toHaveBeenCalledTimes(2));
    expect(sent.mock.calls[1]![0].input.valueMapping).toEqual([
      { field: 'status', value: 'Stalni kupac', dictionaryValueId: 'dv-former', create: false },
      { field: 'industry', value: 'Pekarstvo', create: true },
    ]);
  });

  it('replaces the choices with a saved mapping’s own', async () => {
    const { sent, onStarted } = renderMapping();
    fireEvent.click(screen.getByRole('combobox', { name: 'Stalni kupac' }));
    fireEvent.click(await screen.findByRole('option', { name: 'Customer', hidden: true }));
    fireEvent.click(screen.getByRole('combobox', { name: 'Saved mapping' }));
    fireEvent.click(await screen.findByRole('option', { name: 'ERP', hidden: true }));
    expect(await screen.findByRole('combobox', { name: 'Bakery' })).toBeTruthy();
    fireEvent.click(screen.getByRole('button', { name: 'Import' }));
    await waitFor(() => expect(onStarted).toHaveBeenCalled());
    expect(sent.mock.calls[0]![0].input.valueMapping).toEqual([{ field: 'industry', value: 'Bakery', create: true }]);
  });
});
