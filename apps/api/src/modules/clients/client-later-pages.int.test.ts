// The client list's later pages: asked with `withCount: false` (the web's "load more"), a page is one statement —
// no count (it belongs to the first page) and, with the viewer cached, no sign-in lookup.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startTestApi, type TestApi } from '../../test/api.ts';
import { until } from '../../test/app-process.ts';

const LIST = `query ClientList($first: Int, $after: String, $withCount: Boolean! = true) {
  clients(first: $first, after: $after) {
    count @include(if: $withCount) { value exact }
    edges { node { id name } }
    pageInfo { hasNextPage endCursor }
  }
}`;
type List = {
  clients: {
    count?: { value: number; exact: boolean };
    edges: { node: { id: string; name: string } }[];
    pageInfo: { hasNextPage: boolean; endCursor: string };
  };
};

let api: TestApi;
let cookie: string;

beforeAll(async () => {
  api = await startTestApi({ countQueries: true });
  const admin = await api.createUser('administrator');
  cookie = await api.login(admin.email, admin.password);
  const rows = Array.from({ length: 5 }, (_, i) => ({ kind: 'LEGAL' as const, name: `Page ${i}` }));
  await api.db.client.createMany({ data: rows });
  await until(() => api.services.viewerCache.active, 10_000);
});

afterAll(async () => {
  await api?.close();
});

describe('client list later pages', () => {
  it('runs only the page statement for a later page asked without its count', async () => {
    const first = await api.gql<List>(LIST, { first: 2 }, { cookie });
    expect(first.data!.clients.count).toEqual({ value: 5, exact: true });
    // Warm: the viewer is cached now.
    await api.gql<List>(LIST, { first: 2 }, { cookie });
    api.queries.length = 0;
    const next = await api.gql<List>(
      LIST,
      { first: 2, after: first.data!.clients.pageInfo.endCursor, withCount: false },
      { cookie },
    );
    expect(next.data!.clients.count).toBeUndefined();
    expect(next.data!.clients.edges.map((e) => e.node.name)).toEqual(['Page 2', 'Page 3']);
    expect(api.queries).toHaveLength(1);
  });
});
