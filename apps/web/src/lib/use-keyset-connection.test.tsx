// A keyset connection shows its first page, appends the next one after the last cursor, and copes with no data.
import { gql, InMemoryCache, type TypedDocumentNode } from '@apollo/client';
import type { MockLink } from '@apollo/client/testing';
import { MockedProvider } from '@apollo/client/testing/react';
import { act, renderHook, waitFor } from '@testing-library/react';
import type { ReactNode } from 'react';
import { describe, expect, it } from 'vitest';
import { rememberFetched } from './recently-fetched.ts';
import { useKeysetConnection } from './use-keyset-connection.ts';
import { WATCHED_PAGES } from './use-more-pages.ts';

interface Book {
  __typename: 'Book';
  id: string;
  title: string;
}
interface Books {
  __typename: 'BookConnection';
  totalCount: number;
  edges: { __typename: 'BookEdge'; cursor: string; node: Book }[];
  pageInfo: { __typename: 'PageInfo'; hasNextPage: boolean; endCursor: string | null };
}
interface Data {
  shelf: { __typename: 'Shelf'; id: string; books: Books } | null;
}
interface Variables {
  shelf: string;
  first?: number | null;
  after?: string | null;
  [key: string]: unknown;
}

const ShelfBooksQuery: TypedDocumentNode<Data, Variables> = gql`
  query ShelfBooks($shelf: ID!, $first: Int, $after: String) {
    shelf(id: $shelf) {
      id
      books(first: $first, after: $after) {
        totalCount
        edges {
          cursor
          node {
            id
            title
          }
        }
        pageInfo {
          hasNextPage
          endCursor
        }
      }
    }
  }
`;

const book = (n: number) => ({
  __typename: 'BookEdge' as const,
  cursor: `c${n}`,
  node: { __typename: 'Book' as const, id: `b${n}`, title: `Book ${n}` },
});
const page = (numbers: number[], hasNextPage: boolean): Data => ({
  shelf: {
    __typename: 'Shelf',
    id: 's1',
    books: {
      __typename: 'BookConnection',
      totalCount: 3,
      edges: numbers.map(book),
      pageInfo: { __typename: 'PageInfo', hasNextPage, endCursor: `c${numbers.at(-1)}` },
    },
  },
});

const select = (data: Data) => data.shelf?.books;

function renderConnection(
  mocks: MockLink.MockedResponse[],
  options: { skip?: boolean } = {},
  cache = new InMemoryCache(),
) {
  const wrapper = ({ children }: { children: ReactNode }) => (
    <MockedProvider mocks={mocks} cache={cache}>
      {children}
    </MockedProvider>
  );
  return renderHook(
    () => useKeysetConnection(ShelfBooksQuery, { variables: { shelf: 's1', first: 2 }, select, ...options }),
    { wrapper },
  );
}

/** Books 1–2, then (a little later) book 3 after cursor c2; each answered once. */
const twoPages: MockLink.MockedResponse[] = [
  { request: { query: ShelfBooksQuery, variables: { shelf: 's1', first: 2 } }, result: { data: page([1, 2], true) } },
  {
    request: { query: ShelfBooksQuery, variables: { shelf: 's1', first: 2, after: 'c2' } },
    result: { data: page([3], false) },
    delay: 20,
  },
];

const titles = (rows: { title: string }[]) => rows.map((r) => r.title);

