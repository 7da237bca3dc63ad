// Logging in and out, sessions, expiry, revocation, disabled users and the login throttle, over real HTTP.
import jwt from 'jsonwebtoken';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { errorCode, startTestApi, type TestApi } from '../../test/api.ts';

const LOGIN = `mutation($e:String!,$p:String!){ login(email:$e,password:$p){ user { id email name } permissions via } }`;
const ME = `{ me { user { email } permissions via } }`;
const USERS = `{ users(first: 5) { totalCount edges { node { email } } } }`;

let api: TestApi;
beforeAll(async () => {
  api = await startTestApi();
});
afterAll(() => api.close());

describe('login', () => {
  it('sets an httpOnly SameSite=Lax session cookie and returns the user with permissions', async () => {
    const user = await api.createUser('agent');
    const res = await api.gql(LOGIN, { e: user.email.toUpperCase(), p: user.password });
    expect(res.errors).toBeUndefined();
    expect(res.data).toMatchObject({ login: { user: { email: user.email }, via: 'SESSION' } });
    expect((res.data as { login: { permissions: string[] } }).login.permissions).toContain('clients.read');
    const cookie = res.setCookie.find((c) => c.startsWith('veza_session='))!;
    expect(cookie).toMatch(/HttpOnly/);
    expect(cookie).toMatch(/SameSite=Lax/);
    expect(cookie).toMatch(/Max-Age=\d+/);
    const token = decodeURIComponent(cookie.split(';')[0]!.split('=')[1]!);
    const header = JSON.parse(Buffer.from(token.split('.')[0]!, 'base64url').toString());
    expect(header.alg).toBe('HS256');
    expect(jwt.decode(token)).toMatchObject({ sub: user.id, exp: expect.any(Number), jti: expect.any(String) });
  });

  it('answers a wrong password, an unknown user and a disabled user with the same error and writes no session', async () => {
    const user = await api.createUser('agent');
    const disabled = await api.createUser('agent');
    await api.db.user.update({ where: { id: disabled.id }, data: { active: false } });
    const before = await api.db.session.count();
    const attempts = [
      await api.gql(LOGIN, { e: user.email, p: 'wrong password!' }),
      await api.gql(LOGIN, { e: 'nobody@test.local', p: user.password }),
      await api.gql(LOGIN, { e: disabled.email, p: disabled.password }),
    ];
    for (const res of attempts) {
      expect(errorCode(res)).toBe('UNAUTHENTICATED');
      expect(res.errors![0]!.message).toBe(attempts[0]!.errors![0]!.message);
      expect(res.setCookie.some((c) => c.startsWith('veza_session=') && !c.startsWith('veza_session=;'))).toBe(false);
    }
    expect(await api.db.session.count()).toBe(before);
  });

  it('reports an empty e-mail as BAD_USER_INPUT naming the field', async () => {
    const res = await api.gql(LOGIN, { e: '  ', p: 'x' });
    expect(errorCode(res)).toBe('BAD_USER_INPUT');
    expect(res.errors![0]!.extensions!.field).toBe('email');
  });
});

describe('me', () => {
  it('returns null without credentials, and the user with permission keys with a session', async () => {
    expect((await api.gql(ME)).data).toEqual({ me: null });
    const admin = await api.createUser('administrator');
    const cookie = await api.login(admin.email, admin.password);
    const res = await api.gql<{ me: { permissions: string[] } }>(ME, {}, { cookie });
    expect(res.data!.me.permissions).toEqual(expect.arrayContaining(['users.manage', 'profiles.manage']));
  });
});

