// The client form checks tax ids as the user types, with the same messages as the server.
import { fireEvent, screen } from '@testing-library/react';
import { DICTIONARY_KINDS } from '@veza/shared';
import { describe, expect, it } from 'vitest';
import { renderWithProviders, testSession } from '../../../test/render.tsx';
import { ClientFormDictionaryQuery } from '../api/client-form-dictionary-query.ts';
import { ClientForm } from './client-form-page.tsx';

const dictionaryMocks = DICTIONARY_KINDS.map((kind) => ({
  request: { query: ClientFormDictionaryQuery, variables: { kind } },
  result: { data: { dictionary: [] } },
  maxUsageCount: Number.POSITIVE_INFINITY,
}));

function renderForm() {
  renderWithProviders(<ClientForm client={null} definitions={[]} />, {
    session: testSession(['clients.read', 'clients.write']),
    mocks: dictionaryMocks,
    route: '/clients/new',
  });
}

describe('client form', () => {
  it('shows a check-digit error for a Croatian OIB before submitting', async () => {
    renderForm();
    fireEvent.change(screen.getByLabelText('Tax number'), { target: { value: '69435151531' } });
    expect(await screen.findByText('The tax number is not valid (check digit does not match).')).toBeTruthy();
  });

  it('accepts a valid OIB without an error', async () => {
    renderForm();
    const input = screen.getByLabelText('Tax number');
    fireEvent.change(input, { target: { value: '69435151530' } });
    fireEvent.change(input, { target: { value: '69435151530' } });
    await new Promise((r) => setTimeout(r, 50));
    expect(screen.queryByText(/The tax number/)).toBeNull();
  });

  it('asks for the name when submitted empty', async () => {
    renderForm();
    fireEvent.click(screen.getByRole('button', { name: 'Create client' }));
    expect(await screen.findByText('This field is required.')).toBeTruthy();
  });
});
