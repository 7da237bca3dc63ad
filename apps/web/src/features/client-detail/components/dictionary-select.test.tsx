// The "+" next to a dictionary field (seed 004): shown to dictionary administrators and to users whose profile may
// add dictionary values, hidden from everyone else.
import { screen } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { renderWithProviders, testSession } from '../../../test/render.tsx';
import { ClientFormDictionaryQuery } from '../api/client-form-dictionary-query.ts';
import { DictionarySelect } from './dictionary-select.tsx';

const mocks = [
  {
    request: { query: ClientFormDictionaryQuery, variables: { kind: 'INDUSTRY' } },
    result: { data: { dictionary: [] } },
    maxUsageCount: Number.POSITIVE_INFINITY,
  },
];

const plus = () => screen.queryByRole('button', { name: 'Add a new value to “Industry”' });

function renderSelect(permissions: string[]) {
  renderWithProviders(<DictionarySelect kind="INDUSTRY" label="Industry" value={null} onChange={() => {}} />, {
    session: testSession(permissions),
    mocks,
  });
}

describe('DictionarySelect "+"', () => {
  it.each([
    [['clients.read', 'clients.write', 'dictionaries.addValue'], true],
    [['dictionaries.manage'], true],
    [['clients.read', 'clients.write'], false],
  ])('with %j shows "+": %s', (permissions, shown) => {
    renderSelect(permissions);
    expect(plus() !== null).toBe(shown);
  });
});
