// The duplicates page shows each candidate pair with both records' details read back from the app's cache (the
// earlier query selected them through a fragment on the Node interface, which the cache never matched: blank page).
import type { MockLink } from '@apollo/client/testing';
import { fireEvent, screen, within } from '@testing-library/react';
import { describe, expect, it, vi } from 'vitest';
import { renderWithProviders, testSession } from '../../../test/render.tsx';
import { DuplicateCandidatesQuery } from '../api/duplicate-candidates-query.ts';
import { MergeClientsMutation } from '../api/merge-clients-mutation.ts';
import DuplicatesPage from './duplicates-page.tsx';

const client = (id: string, name: string) => ({
  __typename: 'Client',
  id,
  name,
  city: 'Zagreb',
  taxId: null,
  emails: [`info@${id}.hr`],
  createdAt: '2026-12-01T10:00:00Z',
});

const candidates: MockLink.MockedResponse = {
  request: { query: DuplicateCandidatesQuery, variables: { entity: 'CLIENT', after: null } },
  result: {
    data: {
      duplicateCandidates: {
        __typename: 'DuplicatePairPage',
        pairs: [
          {
            __typename: 'DuplicatePair',
            score: 0.83,
            reasons: ['SIMILAR_NAME'],
            left: client('c1', 'Mlinar d.o.o.'),
            right: client('c2', 'MLINAR d.o.o., Zagreb'),
          },
        ],
        endCursor: 'x',
        hasNextPage: false,
      },
    },
  },
};

describe('DuplicatesPage', () => {
  it('lists a pair with both records, the score and reason, and a keep action for each side', async () => {
    renderWithProviders(<DuplicatesPage />, {
      mocks: [candidates],
      session: testSession(['clients.read', 'clients.write', 'clients.delete']),
    });
    expect(await screen.findByRole('link', { name: 'Mlinar d.o.o.' })).toBeTruthy();
    expect(screen.getByRole('link', { name: 'MLINAR d.o.o., Zagreb' })).toBeTruthy();
    expect(screen.getByText('Zagreb · info@c1.hr')).toBeTruthy();
    expect(screen.getByText('83 %')).toBeTruthy();
    expect(screen.getByText('similar name')).toBeTruthy();
    expect(screen.getByRole('button', { name: 'Keep Mlinar d.o.o.' })).toBeTruthy();
    expect(screen.getByRole('button', { name: 'Keep MLINAR d.o.o., Zagreb' })).toBeTruthy();
  });

  it('merges the other side into the one kept, after the confirmation, and hides the pair', async () => {
    const merged = vi.fn(() => ({ data: { mergeClients: { __typename: 'Client', id: 'c2', version: 2 } } }));
    renderWithProviders(<DuplicatesPage />, {
      mocks: [
        candidates,
        { request: { query: MergeClientsMutation, variables: { keepId: 'c2', mergeIds: ['c1'] } }, result: merged },
      ],
      session: testSession(['clients.read', 'clients.write', 'clients.delete']),
    });
    fireEvent.click(await screen.findByRole('button', { name: 'Keep MLINAR d.o.o., Zagreb' }));
    const dialog = await screen.findByRole('dialog', { name: 'Merge records' });
    expect(dialog.textContent).toContain('Keep “MLINAR d.o.o., Zagreb” and merge “Mlinar d.o.o.” into it?');
    fireEvent.click(within(dialog).getByRole('button', { name: 'Merge' }));
    expect(await screen.findByText('No likely duplicates found.')).toBeTruthy();
    expect(merged).toHaveBeenCalledTimes(1);
  });
});
