// API tokens: shown once, stored hashed, usable as Bearer for what the owner may do, listable and revocable.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { errorCode, startTestApi, type TestApi } from '../../test/api.ts';

let api: TestApi;
beforeAll(async () => {
  api = await startTestApi();
});
afterAll(() => api.close());

const CREATE = `mutation($name: String!, $exp: DateTime) { createApiToken(name: $name, expiresAt: $exp) { secret token { id name prefix expiresAt revokedAt } } }`;
type Created = { createApiToken: { secret: string; token: { id: string; prefix: string } } };

describe('API tokens', () => {
  it('shows the secret once, stores only its hash, and the secret works as a Bearer token', async () => {
    const user = await api.createUser('manager');
    const cookie = await api.login(user.email, user.password);
    const res = await api.gql<Created>(CREATE, { name: 'Reporting tool' }, { cookie });
    const { secret, token } = res.data!.createApiToken;
    expect(secret).toMatch(/^veza_/);
    expect(secret.startsWith(token.prefix)).toBe(true);
    const stored = await api.db.apiToken.findFirstOrThrow({ where: { userId: user.id } });
    expect(JSON.stringify(stored)).not.toContain(secret);
    const me = await api.gql(`{ me { via user { email } } }`, {}, { token: secret });
    expect(me.data).toEqual({ me: { via: 'API_TOKEN', user: { email: user.email } } });
    expect(errorCode(await api.gql(`{ users { totalCount } }`, {}, { token: secret }))).toBeUndefined();
    const list = await api.gql<{ apiTokens: { name: string; lastUsedAt: string | null }[] }>(
      `{ apiTokens { name lastUsedAt } }`,
      {},
      { cookie },
    );
    expect(list.data!.apiTokens).toEqual([{ name: 'Reporting tool', lastUsedAt: expect.any(String) }]);
  });

  it('allows only what the owner may do', async () => {
    const user = await api.createUser('agent');
    const cookie = await api.login(user.email, user.password);
    const { secret } = (await api.gql<Created>(CREATE, { name: 'mine' }, { cookie })).data!.createApiToken;
    expect(errorCode(await api.gql(`{ users { totalCount } }`, {}, { token: secret }))).toBe('FORBIDDEN');
  });

  it('refuses a revoked token, an expired token and an unknown token with the same UNAUTHENTICATED error', async () => {
    const user = await api.createUser('manager');
    const cookie = await api.login(user.email, user.password);
    const revoked = (await api.gql<Created>(CREATE, { name: 'to revoke' }, { cookie })).data!.createApiToken;
    const r = await api.gql(
      `mutation($id: ID!) { revokeApiToken(id: $id) { revokedAt } }`,
      { id: revoked.token.id },
      { cookie },
    );
    expect(r.data).toEqual({ revokeApiToken: { revokedAt: expect.any(String) } });
    const expiring = (
      await api.gql<Created>(CREATE, { name: 'short', exp: new Date(Date.now() + 1500).toISOString() }, { cookie })
    ).data!.createApiToken;
    expect(errorCode(await api.gql(`{ me { via } }`, {}, { token: expiring.secret }))).toBeUndefined();
    await new Promise((resolve) => setTimeout(resolve, 1600));
    const answers = await Promise.all(
      [revoked.secret, expiring.secret, 'veza_not-a-real-token', 'garbage'].map((token) =>
        api.gql(`{ me { via } }`, {}, { token }),
      ),
    );
    for (const res of answers) {
      expect(res.status).toBe(401);
      expect(errorCode(res)).toBe('UNAUTHENTICATED');
      expect(res.errors![0]!.message).toBe(answers[0]!.errors![0]!.message);
    }
  });

  it('refuses an expiry in the past on the expiresAt field, and another user cannot revoke my token', async () => {
    const owner = await api.createUser('manager');
    const cookie = await api.login(owner.email, owner.password);
    const past = await api.gql(CREATE, { name: 'old', exp: '2020-01-01T00:00:00Z' }, { cookie });
    expect(past.errors![0]!.extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: 'expiresAt' });
    const mine = (await api.gql<Created>(CREATE, { name: 'mine' }, { cookie })).data!.createApiToken;
    const thief = await api.createUser('administrator');
    const thiefCookie = await api.login(thief.email, thief.password);
    const res = await api.gql(
      `mutation($id: ID!) { revokeApiToken(id: $id) { id } }`,
      { id: mine.token.id },
      { cookie: thiefCookie },
    );
    expect(errorCode(res)).toBe('NOT_FOUND');
    expect(errorCode(await api.gql(`{ me { via } }`, {}, { token: mine.secret }))).toBeUndefined();
  });
});
