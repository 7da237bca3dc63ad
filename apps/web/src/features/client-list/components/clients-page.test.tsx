// The client list opened from a link with a filter (lib/client-filter-link.ts): the filter is applied and sent, the
// saved views wait until "Show all clients"; a damaged or invalid filter is ignored with a notice.
import type { MockLink } from '@apollo/client/testing';
import { fireEvent, screen, waitFor } from '@testing-library/react';
import type { ClientFilter } from '@veza/shared';
import { describe, expect, it, vi } from 'vitest';
import { FilterOptionsQuery } from '../../../components/filter-builder/api/filter-options-query.ts';
import { clientListHref, encodeClientFilter } from '../../../lib/client-filter-link.ts';
import { renderWithProviders, testSession } from '../../../test/render.tsx';
import { ClientListQuery, ClientTotalQuery } from '../api/client-list-query.ts';
import ClientsPage from './clients-page.tsx';

const optionsMock: MockLink.MockedResponse = {
  request: { query: FilterOptionsQuery },
  result: {
    data: { clientAttributes: [], personAttributes: [], statuses: [], segments: [], industries: [], leadSources: [] },
  },
  maxUsageCount: Number.POSITIVE_INFINITY,
};

function listMock(sent: (filter: unknown) => void, count = { value: 0, exact: true }): MockLink.MockedResponse {
  return {
    request: {
      query: ClientListQuery,
      variables: (variables: Record<string, unknown>) => {
        sent(variables.filter);
        return true;
      },
    },
    result: {
      data: {
        clients: {
          __typename: 'ClientConnection',
          count: { __typename: 'ListCount', ...count },
          edges: [],
          pageInfo: { __typename: 'PageInfo', hasNextPage: false, endCursor: null },
        },
      },
    },
    maxUsageCount: Number.POSITIVE_INFINITY,
  };
}

/** Stands in for the saved views bar the app passes in (features/saved-views), to see when it is offered. */
const ViewsBar = () => <span>Saved views here</span>;

function renderPage(route: string, permissions = ['clients.read']) {
  const sent = vi.fn();
  renderWithProviders(<ClientsPage viewsBar={ViewsBar} />, {
    session: testSession(permissions),
    mocks: [optionsMock, listMock(sent)],
    route,
  });
  return sent;
}

const filter: ClientFilter = { and: [{ field: { field: 'COUNTRY', op: 'EQ', value: 'HR' } }] };

describe('client list opened from a link', { timeout: 40_000 }, () => {
  it('applies and sends the link’s filter, and offers the saved views again after "Show all clients"', async () => {
    const sent = renderPage(clientListHref(filter));
    await waitFor(() => expect(sent).toHaveBeenCalledWith(filter));
    expect(screen.getByText(/Showing the clients from a link/)).toBeTruthy();
    expect(screen.queryByText('Saved views here')).toBeNull();
    expect(screen.getByRole('button', { name: /Filter/ }).textContent).toContain('1');

    fireEvent.click(screen.getByRole('button', { name: 'Show all clients' }));
    await waitFor(() => expect(sent).toHaveBeenLastCalledWith(null));
    expect(screen.getByText('Saved views here')).toBeTruthy();
    expect(screen.queryByText(/Showing the clients from a link/)).toBeNull();
  });

  it.each([
    ['a damaged parameter', '/clients?filter=%%%'],
    [
      'a filter the schema refuses',
      `/clients?filter=${encodeClientFilter({ field: { field: 'CITY', op: 'GT', value: 1 } } as ClientFilter)}`,
    ],
  ])('ignores %s with a notice and lists all clients', async (_name, route) => {
    const sent = renderPage(route);
    await waitFor(() => expect(sent).toHaveBeenCalled());
    expect(sent.mock.calls.every(([f]) => f == null)).toBe(true);
    expect(screen.getByRole('alert').textContent).toContain('could not be read');
    expect(screen.getByText('Saved views here')).toBeTruthy();
  });
});

describe('client list header', { timeout: 40_000 }, () => {
  it('offers "New client" to those who may create clients, and only to them', async () => {
    const sent = renderPage('/clients', ['clients.read', 'clients.write']);
    await waitFor(() => expect(sent).toHaveBeenCalled());
    expect(screen.getByRole('link', { name: 'New client' }).getAttribute('href')).toBe('/clients/new');
  });

  it('hides "New client" from read-only users', async () => {
    const sent = renderPage('/clients');
    await waitFor(() => expect(sent).toHaveBeenCalled());
    expect(screen.queryByRole('link', { name: 'New client' })).toBeNull();
  });
});

describe('client list count', { timeout: 40_000 }, () => {
  it('shows an estimate as "about", and the exact figure when the user asks for it', async () => {
    const totalAsked = vi.fn();
    const exactMock: MockLink.MockedResponse = {
      request: {
        query: ClientTotalQuery,
        variables: (variables: Record<string, unknown>) => {
          totalAsked(variables.filter);
          return true;
        },
      },
      result: { data: { clients: { __typename: 'ClientConnection', totalCount: 41234 } } },
    };
    const sent = vi.fn();
    renderWithProviders(<ClientsPage viewsBar={ViewsBar} />, {
      session: testSession(['clients.read']),
      mocks: [optionsMock, exactMock, listMock(sent, { value: 41000, exact: false })],
      route: '/clients',
    });
    await screen.findByText('about 41,000 clients');
    expect(totalAsked).not.toHaveBeenCalled();
    fireEvent.click(screen.getByRole('button', { name: 'Count exactly' }));
    await screen.findByText('41,234 clients');
    expect(totalAsked).toHaveBeenCalledTimes(1);
    expect(screen.queryByRole('button', { name: 'Count exactly' })).toBeNull();
    expect(screen.getByRole('table').getAttribute('aria-rowcount')).toBe('41235');
  });

  it('shows an exact count without the button', async () => {
    const sent = vi.fn();
    renderWithProviders(<ClientsPage viewsBar={ViewsBar} />, {
      session: testSession(['clients.read']),
      mocks: [optionsMock, listMock(sent, { value: 12, exact: true })],
      route: '/clients',
    });
    await screen.findByText('12 clients');
    expect(screen.queryByRole('button', { name: 'Count exactly' })).toBeNull();
  });
});
