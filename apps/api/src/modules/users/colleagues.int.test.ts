// colleagues: the users an agent may assign or invite without users.read — active only, searched, paged, and no more
// about them than id, name and e-mail.
import { fromGlobalId, toGlobalId } from '@veza/shared';
import { ensureDefaultDictionaries } from '../dictionaries/index.ts';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { errorCode, startTestApi, type TestApi } from '../../test/api.ts';

let api: TestApi;
let agent: string;
const ids: Record<string, string> = {};

type Page = {
  edges: { node: { id: string; name: string; email: string } }[];
  pageInfo: { hasNextPage: boolean; endCursor: string | null };
  totalCount: number;
};

const COLLEAGUES = `query($search: String, $first: Int, $after: String) {
  colleagues(search: $search, first: $first, after: $after) {
    edges { node { id name email } } pageInfo { hasNextPage endCursor } totalCount } }`;

async function colleagues(vars: Record<string, unknown>, cookie = agent) {
  const res = await api.gql<{ colleagues: Page }>(COLLEAGUES, vars, { cookie });
  if (res.errors) throw new Error(JSON.stringify(res.errors));
  return res.data!.colleagues;
}

const names = (page: Page) => page.edges.map((e) => e.node.name);

beforeAll(async () => {
  api = await startTestApi();
  const me = await api.createUser('agent', { name: 'Zora Zagorac', email: 'zora@colleagues.test' });
  agent = await api.login(me.email, me.password);
  for (const [key, name, email] of [
    ['ana', 'Ana Anić', 'ana@colleagues.test'],
    ['borna', 'Borna Babić', 'b.babic@field.test'],
    ['cvita', 'Cvita Cvitić', 'cvita@colleagues.test'],
    ['dario', 'Dario Dujmović', 'dario@colleagues.test'],
  ] as const) {
    const u = await api.createUser('manager', { name, email });
    ids[key] = toGlobalId('User', u.id);
  }
  const gone = await api.createUser('agent', { name: 'Ana Bivša', email: 'former@colleagues.test' });
  await api.db.user.update({ where: { id: gone.id }, data: { active: false } });
});
afterAll(() => api.close());

describe('colleagues', () => {
  it('lists only active users, by name, with their global User id, name and e-mail', async () => {
    const page = await colleagues({ first: 50 });
    expect(names(page)).toEqual(['Ana Anić', 'Borna Babić', 'Cvita Cvitić', 'Dario Dujmović', 'Zora Zagorac']);
    expect(page.totalCount).toBe(5);
    expect(page.edges[0]!.node).toEqual({ id: ids.ana, name: 'Ana Anić', email: 'ana@colleagues.test' });
  });

  it('matches name or e-mail case-insensitively, and never an inactive user', async () => {
    expect(names(await colleagues({ search: 'ANA' }))).toEqual(['Ana Anić']);
    expect(names(await colleagues({ search: 'field.TEST' }))).toEqual(['Borna Babić']);
    expect(names(await colleagues({ search: 'former@' }))).toEqual([]);
    expect(names(await colleagues({ search: '  cvit ' }))).toEqual(['Cvita Cvitić']);
  });

  it('pages by name with the cursor, without repeating or skipping anyone', async () => {
    const first = await colleagues({ first: 2 });
    expect(names(first)).toEqual(['Ana Anić', 'Borna Babić']);
    expect(first.pageInfo.hasNextPage).toBe(true);
    const second = await colleagues({ first: 2, after: first.pageInfo.endCursor });
    expect(names(second)).toEqual(['Cvita Cvitić', 'Dario Dujmović']);
    const last = await colleagues({ first: 2, after: second.pageInfo.endCursor });
    expect(names(last)).toEqual(['Zora Zagorac']);
    expect(last.pageInfo.hasNextPage).toBe(false);
  });

  it('returns 20 by default and names `after` when the cursor is not one of ours', async () => {
    const page = await colleagues({});
    expect(page.edges).toHaveLength(5);
    const res = await api.gql(COLLEAGUES, { after: 'not-a-cursor' }, { cookie: agent });
    expect(res.errors![0]!.extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: 'after' });
  });

  it('offers nothing but id, name and e-mail (no profiles or settings)', async () => {
    const res = await api.gql(`{ colleagues { edges { node { id profiles { name } } } } }`, {}, { cookie: agent });
    expect(res.errors?.[0]?.extensions?.code).toBe('GRAPHQL_VALIDATION_FAILED');
  });

  it('refuses an unauthenticated call', async () => {
    const res = await api.gql(COLLEAGUES, {});
    expect(errorCode(res)).toBe('UNAUTHENTICATED');
    expect(res.data?.colleagues ?? null).toBeNull();
  });

  it('refuses a user holding neither activities.read nor activities.write', async () => {
    const profile = await api.db.permissionProfile.create({
      data: { name: 'Clients only', permissions: ['clients.read'] },
    });
    const u = await api.createUser('agent');
    await api.db.userProfile.deleteMany({ where: { userId: u.id } });
    await api.db.userProfile.create({ data: { userId: u.id, profileId: profile.id } });
    const res = await api.gql(COLLEAGUES, {}, { cookie: await api.login(u.email, u.password) });
    expect(errorCode(res)).toBe('FORBIDDEN');
  });

  it('is allowed with activities.write alone', async () => {
    const profile = await api.db.permissionProfile.create({
      data: { name: 'Writes activities', permissions: ['activities.write'] },
    });
    const u = await api.createUser('agent');
    await api.db.userProfile.deleteMany({ where: { userId: u.id } });
    await api.db.userProfile.create({ data: { userId: u.id, profileId: profile.id } });
    const page = await colleagues({ search: 'dario' }, await api.login(u.email, u.password));
    expect(names(page)).toEqual(['Dario Dujmović']);
  });
});

