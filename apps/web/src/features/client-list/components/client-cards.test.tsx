// The client list on a phone: a card per client whose phone, e-mail and address are one tap away.
import { fireEvent, screen, within } from '@testing-library/react';
import { describe, expect, it, vi } from 'vitest';
import { renderWithProviders } from '../../../test/render.tsx';
import type { ClientRow } from '../hooks/use-client-list.ts';
import { ClientCards } from './client-cards.tsx';

const row = (over: Partial<ClientRow>): ClientRow => ({
  id: 'c1',
  name: 'Kovač d.o.o.',
  kind: 'LEGAL',
  roles: [],
  street: 'Ilica 1',
  postalCode: '10000',
  city: 'Zagreb',
  country: 'HR',
  taxId: null,
  phones: ['+385 1 234 567', '+385 91 000 000'],
  emails: ['info@kovac.hr'],
  attributes: null,
  lastContactAt: null,
  createdAt: '2026-01-01T00:00:00.000Z',
  status: null,
  segment: null,
  industry: null,
  leadSource: null,
  accountManager: null,
  ...over,
});

const props = { label: 'Clients', loading: false, emptyText: 'No clients yet', loadingMore: false };

describe('ClientCards', () => {
  it('links the name to the client and calls, writes and maps with one tap', () => {
    renderWithProviders(<ClientCards {...props} rows={[row({})]} hasMore={false} onLoadMore={() => {}} />);
    const card = within(screen.getByRole('list', { name: 'Clients' })).getByRole('listitem');
    expect(within(card).getByRole('link', { name: 'Kovač d.o.o.' }).getAttribute('href')).toBe('/clients/c1');
    expect(within(card).getByRole('link', { name: 'Call +385 1 234 567' }).getAttribute('href')).toBe(
      'tel:+3851234567',
    );
    expect(within(card).getByRole('link', { name: 'Write an e-mail' }).getAttribute('href')).toBe(
      'mailto:info@kovac.hr',
    );
    const map = within(card).getByRole('link', { name: 'Map' });
    expect(map.getAttribute('href')).toContain(encodeURIComponent('Ilica 1, 10000 Zagreb'));
    expect(within(card).getByText('Company · Zagreb')).toBeTruthy();
  });

  it('offers no link for what the client lacks, and loads more on request', () => {
    const onLoadMore = vi.fn();
    renderWithProviders(
      <ClientCards
        {...props}
        rows={[row({ phones: [], emails: [], street: null, city: null })]}
        hasMore
        onLoadMore={onLoadMore}
      />,
    );
    expect(screen.queryByRole('link', { name: /Call/ })).toBeNull();
    expect(screen.queryByRole('link', { name: 'Map' })).toBeNull();
    fireEvent.click(screen.getByRole('button', { name: 'Load more' }));
    expect(onLoadMore).toHaveBeenCalledOnce();
  });

  it('says so when there are no clients', () => {
    renderWithProviders(<ClientCards {...props} rows={[]} hasMore={false} onLoadMore={() => {}} />);
    expect(screen.getByText('No clients yet')).toBeTruthy();
  });
});
