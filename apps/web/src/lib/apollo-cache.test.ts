// Pages of one list are separate store fields that do not dirty each other; a record's change still reaches them.
import { gql, InMemoryCache, type TypedDocumentNode } from '@apollo/client';
import { describe, expect, it } from 'vitest';
import { createCache } from './apollo-cache.ts';

type Page = {
  clients: {
    __typename: 'ClientConnection';
    edges: { __typename: 'ClientEdge'; cursor: string; node: { __typename: 'Client'; id: string; name: string } }[];
    pageInfo: { __typename: 'PageInfo'; hasNextPage: boolean; endCursor: string | null };
  };
};
type Variables = { first: number; after?: string | null; search?: string };

const PageQuery: TypedDocumentNode<Page, Variables> = gql`
  query Page($first: Int, $after: String, $search: String) {
    clients(first: $first, after: $after, search: $search) {
      edges {
        cursor
        node {
          id
          name
        }
      }
      pageInfo {
        hasNextPage
        endCursor
      }
    }
  }
`;

const page = (from: number, size: number): Page => ({
  clients: {
    __typename: 'ClientConnection',
    edges: Array.from({ length: size }, (_, i) => ({
      __typename: 'ClientEdge' as const,
      cursor: `c${from + i}`,
      node: { __typename: 'Client' as const, id: `client-${from + i}`, name: `Client ${from + i}` },
    })),
    pageInfo: { __typename: 'PageInfo', hasNextPage: true, endCursor: `c${from + size - 1}` },
  },
});

/**
 * Writes the first page and watches it, then writes `pages` further pages: how often the cache re-read the watched
 * page (`onWatchUpdated` is called for every watch whose data was dirtied, before results are compared).
 */
function rereadsOfFirstPage(cache: InMemoryCache, pages: number) {
  cache.writeQuery({ query: PageQuery, variables: { first: 3 }, data: page(0, 3) });
  const seen: string[][] = [];
  const stop = cache.watch<Page, Variables>({
    query: PageQuery,
    variables: { first: 3 },
    optimistic: true,
    callback: (diff) => seen.push((diff.result as Page | null)?.clients.edges.map((e) => e.node.name) ?? []),
  });
  let rereads = 0;
  const write = (update: (c: InMemoryCache) => void) =>
    cache.batch({ update: (c) => update(c as InMemoryCache), onWatchUpdated: () => void rereads++ });
  write(() => undefined); // the watch's first read
  rereads = 0;
  seen.length = 0;
  for (let p = 1; p <= pages; p++)
    write((c) =>
      c.writeQuery({ query: PageQuery, variables: { first: 3, after: `c${p * 3 - 1}` }, data: page(p * 3, 3) }),
    );
  return { seen, rereads: () => rereads, write, stop };
}

describe('createCache', () => {
  it('does not tell a watched page about the pages written after it', () => {
    const { seen, rereads, stop } = rereadsOfFirstPage(createCache(), 5);
    expect(rereads()).toBe(0);
    expect(seen).toEqual([]);
    stop();
  });

  it('still tells it when a record on it changes', () => {
    const cache = createCache();
    const { seen, rereads, write, stop } = rereadsOfFirstPage(cache, 2);
    write((c) =>
      c.writeFragment({
        id: cache.identify({ __typename: 'Client', id: 'client-1' }),
        fragment: gql`
          fragment Renamed on Client {
            name
          }
        `,
        data: { __typename: 'Client', name: 'Renamed' },
      }),
    );
    expect(rereads()).toBe(1);
    expect(seen).toEqual([['Client 0', 'Renamed', 'Client 2']]);
    stop();
  });

  it('keeps every argument apart: another search or page is another store field', () => {
    const cache = createCache();
    cache.writeQuery({ query: PageQuery, variables: { first: 3, search: 'a' }, data: page(0, 3) });
    cache.writeQuery({ query: PageQuery, variables: { first: 3, search: 'b' }, data: page(10, 3) });
    cache.writeQuery({ query: PageQuery, variables: { first: 3, search: 'a', after: 'c2' }, data: page(3, 3) });
    const read = (variables: Variables) =>
      cache.readQuery({ query: PageQuery, variables })?.clients.edges.map((e) => e.node.id);
    expect(read({ first: 3, search: 'a' })).toEqual(['client-0', 'client-1', 'client-2']);
    expect(read({ first: 3, search: 'b' })).toEqual(['client-10', 'client-11', 'client-12']);
    expect(read({ first: 3, search: 'a', after: 'c2' })).toEqual(['client-3', 'client-4', 'client-5']);
    expect(read({ first: 4, search: 'a' })).toBeUndefined();
  });

  it('(why) a cache without the policy re-reads the first page for every page written', () => {
    const { rereads, stop } = rereadsOfFirstPage(new InMemoryCache(), 5);
    expect(rereads()).toBe(5);
    stop();
  });
});