describe('a colleague reached through an activity', () => {
  const OWNER = `query($id: ID!) { activity(id: $id) { owner { name profiles { name permissions } } } }`;

  /** An activity owned by Ana (a manager) with the viewer taking part, so the viewer may read it. */
  async function sharedActivity(participantId: string): Promise<string> {
    await ensureDefaultDictionaries(api.db);
    const type = await api.db.dictionaryValue.findFirstOrThrow({ where: { kind: 'ACTIVITY_TYPE', key: 'meeting' } });
    const client = await api.db.client.create({ data: { kind: 'LEGAL', name: 'Profiles d.o.o.' } });
    const activity = await api.db.activity.create({
      data: {
        clientId: client.id,
        typeId: type.id,
        subject: 'Shared meeting',
        ownerId: fromGlobalId(ids.ana!)!.id,
        startsAt: new Date(),
        endsAt: new Date(Date.now() + 3_600_000),
        participants: { create: [{ userId: participantId }] },
      },
    });
    return toGlobalId('Activity', activity.id);
  }

  it("does not show the colleague's permission profiles to an agent, but the agent's own", async () => {
    const viewer = await api.createUser('agent');
    const cookie = await api.login(viewer.email, viewer.password);
    const id = await sharedActivity(viewer.id);
    const seen = await api.gql<{ activity: { owner: { name: string } } }>(
      `query($id: ID!) { activity(id: $id) { owner { name } } }`,
      { id },
      { cookie },
    );
    expect(seen.data?.activity.owner.name).toBe('Ana Anić');
    expect(errorCode(await api.gql(OWNER, { id }, { cookie }))).toBe('FORBIDDEN');
    const me = await api.gql<{ me: { user: { profiles: { name: string }[] } } }>(
      `{ me { user { profiles { name } } } }`,
      {},
      { cookie },
    );
    expect(me.errors).toBeUndefined();
    expect(me.data!.me.user.profiles.map((p) => p.name)).toEqual(['Agent']);
  });

  it('shows them to a user holding users.read', async () => {
    const manager = await api.createUser('manager');
    const id = await sharedActivity(manager.id);
    const res = await api.gql<{ activity: { owner: { profiles: { name: string }[] } } }>(
      OWNER,
      { id },
      { cookie: await api.login(manager.email, manager.password) },
    );
    expect(res.errors).toBeUndefined();
    expect(res.data!.activity.owner.profiles.map((p) => p.name)).toEqual(['Manager']);
  });
});
