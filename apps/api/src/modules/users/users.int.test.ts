// User and profile administration over GraphQL: permissions, validation, optimistic concurrency, paging, node().
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { errorCode, startTestApi, type TestApi } from '../../test/api.ts';

let api: TestApi;
let admin: string;
let agent: string;
let profileIds: Record<string, string>;

const PROFILES = `{ permissionProfiles { id name system permissions userCount version } }`;

beforeAll(async () => {
  api = await startTestApi();
  const a = await api.createUser('administrator');
  admin = await api.login(a.email, a.password);
  const g = await api.createUser('agent');
  agent = await api.login(g.email, g.password);
  const res = await api.gql<{ permissionProfiles: { id: string; name: string }[] }>(PROFILES, {}, { cookie: admin });
  profileIds = Object.fromEntries(res.data!.permissionProfiles.map((p) => [p.name, p.id]));
});
afterAll(() => api.close());

const CREATE = `mutation($input: CreateUserInput!) { createUser(input: $input) { id email name locale active version profiles { name } } }`;
const UPDATE = `mutation($id: ID!, $v: Int!, $input: UpdateUserInput!) { updateUser(id: $id, version: $v, input: $input) { id name active version profiles { name } } }`;

describe('creating users', () => {
  it('lets an administrator create a user with profiles, who can then log in', async () => {
    const res = await api.gql<{ createUser: { id: string; profiles: { name: string }[] } }>(
      CREATE,
      {
        input: {
          email: 'New.Agent@Test.local',
          name: 'New Agent',
          password: 'long enough pass',
          locale: 'pl',
          profileIds: [profileIds.Agent],
        },
      },
      { cookie: admin },
    );
    expect(res.errors).toBeUndefined();
    expect(res.data!.createUser).toMatchObject({
      email: 'new.agent@test.local',
      locale: 'pl',
      active: true,
      profiles: [{ name: 'Agent' }],
    });
    const stored = await api.db.user.findUniqueOrThrow({ where: { email: 'new.agent@test.local' } });
    expect(stored.passwordHash).toMatch(/^\$argon2id\$/);
    await expect(api.login('new.agent@test.local', 'long enough pass')).resolves.toMatch(/^veza_session=/);
  });

  it.each([
    ['email', { email: 'not-an-email' }, 'validation.email'],
    ['password', { password: 'short' }, 'validation.passwordTooShort'],
    ['profileIds', { profileIds: [] }, 'validation.profileRequired'],
    ['timeZone', { timeZone: 'Mars/Olympus' }, 'validation.timeZone'],
  ])('names the field %s in BAD_USER_INPUT and saves nothing', async (field, override, message) => {
    const before = await api.db.user.count();
    const input = {
      email: `x${Math.random()}@test.local`,
      name: 'X',
      password: 'long enough pass',
      profileIds: [profileIds.Agent],
      ...override,
    };
    const res = await api.gql(CREATE, { input }, { cookie: admin });
    expect(res.errors![0]!.extensions).toMatchObject({ code: 'BAD_USER_INPUT', field });
    expect(res.errors![0]!.message).toBe(message);
    expect(await api.db.user.count()).toBe(before);
  });

  it('refuses a duplicate e-mail on the email field', async () => {
    const existing = await api.createUser('agent');
    const res = await api.gql(
      CREATE,
      { input: { email: existing.email, name: 'Dup', password: 'long enough pass', profileIds: [profileIds.Agent] } },
      { cookie: admin },
    );
    expect(res.errors![0]!.extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: 'email' });
  });

  it('is forbidden to an agent, and nothing is written', async () => {
    const before = await api.db.user.count();
    const res = await api.gql(
      CREATE,
      {
        input: {
          email: 'sneaky@test.local',
          name: 'S',
          password: 'long enough pass',
          profileIds: [profileIds.Administrator],
        },
      },
      { cookie: agent },
    );
    expect(errorCode(res)).toBe('FORBIDDEN');
    expect(await api.db.user.count()).toBe(before);
  });
});

