// Setting a user's manager (what "the owner's manager" in automation rules reaches): by a user admin only, an existing
// user, not oneself, no cycles; null clears it; the manager is read back by users.read holders and by the user.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { globalId } from '../../graphql/ids.ts';
import { errorCode, startTestApi, type TestApi } from '../../test/api.ts';

let api: TestApi;
let admin: string;
const users: Record<string, { id: string; gid: string; cookie: string }> = {};

const UPDATE = `mutation($id: ID!, $v: Int!, $input: UpdateUserInput!) {
  updateUser(id: $id, version: $v, input: $input) { id version manager { id name } } }`;
const USER = `query($id: ID!) { user(id: $id) { version manager { name } } }`;
const ME = `{ me { user { manager { name } } } }`;

async function version(name: string) {
  return (await api.db.user.findUniqueOrThrow({ where: { id: users[name]!.id } })).version;
}
async function setManager(name: string, managerId: string | null, cookie = admin) {
  return api.gql<{ updateUser: { manager: { name: string } | null } }>(
    UPDATE,
    { id: users[name]!.gid, v: await version(name), input: { managerId } },
    { cookie },
  );
}

beforeAll(async () => {
  api = await startTestApi();
  const a = await api.createUser('administrator');
  admin = await api.login(a.email, a.password);
  for (const [name, profile] of [
    ['agent', 'agent'],
    ['lead', 'manager'],
    ['boss', 'manager'],
  ] as const) {
    const u = await api.createUser(profile, { name });
    users[name] = { id: u.id, gid: globalId('User', u.id), cookie: await api.login(u.email, u.password) };
  }
});
afterAll(() => api.close());

describe("a user's manager", () => {
  it('is set by an administrator and read back by them and by the user', async () => {
    const res = await setManager('agent', users.lead!.gid);
    expect(res.errors).toBeUndefined();
    expect(res.data!.updateUser.manager).toEqual({ id: users.lead!.gid, name: 'lead' });
    expect((await setManager('lead', users.boss!.gid)).errors).toBeUndefined();
    const read = await api.gql<{ user: { manager: { name: string } } }>(
      USER,
      { id: users.agent!.gid },
      { cookie: admin },
    );
    expect(read.data!.user.manager.name).toBe('lead');
    const me = await api.gql<{ me: { user: { manager: { name: string } } } }>(ME, {}, { cookie: users.agent!.cookie });
    expect(me.errors).toBeUndefined();
    expect((await api.db.user.findUniqueOrThrow({ where: { id: users.agent!.id } })).managerId).toBe(users.lead!.id);
  });

  it('refuses oneself, a cycle and an unknown user on the field', async () => {
    for (const [name, manager, message] of [
      ['lead', users.lead!.gid, 'validation.managerSelf'],
      ['boss', users.agent!.gid, 'validation.managerCycle'], // agent -> lead -> boss -> agent
      ['agent', globalId('User', '01900000-0000-7000-8000-000000000000'), 'validation.unknownUser'],
      ['agent', 'not-an-id', undefined],
    ] as const) {
      const res = await setManager(name, manager);
      expect(errorCode(res)).toBe('BAD_USER_INPUT');
      expect(res.errors![0]!.extensions!.field).toBe('input.managerId');
      if (message) expect(res.errors![0]!.message).toBe(message);
    }
    expect((await api.db.user.findUniqueOrThrow({ where: { id: users.boss!.id } })).managerId).toBeNull();
  });

  it('is cleared by null and refused to a user without users.manage', async () => {
    const denied = await setManager('agent', null, users.lead!.cookie);
    expect(errorCode(denied)).toBe('FORBIDDEN');
    const cleared = await setManager('agent', null);
    expect(cleared.data!.updateUser.manager).toBeNull();
  });
});