describe('sessions end', () => {
  it('on logout: the same cookie is refused afterwards, although its exp is still in the future', async () => {
    const user = await api.createUser('manager');
    const cookie = await api.login(user.email, user.password);
    expect(errorCode(await api.gql(USERS, {}, { cookie }))).toBeUndefined();
    const out = await api.gql(`mutation { logout }`, {}, { cookie });
    expect(out.data).toEqual({ logout: true });
    expect(out.setCookie[0]).toMatch(/^veza_session=; .*Max-Age=0/);
    expect((await api.gql(ME, {}, { cookie })).data).toEqual({ me: null });
    expect(errorCode(await api.gql(USERS, {}, { cookie }))).toBe('UNAUTHENTICATED');
  });

  it('when the token has expired or is signed with another secret', async () => {
    const user = await api.createUser('manager');
    const session = await api.db.session.create({
      data: { userId: user.id, expiresAt: new Date(Date.now() + 3600_000) },
    });
    const expired = jwt.sign({ exp: Math.floor(Date.now() / 1000) - 10 }, api.config.jwtSecret!, {
      subject: user.id,
      jwtid: session.id,
    });
    const forged = jwt.sign({}, 'another-secret-that-is-long-enough-000', {
      subject: user.id,
      jwtid: session.id,
      expiresIn: 600,
    });
    for (const token of [expired, forged]) {
      expect(errorCode(await api.gql(USERS, {}, { cookie: `veza_session=${token}` }))).toBe('UNAUTHENTICATED');
    }
  });

  it('for every session and token of a user at once when an administrator disables them', async () => {
    const admin = await api.createUser('administrator');
    const adminCookie = await api.login(admin.email, admin.password);
    const victim = await api.createUser('administrator');
    const sessions = [await api.login(victim.email, victim.password), await api.login(victim.email, victim.password)];
    const created = await api.gql<{ createApiToken: { secret: string } }>(
      `mutation { createApiToken(name: "tool") { secret } }`,
      {},
      { cookie: sessions[0] },
    );
    const token = created.data!.createApiToken.secret;
    expect(errorCode(await api.gql(USERS, {}, { token }))).toBeUndefined();

    const { id, version } = (
      await api.gql<{ me: { user: { id: string; version: number } } }>(
        `{ me { user { id version } } }`,
        {},
        { cookie: sessions[0] },
      )
    ).data!.me.user;
    const res = await api.gql(
      `mutation($id:ID!,$v:Int!){ updateUser(id:$id, version:$v, input:{active:false}) { active } }`,
      { id, v: version },
      { cookie: adminCookie },
    );
    expect(res.errors).toBeUndefined();
    for (const cookie of sessions) expect(errorCode(await api.gql(USERS, {}, { cookie }))).toBe('UNAUTHENTICATED');
    expect(errorCode(await api.gql(USERS, {}, { token }))).toBe('UNAUTHENTICATED');
    expect(await api.db.session.count({ where: { userId: victim.id, revokedAt: null } })).toBe(0);
  });
});

describe('login throttle', () => {
  it('counts each aliased login in one request separately, and then refuses even the right password', async () => {
    const user = await api.createUser('agent');
    const aliases = Array.from(
      { length: 12 },
      (_, i) => `a${i}: login(email: $e, password: "wrong-${i}") { via }`,
    ).join('\n');
    const res = await api.gql(`mutation($e:String!){ ${aliases} }`, { e: user.email });
    const codes = res.errors!.map((e) => e.extensions!.code);
    expect(codes.filter((c) => c === 'UNAUTHENTICATED')).toHaveLength(10);
    expect(codes.filter((c) => c === 'TOO_MANY_REQUESTS')).toHaveLength(2);
    const right = await api.gql(LOGIN, { e: user.email, p: user.password });
    expect(errorCode(right)).toBe('TOO_MANY_REQUESTS');
    expect(right.errors![0]!.extensions!.retryAfterSeconds).toBeGreaterThan(0);
  });

  it('limits attempts per client address across different e-mails', async () => {
    const strict = await startTestApi({
      throttle: {
        ip: { limit: 3, windowMs: 60_000 },
        pair: { freeFailures: 100, baseDelayMs: 1000, maxDelayMs: 1000 },
        account: { limit: 100, windowMs: 60_000 },
      },
    });
    try {
      const codes = [];
      for (let i = 0; i < 5; i++)
        codes.push(errorCode(await strict.gql(LOGIN, { e: `x${i}@test.local`, p: 'whatever' })));
      expect(codes).toEqual([
        'UNAUTHENTICATED',
        'UNAUTHENTICATED',
        'UNAUTHENTICATED',
        'TOO_MANY_REQUESTS',
        'TOO_MANY_REQUESTS',
      ]);
    } finally {
      await strict.close();
    }
  });
});

describe('changing my password', () => {
  it('needs the current password and ends the other sessions but keeps this one', async () => {
    const user = await api.createUser('agent');
    const keep = await api.login(user.email, user.password);
    const other = await api.login(user.email, user.password);
    const CHANGE = `mutation($c:String!,$n:String!){ changeMyPassword(currentPassword:$c, newPassword:$n) }`;
    const wrong = await api.gql(CHANGE, { c: 'not it at all', n: 'a brand new password' }, { cookie: keep });
    expect(wrong.errors![0]!.extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: 'currentPassword' });
    const ok = await api.gql(CHANGE, { c: user.password, n: 'a brand new password' }, { cookie: keep });
    expect(ok.data).toEqual({ changeMyPassword: true });
    expect((await api.gql(ME, {}, { cookie: keep })).data).not.toEqual({ me: null });
    expect((await api.gql(ME, {}, { cookie: other })).data).toEqual({ me: null });
    await expect(api.login(user.email, 'a brand new password')).resolves.toMatch(/^veza_session=/);
  });
});