describe('editing users', () => {
  it('updates with the current version and refuses a stale one with CONFLICT', async () => {
    const u = await api.createUser('agent');
    const id = (
      await api.gql<{ me: { user: { id: string } } }>(
        `{ me { user { id } } }`,
        {},
        { cookie: await api.login(u.email, u.password) },
      )
    ).data!.me.user.id;
    const first = await api.gql<{ updateUser: { version: number } }>(
      UPDATE,
      { id, v: 1, input: { name: 'Renamed', profileIds: [profileIds.Manager, profileIds.Agent] } },
      { cookie: admin },
    );
    expect(first.data!.updateUser).toMatchObject({
      name: 'Renamed',
      version: 2,
      profiles: [{ name: 'Agent' }, { name: 'Manager' }],
    });
    const stale = await api.gql(UPDATE, { id, v: 1, input: { name: 'Lost update' } }, { cookie: admin });
    expect(errorCode(stale)).toBe('CONFLICT');
    expect((await api.db.user.findUniqueOrThrow({ where: { id: u.id } })).name).toBe('Renamed');
  });

  it('does not let administrators disable themselves', async () => {
    const me = (
      await api.gql<{ me: { user: { id: string; version: number } } }>(
        `{ me { user { id version } } }`,
        {},
        { cookie: admin },
      )
    ).data!.me.user;
    const res = await api.gql(UPDATE, { id: me.id, v: me.version, input: { active: false } }, { cookie: admin });
    expect(res.errors![0]!.extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: 'input.active' });
  });

  it('answers NOT_FOUND for a well-formed id that does not exist, BAD_USER_INPUT for garbage', async () => {
    const missing = Buffer.from('User:00000000-0000-7000-8000-000000000000').toString('base64url');
    expect(errorCode(await api.gql(UPDATE, { id: missing, v: 1, input: { name: 'X' } }, { cookie: admin }))).toBe(
      'NOT_FOUND',
    );
    const garbage = await api.gql(UPDATE, { id: 'garbage', v: 1, input: { name: 'X' } }, { cookie: admin });
    expect(garbage.errors![0]!.extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: 'id' });
  });
});

describe('listing users', () => {
  it('pages by cursor in name order without gaps or duplicates, with totalCount and search', async () => {
    for (const name of ['Zora Paging', 'Ana Paging', 'Mia Paging', 'Ema Paging', 'Iva Paging'])
      await api.createUser('agent', { name });
    const PAGE = `query($after: String) { users(first: 2, after: $after, filter: { search: "paging" }) { totalCount pageInfo { hasNextPage endCursor } edges { node { name } } } }`;
    const names: string[] = [];
    let after: string | null = null;
    for (let i = 0; i < 5; i++) {
      type Page = {
        users: {
          totalCount: number;
          pageInfo: { hasNextPage: boolean; endCursor: string };
          edges: { node: { name: string } }[];
        };
      };
      const page: Page = (await api.gql<Page>(PAGE, { after }, { cookie: admin })).data!;
      expect(page.users.totalCount).toBe(5);
      names.push(...page.users.edges.map((e) => e.node.name));
      if (!page.users.pageInfo.hasNextPage) break;
      after = page.users.pageInfo.endCursor;
    }
    expect(names).toEqual(['Ana Paging', 'Ema Paging', 'Iva Paging', 'Mia Paging', 'Zora Paging']);
  });

  it('refuses a tampered cursor and an oversized page with BAD_USER_INPUT', async () => {
    const bad = await api.gql(`{ users(after: "bm9wZQ") { totalCount } }`, {}, { cookie: admin });
    expect(bad.errors![0]!.extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: 'after' });
    const big = await api.gql(`{ users(first: 501) { totalCount } }`, {}, { cookie: admin });
    expect(big.errors![0]!.extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: 'first' });
    // Far larger pages never reach the resolver: the query cost limit refuses them first.
    expect(errorCode(await api.gql(`{ users(first: 100000) { totalCount } }`, {}, { cookie: admin }))).toBe(
      'GRAPHQL_VALIDATION_FAILED',
    );
  });

  it('is forbidden to an agent', async () => {
    expect(errorCode(await api.gql(`{ users { totalCount } }`, {}, { cookie: agent }))).toBe('FORBIDDEN');
  });
});

