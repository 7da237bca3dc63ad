// The mapping step (form kit): "Dry run" and "Import" send the same checked input and differ only in dryRun; a bad
// country stays on its field and sends nothing.
import type { MockLink } from '@apollo/client/testing';
import { fireEvent, screen, waitFor } from '@testing-library/react';
import { describe, expect, it, vi } from 'vitest';
import { renderWithProviders, testSession } from '../../../test/render.tsx';
import { StartImportMutation } from '../api/start-import-mutation.ts';
import { ImportMapping } from './import-mapping.tsx';

const data = {
  importPreview: {
    format: 'CSV',
    encoding: 'UTF-8',
    delimiter: ';',
    headers: ['Name', 'Tax id'],
    rows: [['Acme', 'HR123']],
    targets: ['name', 'taxId', 'attr:founded'],
    suggestedMapping: ['name', 'taxId'],
  },
  clientAttributes: [{ key: 'founded', label: 'Founded in' }],
  personAttributes: [{ key: 'founded', label: 'Person founded' }],
  importMappings: [],
} as unknown as Parameters<typeof ImportMapping>[0]['data'];

function renderMapping(entity: 'CLIENT' | 'PERSON' = 'CLIENT') {
  const sent = vi.fn();
  const mock: MockLink.MockedResponse = {
    request: {
      query: StartImportMutation,
      variables: (variables: Record<string, unknown>) => {
        sent(variables);
        return true;
      },
    },
    result: { data: { startImport: { __typename: 'ImportJob', id: 'job-1' } } },
    maxUsageCount: 5,
  };
  const onStarted = vi.fn();
  renderWithProviders(<ImportMapping fileId="f1" entity={entity} data={data} onStarted={onStarted} />, {
    session: testSession(['clients.import']),
    mocks: [mock],
  });
  return { sent, onStarted };
}

describe('import mapping', { timeout: 20_000 }, () => {
  it('runs a dry run, then the import, with the same input', async () => {
    const { sent, onStarted } = renderMapping();
    fireEvent.click(screen.getByRole('button', { name: 'Dry run' }));
    await waitFor(() => expect(onStarted).toHaveBeenCalledWith('job-1'));
    fireEvent.click(screen.getByRole('button', { name: 'Import' }));
    await waitFor(() => expect(onStarted).toHaveBeenCalledTimes(2));
    const base = { fileId: 'f1', mapping: ['name', 'taxId'], matchKey: 'TAX_ID', defaultCountry: 'HR' };
    expect(sent.mock.calls[0]![0]).toMatchObject({ input: { ...base, dryRun: true, saveMappingAs: null } });
    expect(sent.mock.calls[1]![0]).toMatchObject({ input: { ...base, dryRun: false } });
  });

  it('names attribute targets by their label in the user language, not their key', async () => {
    renderMapping();
    fireEvent.click(screen.getByRole('combobox', { name: 'Field for column Tax id' }));
    expect(await screen.findByRole('option', { name: 'Founded in' })).toBeTruthy();
    expect(screen.queryByRole('option', { name: 'founded' })).toBeNull();
  });

  it('keeps a bad country on its field', async () => {
    const { sent } = renderMapping();
    fireEvent.change(screen.getByRole('textbox', { name: 'Country for tax id checks' }), { target: { value: '1' } });
    fireEvent.click(screen.getByRole('button', { name: 'Dry run' }));
    await waitFor(() =>
      expect(screen.getByRole('textbox', { name: 'Country for tax id checks' }).getAttribute('aria-invalid')).toBe(
        'true',
      ),
    );
    expect(sent).not.toHaveBeenCalled();
  });

  it('imports contact persons: matched by e-mail by default, no client-only options', async () => {
    const { sent, onStarted } = renderMapping('PERSON');
    expect(screen.queryByRole('textbox', { name: 'Country for tax id checks' })).toBeNull();
    expect(screen.queryByRole('checkbox', { name: /Create missing list values/ })).toBeNull();
    expect(screen.getAllByText('Match existing contacts of the client by').length).toBeGreaterThan(0);
    fireEvent.click(screen.getByRole('button', { name: 'Dry run' }));
    await waitFor(() => expect(onStarted).toHaveBeenCalledWith('job-1'));
    expect(sent.mock.calls[0]![0]).toMatchObject({ input: { entity: 'PERSON', matchKey: 'EMAIL', dryRun: true } });
  });
});
