// Hostile requests are refused with the right code and write nothing: query limits, CSRF, GET mutations, production mode.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { errorCode, startTestApi, type TestApi } from '../test/api.ts';

let api: TestApi;
let adminCookie: string;

beforeAll(async () => {
  api = await startTestApi();
  const admin = await api.createUser('administrator');
  adminCookie = await api.login(admin.email, admin.password);
});
afterAll(() => api.close());

/** A query `depth` fields deep, through the users -> profiles -> users cycle. */
function deepQuery(depth: number): string {
  const cycle = ['users', 'edges', 'node', 'profiles'];
  let fields = 'id';
  for (let i = depth - 1; i >= 0; i--) fields = `${cycle[i % cycle.length]} { ${fields} }`;
  return `{ ${fields} }`;
}

describe('query limits (graphql-armor)', () => {
  it('accepts a query of the allowed depth and refuses a depth-20 query before running it', async () => {
    expect(errorCode(await api.gql(deepQuery(8), {}, { cookie: adminCookie }))).toBeUndefined();
    const res = await api.gql(deepQuery(20), {}, { cookie: adminCookie });
    expect(res.status).toBe(400);
    expect(errorCode(res)).toBe('GRAPHQL_VALIDATION_FAILED');
    expect(res.errors!.map((e) => e.message).join(' ')).toMatch(/depth/i);
  });

  it('refuses 1,000 aliases, and not one of the aliased mutations runs', async () => {
    const before = await api.db.permissionProfile.count();
    const aliases = Array.from(
      { length: 1000 },
      (_, i) => `p${i}: createPermissionProfile(input: { name: "P${i}", permissions: [] }) { id }`,
    ).join('\n');
    const res = await api.gql(`mutation { ${aliases} }`, {}, { cookie: adminCookie });
    expect(res.status).toBe(400);
    expect(errorCode(res)).toBe('GRAPHQL_VALIDATION_FAILED');
    expect(await api.db.permissionProfile.count()).toBe(before);
  });

  it('refuses 16 aliases (the limit is 15) although the document is small', async () => {
    const aliases = Array.from({ length: 16 }, (_, i) => `a${i}: me { via }`).join(' ');
    const res = await api.gql(`{ ${aliases} }`, {}, { cookie: adminCookie });
    expect(res.status).toBe(400);
    expect(res.errors![0]!.message).toMatch(/alias/i);
  });
});

describe('transport', () => {
  it('refuses a mutation sent as GET and writes nothing', async () => {
    const before = await api.db.permissionProfile.count();
    const query = encodeURIComponent(
      `mutation { createPermissionProfile(input: { name: "ViaGet", permissions: [] }) { id } }`,
    );
    const res = await api.raw(`/graphql?query=${query}`, {
      headers: { cookie: adminCookie, 'apollo-require-preflight': '1' },
    });
    expect(res.status).toBe(405);
    expect(await api.db.permissionProfile.count()).toBe(before);
  });

  it('refuses a text/plain POST (CSRF prevention) and writes nothing', async () => {
    const before = await api.db.permissionProfile.count();
    const res = await api.raw('/graphql', {
      method: 'POST',
      headers: { 'content-type': 'text/plain', cookie: adminCookie },
      body: JSON.stringify({
        query: `mutation { createPermissionProfile(input: { name: "ViaText", permissions: [] }) { id } }`,
      }),
    });
    expect(res.status).toBe(400);
    expect(await res.text()).toMatch(/CSRF/i);
    expect(await api.db.permissionProfile.count()).toBe(before);
  });

  it('refuses batched requests', async () => {
    const res = await api.raw('/graphql', {
      method: 'POST',
      headers: { 'content-type': 'application/json', cookie: adminCookie },
      body: JSON.stringify([{ query: '{ me { via } }' }, { query: '{ me { via } }' }]),
    });
    expect(res.status).toBe(400);
  });

  it('answers /healthz and /readyz', async () => {
    expect((await api.raw('/healthz')).status).toBe(200);
    const ready = await api.raw('/readyz');
    expect(ready.status).toBe(200);
    expect(await ready.json()).toMatchObject({ status: 'ready', database: true, migrations: true, pending: [] });
  });

  it('serves GraphiQL without any external resource', async () => {
    const res = await api.raw('/graphiql');
    expect(res.status).toBe(200);
    const html = await res.text();
    expect(html).toMatch(/graphiql/i);
    expect(html).not.toMatch(/<(script|link)[^>]+(src|href)=["']https?:/i);
  });
});

describe('production mode', () => {
  let prod: TestApi;
  beforeAll(async () => {
    prod = await startTestApi({ env: 'production' });
  });
  afterAll(() => prod.close());

  it('refuses introspection to anonymous callers but allows it to logged-in users', async () => {
    const anonymous = await prod.gql('{ __schema { queryType { name } } }');
    expect(errorCode(anonymous)).toBe('UNAUTHENTICATED');
    const user = await prod.createUser('agent');
    const cookie = await prod.login(user.email, user.password);
    expect((await prod.gql('{ __schema { queryType { name } } }', {}, { cookie })).data).toEqual({
      __schema: { queryType: { name: 'Query' } },
    });
  });

  it('gives no field suggestions and no stack traces', async () => {
    const res = await prod.gql('{ mee { via } }');
    expect(res.errors![0]!.message).not.toMatch(/Did you mean/);
    const bad = await prod.gql('{ user(id: 5) { id } }');
    expect(JSON.stringify(bad.errors)).not.toMatch(/stacktrace|at .*\.ts:\d+/);
  });
});
