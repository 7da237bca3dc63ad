// Requests shaped by an attacker, in production mode: introspection through fragments, oversized documents,
// suggestions leaking the schema, page headers (CSP).
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { errorCode, startTestApi, type TestApi } from '../test/api.ts';

let prod: TestApi;
let cookie: string;

beforeAll(async () => {
  prod = await startTestApi({ env: 'production' });
  const user = await prod.createUser('agent');
  cookie = await prod.login(user.email, user.password);
});
afterAll(() => prod.close());

describe('introspection for anonymous callers (production)', () => {
  it.each([
    ['a fragment spread', '{ ...F } fragment F on Query { __schema { types { name } } }'],
    ['an inline fragment', '{ ... on Query { __schema { types { name } } } }'],
    [
      'a nested fragment',
      '{ ...A } fragment A on Query { ...B } fragment B on Query { __type(name: "Client") { name } }',
    ],
    ['an alias', '{ s: __schema { queryType { name } } }'],
  ])('is refused through %s', async (_how, query) => {
    const res = await prod.gql(query);
    expect(errorCode(res)).toBe('UNAUTHENTICATED');
    expect(res.data ?? null).toBeNull();
    expect(JSON.stringify(res)).not.toMatch(/"Client"|ClientConnection/);
  });

  it('still allows __typename to anyone and introspection to a logged-in user', async () => {
    expect((await prod.gql('{ __typename }')).data).toEqual({ __typename: 'Query' });
    const res = await prod.gql('{ ...F } fragment F on Query { __schema { queryType { name } } }', {}, { cookie });
    expect(res.data).toEqual({ __schema: { queryType: { name: 'Query' } } });
  });
});

describe('refusals of a request shape are 400 with a code (never 500)', () => {
  it.each([
    ['too many tokens', `{ ${Array.from({ length: 2100 }, () => '__typename').join(' ')} }`],
    ['too many aliases', `{ ${Array.from({ length: 40 }, (_, i) => `a${i}: me { via }`).join(' ')} }`],
    ['far too many tokens', `{ ${Array.from({ length: 60_000 }, () => 'me').join(' ')} }`],
    ['far too many aliases', `{ ${Array.from({ length: 5000 }, (_, i) => `a${i}: me { via }`).join(' ')} }`],
    [
      'far too many directives',
      `{ me @a @b ${Array.from({ length: 5000 }, () => '@include(if: true)').join(' ')} { via } }`,
    ],
    ['a deep fragment cycle', '{ ...A } fragment A on Query { ...B } fragment B on Query { ...A }'],
    ['too many directives', `{ __typename ${Array.from({ length: 40 }, () => '@include(if: true)').join(' ')} }`],
    [
      'too deep',
      '{ me { user { profiles { users { edges { node { profiles { users { edges { node { id } } } } } } } } } } }',
    ],
    ['unparseable', '{ me { '],
  ])('%s', async (_what, query) => {
    const res = await prod.gql(query, {}, { cookie });
    expect(res.status, JSON.stringify(res.errors).slice(0, 300)).toBe(400);
    expect(['GRAPHQL_VALIDATION_FAILED', 'GRAPHQL_PARSE_FAILED', 'BAD_REQUEST']).toContain(errorCode(res));
  });

  it.each([
    ['tokens', `{ ${'x '.repeat(2100)}}`],
    ['aliases', `{ ${Array.from({ length: 40 }, (_, i) => `a${i}: me { via }`).join(' ')} }`],
  ])('too many %s in a GET query', async (_what, query) => {
    const res = await prod.raw(`/graphql?query=${encodeURIComponent(query)}`, {
      headers: { cookie, 'apollo-require-preflight': '1' },
    });
    expect(res.status).toBe(400);
  });
});

describe('refused bodies answer JSON with a code', () => {
  it.each([
    ['malformed JSON', '{"query": "{ me { via } }"', 400],
    ['a body over 1 MB', JSON.stringify({ query: `{ me { via } } # ${'x'.repeat(1_100_000)}` }), 413],
  ])('%s', async (_what, body, status) => {
    for (const path of ['/graphql', '/export/clients']) {
      const res = await prod.raw(path, {
        method: 'POST',
        headers: { 'content-type': 'application/json', cookie },
        body,
      });
      expect(res.status).toBe(status);
      expect(await res.json()).toMatchObject({ errors: [{ extensions: { code: 'BAD_REQUEST' } }] });
    }
  });
});

describe('no suggestions in production', () => {
  it('does not suggest enum values for a wrong value inside a variable', async () => {
    const res = await prod.gql(
      'mutation($i: CreateClientInput!) { createClient(input: $i) { id } }',
      { i: { kind: 'LEGALL', name: 'x' } },
      { cookie },
    );
    expect(res.status).toBe(400);
    expect(JSON.stringify(res.errors)).not.toMatch(/Did you mean/i);
  });

  it('does not suggest field names of an input object or of a type', async () => {
    const input = await prod.gql(
      'mutation($i: CreateClientInput!) { createClient(input: $i) { id } }',
      { i: { kind: 'LEGAL', nam: 'x' } },
      { cookie },
    );
    const field = await prod.gql('{ me { usr { id } } }', {}, { cookie });
    const arg = await prod.gql('{ clients(frist: 1) { totalCount } }', {}, { cookie });
    for (const res of [input, field, arg]) expect(JSON.stringify(res.errors)).not.toMatch(/Did you mean/i);
  });
});

describe('Content-Security-Policy', () => {
  it('GraphiQL runs only its own hashed inline code and nothing from elsewhere', async () => {
    const res = await prod.raw('/graphiql');
    const csp = res.headers.get('content-security-policy') ?? '';
    expect(csp).toMatch(/default-src 'self'/);
    expect(csp).toMatch(/script-src 'self'( 'sha256-[A-Za-z0-9+/=]+')+(;|$)/);
    expect(csp).not.toMatch(/unsafe-inline'[^;]*;?\s*$|script-src[^;]*unsafe-(inline|eval)/);
    expect(csp).toMatch(/frame-ancestors 'none'/);
    expect(csp).toMatch(/object-src 'none'/);
    expect(res.headers.get('x-content-type-options')).toBe('nosniff');
    expect(res.headers.get('x-frame-options')).toBe('DENY');
  });

  it('every other answer carries a policy allowing no inline script', async () => {
    for (const path of ['/healthz', '/graphql?query=%7B__typename%7D', '/some/spa/route']) {
      const res = await prod.raw(path, { headers: { accept: 'text/html', 'apollo-require-preflight': '1' } });
      const csp = res.headers.get('content-security-policy') ?? '';
      // Ours, or Express's stricter one on its own 404 page (no SPA is built in tests).
      expect(csp).toMatch(/script-src 'self'(;|$)|^default-src 'none'$/);
      expect(csp).not.toMatch(/unsafe-eval|script-src[^;]*unsafe-inline/);
    }
  });
});
