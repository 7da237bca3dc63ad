// Credentials are re-evaluated on every request and accepted only for their purpose: an API token loses its power
// with its owner's apiTokens.use, a JWT needs our issuer and audience, and agents cannot count profile holders.
import jwt from 'jsonwebtoken';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { errorCode, startTestApi, type TestApi } from '../test/api.ts';

let api: TestApi;
beforeAll(async () => {
  api = await startTestApi();
});
afterAll(() => api.close());

const CREATE = `mutation($name: String!) { createApiToken(name: $name) { secret } }`;

describe('API tokens', () => {
  it('stop working as soon as the owner no longer holds apiTokens.use, and work again when it is given back', async () => {
    const user = await api.createUser('manager');
    const cookie = await api.login(user.email, user.password);
    const res = await api.gql<{ createApiToken: { secret: string } }>(CREATE, { name: 'tool' }, { cookie });
    const secret = res.data!.createApiToken.secret;
    expect((await api.gql('{ me { via } }', {}, { token: secret })).data).toEqual({ me: { via: 'API_TOKEN' } });

    const managerProfile = api.profiles.get('manager')!;
    const { permissions } = await api.db.permissionProfile.findUniqueOrThrow({ where: { id: managerProfile } });
    await api.db.permissionProfile.update({
      where: { id: managerProfile },
      data: { permissions: permissions.filter((p) => p !== 'apiTokens.use') },
    });
    try {
      const refused = await api.gql('{ me { via } }', {}, { token: secret });
      expect(refused.status).toBe(401);
      expect(errorCode(refused)).toBe('UNAUTHENTICATED');
    } finally {
      await api.db.permissionProfile.update({ where: { id: managerProfile }, data: { permissions } });
    }
    expect((await api.gql('{ me { via } }', {}, { token: secret })).data).toEqual({ me: { via: 'API_TOKEN' } });
  });
});

describe('session JWTs', () => {
  /** A token signed with the right secret for a real session, but with other claims. */
  async function forged(claims: jwt.SignOptions): Promise<string> {
    const user = await api.createUser('agent');
    const cookie = await api.login(user.email, user.password);
    const real = jwt.decode(cookie.split('=')[1]!) as { sub: string; jti: string };
    const token = jwt.sign({}, api.config.jwtSecret!, {
      algorithm: 'HS256',
      subject: real.sub,
      jwtid: real.jti,
      expiresIn: 3600,
      ...claims,
    });
    return `veza_session=${token}`;
  }

  it('is accepted from our own login', async () => {
    const user = await api.createUser('agent');
    const cookie = await api.login(user.email, user.password);
    expect((await api.gql('{ me { via } }', {}, { cookie })).data).toEqual({ me: { via: 'SESSION' } });
  });

  it.each([
    ['no issuer or audience', {}],
    ['another audience', { issuer: 'veza', audience: 'veza-password-reset' }],
    ['another issuer', { issuer: 'someone-else', audience: 'veza-session' }],
  ])('is refused with %s although the signature is valid', async (_what, claims) => {
    const cookie = await forged(claims);
    const res = await api.gql('{ me { via } }', {}, { cookie });
    expect(res.data).toEqual({ me: null });
  });
});

describe('PermissionProfile.userCount', () => {
  it('is not readable by an agent through its own profiles', async () => {
    const agent = await api.createUser('agent');
    const cookie = await api.login(agent.email, agent.password);
    const res = await api.gql('{ me { user { profiles { name userCount } } } }', {}, { cookie });
    expect(errorCode(res)).toBe('FORBIDDEN');
    expect(JSON.stringify(res.data)).not.toMatch(/"userCount":\d/);
  });

  it('is readable by an administrator', async () => {
    const admin = await api.createUser('administrator');
    const cookie = await api.login(admin.email, admin.password);
    const res = await api.gql<{ permissionProfiles: { userCount: number }[] }>(
      '{ permissionProfiles { userCount } }',
      {},
      { cookie },
    );
    expect(res.errors).toBeUndefined();
    expect(res.data!.permissionProfiles.some((p) => p.userCount > 0)).toBe(true);
  });
});
