// No N+1: a page of clients with their relations costs the same number of SQL statements for 5 rows as for 50.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startTestApi, type TestApi } from '../test/api.ts';
import { ensureDefaultDictionaries } from '../modules/dictionaries/dictionaries.defaults.ts';
import { seedClients } from '../seed/demo-data.ts';

let api: TestApi;
let cookie: string;

const PAGE = `query($first: Int) { clients(first: $first) { edges { node {
  name status { label } segment { label } accountManager { name profiles { name } } createdBy { name }
  persons { role person { fullName clients { client { name } } } } } } } }`;

beforeAll(async () => {
  api = await startTestApi({ countQueries: true });
  await ensureDefaultDictionaries(api.db);
  const admin = await api.createUser('administrator');
  cookie = await api.login(admin.email, admin.password);
  await seedClients(api.db, 120, { seed: 3 });
});
afterAll(() => api.close());

async function statementsFor(first: number): Promise<number> {
  // The same request once uncounted first: the session (viewer cache, 5 s) and per-process caches are then fresh, so
  // only the page's own statements are counted however long a loaded machine took since the previous request.
  await api.gql(PAGE, { first }, { cookie });
  api.queries.length = 0;
  const res = await api.gql(PAGE, { first }, { cookie });
  expect(res.errors).toBeUndefined();
  return api.queries.length;
}

describe('DataLoader batching', () => {
  it('reads the account managers with the page itself (the page primes the user loader)', async () => {
    await statementsFor(1);
    api.queries.length = 0;
    const res = await api.gql<{ clients: { edges: { node: { accountManager: { name: string } | null } }[] } }>(
      `{ clients(first: 50) { edges { node { name accountManager { id name email } } } } }`,
      {},
      { cookie },
    );
    expect(res.errors).toBeUndefined();
    const managers = res.data!.clients.edges.flatMap((e) =>
      e.node.accountManager ? [e.node.accountManager.name] : [],
    );
    expect(managers.length).toBeGreaterThan(10);
    expect(managers.every((name) => name.length > 0)).toBe(true);
    // Statements of their own for users: Prisma's `FROM "public"."users"`; the page reads them in a subquery.
    expect(api.queries.filter((q) => q.includes('"users"')).length).toBe(0);
  });

  it('loads 50 clients with status, segment, manager, profiles and persons in as many statements as 5 clients', async () => {
    await statementsFor(1); // warm the per-process caches (attribute definitions), so both counts are per request
    const small = await statementsFor(5);
    const large = await statementsFor(50);
    expect(large).toBe(small);
    expect(large).toBeLessThan(25);
  });
});