describe('useKeysetConnection', () => {
  it('reads a first page fetched a moment ago from the cache without asking the server again', async () => {
    const cache = new InMemoryCache();
    const variables = { shelf: 's1', first: 2 };
    cache.writeQuery({ query: ShelfBooksQuery, variables, data: page([1, 2], true) });
    rememberFetched(ShelfBooksQuery, variables);
    // No mocked response: a request would end in "no more mocked responses" (an error).
    const { result } = renderConnection([], {}, cache);
    expect(titles(result.current.rows)).toEqual(['Book 1', 'Book 2']);
    await new Promise((resolve) => setTimeout(resolve, 50));
    expect(result.current.error).toBeUndefined();
    expect(result.current.refreshing).toBe(false);
  });

  it('shows the first page, then appends the page after the last cursor', async () => {
    const { result } = renderConnection(twoPages);
    expect(result.current.loading).toBe(true);
    await waitFor(() => expect(titles(result.current.rows)).toEqual(['Book 1', 'Book 2']));
    expect(result.current).toMatchObject({ loading: false, hasMore: true, totalCount: 3, loadingMore: false });

    let done: Promise<void> = Promise.resolve();
    act(() => {
      done = result.current.loadMore();
    });
    expect(result.current.loadingMore).toBe(true);
    await act(() => done);

    await waitFor(() => expect(titles(result.current.rows)).toEqual(['Book 1', 'Book 2', 'Book 3']));
    expect(result.current).toMatchObject({ hasMore: false, loadingMore: false, error: undefined });
  });

  it('asks for a page once when "load more" is called again before it arrives', async () => {
    // One response per page: a second request for page two would fail with "no more mocked responses".
    const { result } = renderConnection(twoPages);
    await waitFor(() => expect(result.current.hasMore).toBe(true));
    const { loadMore } = result.current;
    await act(() => Promise.all([loadMore(), loadMore()]));
    // The scroll handler may fire again with the same (stale) callback once the request is done.
    await act(() => loadMore());

    await waitFor(() => expect(titles(result.current.rows)).toEqual(['Book 1', 'Book 2', 'Book 3']));
    expect(result.current.error).toBeUndefined();
  });

  it('asks later pages without the count and keeps the first page’s total', async () => {
    const CountedQuery: TypedDocumentNode<Data, Variables> = gql`
      query ShelfBooksCounted($shelf: ID!, $first: Int, $after: String, $withCount: Boolean! = true) {
        shelf(id: $shelf) {
          id
          books(first: $first, after: $after) {
            totalCount @include(if: $withCount)
            edges {
              cursor
              node {
                id
                title
              }
            }
            pageInfo {
              hasNextPage
              endCursor
            }
          }
        }
      }
    `;
    const { totalCount: _dropped, ...uncounted } = page([3], false).shelf!.books;
    const mocks: MockLink.MockedResponse[] = [
      { request: { query: CountedQuery, variables: { shelf: 's1', first: 2 } }, result: { data: page([1, 2], true) } },
      {
        // Only this exact variable set is answered: a second page asked with its count would fail.
        request: { query: CountedQuery, variables: { shelf: 's1', first: 2, after: 'c2', withCount: false } },
        result: { data: { shelf: { __typename: 'Shelf', id: 's1', books: uncounted } } },
      },
    ];
    const wrapper = ({ children }: { children: ReactNode }) => (
      <MockedProvider mocks={mocks}>{children}</MockedProvider>
    );
    const { result } = renderHook(
      () =>
        useKeysetConnection(CountedQuery, {
          variables: { shelf: 's1', first: 2 },
          select,
          moreVariables: { withCount: false },
        }),
      { wrapper },
    );
    await waitFor(() => expect(result.current.totalCount).toBe(3));
    await act(() => result.current.loadMore());
    await waitFor(() => expect(titles(result.current.rows)).toEqual(['Book 1', 'Book 2', 'Book 3']));
    expect(result.current).toMatchObject({ totalCount: 3, hasMore: false, error: undefined });
  });

  it('keeps a later page live: an edit of one of its records in the cache shows in the rows', async () => {
    const cache = new InMemoryCache();
    const { result } = renderConnection(twoPages, {}, cache);
    await waitFor(() => expect(result.current.hasMore).toBe(true));
    await act(() => result.current.loadMore());
    await waitFor(() => expect(titles(result.current.rows)).toEqual(['Book 1', 'Book 2', 'Book 3']));

    act(() => {
      cache.writeFragment({
        id: cache.identify({ __typename: 'Book', id: 'b3' }),
        fragment: gql`
          fragment BookTitle on Book {
            title
          }
        `,
        data: { __typename: 'Book', title: 'Book 3, second edition' },
      });
    });
    await waitFor(() => expect(titles(result.current.rows)).toEqual(['Book 1', 'Book 2', 'Book 3, second edition']));
  });

  it('has no rows and nothing more to load when the connection is absent', async () => {
    const { result } = renderConnection([
      { request: { query: ShelfBooksQuery, variables: { shelf: 's1', first: 2 } }, result: { data: { shelf: null } } },
    ]);
    await waitFor(() => expect(result.current.loading).toBe(false));
    // Asking for more would hit the mock link with no matching response and surface an error.
    await act(() => result.current.loadMore());
    expect(result.current).toMatchObject({ rows: [], hasMore: false, totalCount: 0, error: undefined });
  });

  it('passes a failed request on as the error', async () => {
    const { result } = renderConnection([
      { request: { query: ShelfBooksQuery, variables: { shelf: 's1', first: 2 } }, error: new Error('API down') },
    ]);
    await waitFor(() => expect(result.current.error?.message).toBe('API down'));
    expect(result.current.rows).toEqual([]);
  });

  it('asks nothing while skipped', async () => {
    const { result } = renderConnection([], { skip: true });
    await new Promise((resolve) => setTimeout(resolve, 20));
    expect(result.current).toMatchObject({ rows: [], loading: false, error: undefined });
  });

  it(`keeps the first page and the latest ${WATCHED_PAGES} pages live; older pages keep the rows they were read with`, async () => {
    // Six pages of two books: 1–2 (the query), then 3–4 … 11–12 (one query each, after the previous end cursor).
    const pages = [1, 3, 5, 7, 9, 11];
    const mocks: MockLink.MockedResponse[] = pages.map((n, i) => ({
      request: { query: ShelfBooksQuery, variables: { shelf: 's1', first: 2, ...(i ? { after: `c${n - 1}` } : {}) } },
      result: { data: page([n, n + 1], i < pages.length - 1) },
    }));
    const cache = new InMemoryCache();
    const { result } = renderConnection(mocks, {}, cache);
    await waitFor(() => expect(result.current.rows).toHaveLength(2));
    for (let i = 1; i < pages.length; i++) {
      await act(() => result.current.loadMore());
      await waitFor(() => expect(result.current.rows).toHaveLength(2 * (i + 1)));
    }
    const rename = (id: string, title: string) =>
      act(() =>
        cache.writeFragment({
          id: cache.identify({ __typename: 'Book', id }),
          fragment: gql`
            fragment Retitled on Book {
              title
            }
          `,
          data: { __typename: 'Book', title },
        }),
      );
    rename('b1', 'First, renamed');
    rename('b3', 'Third, renamed');
    rename('b11', 'Eleventh, renamed');
    await waitFor(() => expect(result.current.rows[10]!.title).toBe('Eleventh, renamed'));
    expect(result.current.rows[0]!.title).toBe('First, renamed');
    // Page two (books 3–4) is no longer watched once three pages came after it.
    expect(result.current.rows[2]!.title).toBe('Book 3');
    expect(result.current.rows).toHaveLength(12);
  });
});