describe('node(id)', () => {
  it('returns a user to an administrator, and null to an agent looking at someone else', async () => {
    const other = await api.createUser('manager');
    const id = Buffer.from(`User:${other.id}`).toString('base64url');
    const Q = `query($id: ID!) { node(id: $id) { __typename id ... on User { email } } }`;
    expect((await api.gql(Q, { id }, { cookie: admin })).data).toEqual({
      node: { __typename: 'User', id, email: other.email },
    });
    expect((await api.gql(Q, { id }, { cookie: agent })).data).toEqual({ node: null });
    expect((await api.gql(Q, { id: 'bogus' }, { cookie: admin })).data).toEqual({ node: null });
  });
});

describe('permission profiles', () => {
  const CREATE_P = `mutation($input: PermissionProfileInput!) { createPermissionProfile(input: $input) { id name permissions version system } }`;
  const UPDATE_P = `mutation($id: ID!, $v: Int!, $input: PermissionProfileInput!) { updatePermissionProfile(id: $id, version: $v, input: $input) { permissions version } }`;

  it('creates, edits and deletes a custom profile with validated permission keys', async () => {
    const created = await api.gql<{ createPermissionProfile: { id: string } }>(
      CREATE_P,
      { input: { name: 'Telemarketing', permissions: ['clients.read', 'campaigns.work'] } },
      { cookie: admin },
    );
    expect(created.data!.createPermissionProfile).toMatchObject({ name: 'Telemarketing', version: 1, system: false });
    const id = created.data!.createPermissionProfile.id;
    const bad = await api.gql(
      UPDATE_P,
      { id, v: 1, input: { name: 'Telemarketing', permissions: ['clients.read', 'root.everything'] } },
      { cookie: admin },
    );
    expect(bad.errors![0]!.extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: 'input.permissions.1' });
    const ok = await api.gql(
      UPDATE_P,
      { id, v: 1, input: { name: 'Telemarketing', permissions: ['clients.read'] } },
      { cookie: admin },
    );
    expect(ok.data).toEqual({ updatePermissionProfile: { permissions: ['clients.read'], version: 2 } });
    expect(
      errorCode(await api.gql(UPDATE_P, { id, v: 1, input: { name: 'T', permissions: [] } }, { cookie: admin })),
    ).toBe('CONFLICT');
    expect(
      (await api.gql(`mutation($id: ID!) { deletePermissionProfile(id: $id) }`, { id }, { cookie: admin })).data,
    ).toEqual({ deletePermissionProfile: true });
  });

  it('keeps seeded profiles: they cannot be deleted, and Administrator keeps user and profile management', async () => {
    const del = await api.gql(
      `mutation($id: ID!) { deletePermissionProfile(id: $id) }`,
      { id: profileIds.Agent },
      { cookie: admin },
    );
    expect(errorCode(del)).toBe('CONFLICT');
    const res = await api.gql(
      UPDATE_P,
      { id: profileIds.Administrator, v: 1, input: { name: 'Administrator', permissions: ['clients.read'] } },
      { cookie: admin },
    );
    expect(res.errors![0]!.extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: 'input.permissions' });
  });

  it('changing a profile changes what its users may do on their next request', async () => {
    const custom = await api.gql<{ createPermissionProfile: { id: string } }>(
      CREATE_P,
      { input: { name: 'Readers', permissions: ['users.read'] } },
      { cookie: admin },
    );
    const pid = custom.data!.createPermissionProfile.id;
    const u = await api.createUser('agent');
    const cookie = await api.login(u.email, u.password);
    await api.db.userProfile.create({
      data: { userId: u.id, profileId: Buffer.from(pid, 'base64url').toString().split(':')[1]! },
    });
    expect(errorCode(await api.gql(`{ users { totalCount } }`, {}, { cookie }))).toBeUndefined();
    await api.gql(UPDATE_P, { id: pid, v: 1, input: { name: 'Readers', permissions: [] } }, { cookie: admin });
    expect(errorCode(await api.gql(`{ users { totalCount } }`, {}, { cookie }))).toBe('FORBIDDEN');
  });

  it('is forbidden to agents, both reading and writing', async () => {
    expect(errorCode(await api.gql(PROFILES, {}, { cookie: agent }))).toBe('FORBIDDEN');
    expect(errorCode(await api.gql(CREATE_P, { input: { name: 'Mine', permissions: [] } }, { cookie: agent }))).toBe(
      'FORBIDDEN',
    );
  });
});
