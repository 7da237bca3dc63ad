// createClient answers from the write itself (no read after the commit that could fail for a saved row), accepts an
// idempotency key so a retry cannot duplicate, and refuses non-web website addresses.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { errorCode, startTestApi, type TestApi } from '../../test/api.ts';

let api: TestApi;
let cookie: string;
let otherCookie: string;

const CREATE = `mutation($input: CreateClientInput!, $key: String) {
  createClient(input: $input, idempotencyKey: $key) { id name version website } }`;
type Created = { createClient: { id: string; name: string; version: number } };

beforeAll(async () => {
  api = await startTestApi({ countQueries: true });
  const a = await api.createUser('agent');
  cookie = await api.login(a.email, a.password);
  const b = await api.createUser('agent');
  otherCookie = await api.login(b.email, b.password);
});
afterAll(() => api.close());

describe('createClient', () => {
  it('returns the row from its INSERT … RETURNING: no statement reads the clients table after the write', async () => {
    api.queries.length = 0;
    const res = await api.gql<Created>(CREATE, { input: { kind: 'LEGAL', name: 'Returning d.o.o.' } }, { cookie });
    expect(res.errors).toBeUndefined();
    const onClients = api.queries.filter((q) => /"clients"|\bclients\b/i.test(q));
    expect(onClients).toHaveLength(1);
    expect(onClients[0]).toMatch(/^INSERT INTO .*clients.* RETURNING/is);
    expect(res.data!.createClient).toMatchObject({ name: 'Returning d.o.o.', version: 1 });
  });

  it('with the same idempotency key returns the first client and writes no second one', async () => {
    const vars = { input: { kind: 'LEGAL', name: 'Retried d.o.o.' }, key: 'import-2026-05-04-row-17' };
    const first = await api.gql<Created>(CREATE, vars, { cookie });
    const retry = await api.gql<Created>(CREATE, vars, { cookie });
    const [a, b] = await Promise.all([
      api.gql<Created>(CREATE, { ...vars, key: 'parallel-retry-1' }, { cookie }),
      api.gql<Created>(CREATE, { ...vars, key: 'parallel-retry-1' }, { cookie }),
    ]);
    expect(retry.data!.createClient.id).toBe(first.data!.createClient.id);
    expect(b.data!.createClient.id).toBe(a.data!.createClient.id);
    expect(await api.db.client.count({ where: { name: 'Retried d.o.o.' } })).toBe(2);
    // Keys belong to their creator: another user's identical key is a different write.
    const other = await api.gql<Created>(CREATE, vars, { cookie: otherCookie });
    expect(other.data!.createClient.id).not.toBe(first.data!.createClient.id);
  });

  it.each(['short', 'with space in it', 'x'.repeat(201), 'ünicode-key-1234'])(
    'refuses the idempotency key %j as BAD_USER_INPUT on idempotencyKey',
    async (key) => {
      const res = await api.gql(CREATE, { input: { kind: 'LEGAL', name: 'Bad key' }, key }, { cookie });
      expect(errorCode(res)).toBe('BAD_USER_INPUT');
      expect(res.errors![0]!.extensions!.field).toBe('idempotencyKey');
    },
  );

  it.each([
    'javascript:alert(document.cookie)',
    'JavaScript:alert(1)',
    'data:text/html,<script>x</script>',
    'vbscript:x',
  ])('refuses the website %j (only http and https addresses)', async (website) => {
    const res = await api.gql(CREATE, { input: { kind: 'LEGAL', name: 'Xss', website } }, { cookie });
    expect(errorCode(res)).toBe('BAD_USER_INPUT');
    expect(res.errors![0]!.extensions!.field).toBe('website');
  });

  it.each(['https://veza.example/path?q=1', 'http://example.com', 'example.com', 'example.com:8080/x'])(
    'accepts the website %j',
    async (website) => {
      const res = await api.gql<Created>(CREATE, { input: { kind: 'LEGAL', name: 'Web', website } }, { cookie });
      expect(res.errors).toBeUndefined();
    },
  );
});
