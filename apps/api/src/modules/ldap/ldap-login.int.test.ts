// Logging in through a real OpenLDAP server (a throwaway slapd): directory users, groups → profiles, injection,
// disabled users and a directory that is down while local accounts keep working.
import { toGlobalId } from '@veza/shared';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { errorCode, startTestApi, type TestApi } from '../../test/api.ts';
import { directorySettingsInput, groupDn, startSlapd, userDn, USER_PASSWORD, type Slapd } from '../../test/slapd.ts';
import { directoryLogin } from './index.ts';

const LOGIN = `mutation($e:String!,$p:String!){ login(email:$e,password:$p){ user { id email name } permissions } }`;
const SAVE = `mutation($input: UpdateLdapSettingsInput!){ updateLdapSettings(input:$input){ version } }`;
const ME = `{ me { user { email } } }`;

let api: TestApi;
let slapd: Slapd;
let adminCookie: string;
let version = 0;

async function configure(overrides: Record<string, unknown> = {}) {
  const res = await api.gql<{ updateLdapSettings: { version: number } }>(
    SAVE,
    { input: directorySettingsInput(slapd, { version, ...overrides }) },
    { cookie: adminCookie },
  );
  expect(res.errors).toBeUndefined();
  version = res.data!.updateLdapSettings.version;
}

const mapping = (group: string, profile: 'administrator' | 'manager' | 'agent') => ({
  groupDn: groupDn(group),
  profileId: toGlobalId('PermissionProfile', api.profiles.get(profile)!),
});

async function grants(email: string) {
  const rows = await api.db.userProfile.findMany({
    where: { user: { email } },
    select: { fromDirectory: true, profile: { select: { systemKey: true } } },
  });
  return rows.map((r) => `${r.profile.systemKey}${r.fromDirectory ? ' (directory)' : ''}`).sort();
}

beforeAll(async () => {
  [api, slapd] = await Promise.all([startTestApi(), startSlapd()]);
  const admin = await api.createUser('administrator', { email: 'admin@local.test' });
  adminCookie = await api.login(admin.email, admin.password);
  await configure({ groupMappings: [mapping('agents', 'agent'), mapping('sales', 'manager')] });
});
afterAll(async () => {
  await api?.close();
  await slapd?.close();
});

describe('a directory user logging in', () => {
  it('gets a local account with the name, e-mail and phone from the directory and the mapped profiles', async () => {
    const res = await api.gql<{ login: { user: { email: string; name: string }; permissions: string[] } }>(LOGIN, {
      e: 'ada',
      p: USER_PASSWORD,
    });
    expect(res.errors).toBeUndefined();
    expect(res.data!.login.user).toMatchObject({ email: 'ada@example.test', name: 'Ada Lovelace' });
    expect(res.setCookie.some((c) => c.startsWith('veza_session=') && !c.startsWith('veza_session=;'))).toBe(true);
    const user = await api.db.user.findUniqueOrThrow({ where: { email: 'ada@example.test' } });
    expect(user).toMatchObject({ phone: '+385 1 555 0101', ldapDn: userDn('ada'), passwordHash: '' });
    // ada is in sales (Manager) and, through sales being a member of agents, in agents (Agent).
    expect(await grants('ada@example.test')).toEqual(['agent (directory)', 'manager (directory)']);
    expect(res.data!.login.permissions).toContain('reports.read');
  });

  it('is refused with the same answer for a wrong password, an unknown name and an injected filter', async () => {
    const before = await api.db.user.count();
    for (const [name, password] of [
      ['ada', 'not the password'],
      ['nobody', USER_PASSWORD],
      ['*)(uid=*', USER_PASSWORD],
      ['*', USER_PASSWORD],
      ['ada)(|(uid=*', USER_PASSWORD],
    ]) {
      const res = await api.gql(LOGIN, { e: name, p: password });
      expect(errorCode(res), name).toBe('UNAUTHENTICATED');
    }
    expect(await api.db.user.count()).toBe(before);
  });

  it('refuses an empty password before any bind, even when the directory would be unreachable', async () => {
    expect(errorCode(await api.gql(LOGIN, { e: 'ada', p: '' }))).toBe('BAD_USER_INPUT');
    // Straight to the module: no connection is opened for an empty password (a down server is not even noticed).
    await configure({ urls: ['ldap://127.0.0.1:1/'] });
    try {
      expect(await directoryLogin(api.db, api.config, 'ada', '')).toEqual({ kind: 'invalid' });
      expect(await directoryLogin(api.db, api.config, 'ada', USER_PASSWORD)).toEqual({ kind: 'unavailable' });
    } finally {
      await configure({ groupMappings: [mapping('agents', 'agent'), mapping('sales', 'manager')] });
    }
  });

  it('keeps profiles given by hand and drops directory grants whose group no longer matches', async () => {
    await api.login('bob', USER_PASSWORD);
    expect(await grants('bob@example.test')).toEqual(['agent (directory)']);
    const bob = await api.db.user.findUniqueOrThrow({ where: { email: 'bob@example.test' } });
    await api.db.userProfile.create({ data: { userId: bob.id, profileId: api.profiles.get('administrator')! } });
    slapd.modify(`dn: ${groupDn('agents')}\nchangetype: modify\ndelete: member\nmember: ${userDn('bob')}\n`);
    await api.login('bob', USER_PASSWORD);
    expect(await grants('bob@example.test')).toEqual(['administrator']);
    slapd.modify(`dn: ${groupDn('agents')}\nchangetype: modify\nadd: member\nmember: ${userDn('bob')}\n`);
  });

  it('does not take over a local account that has the directory user’s e-mail', async () => {
    await api.createUser('agent', { email: 'carol@example.test', password: 'carol local password' });
    expect(errorCode(await api.gql(LOGIN, { e: 'carol', p: USER_PASSWORD }))).toBe('UNAUTHENTICATED');
    const carol = await api.db.user.findUniqueOrThrow({ where: { email: 'carol@example.test' } });
    expect(carol.ldapDn).toBeNull();
    await expect(api.login('carol@example.test', 'carol local password')).resolves.toMatch(/^veza_session=/);
  });

  it('creates no account for an unknown directory user when creating users is off', async () => {
    await configure({ createUsers: false });
    try {
      expect(errorCode(await api.gql(LOGIN, { e: 'dave', p: USER_PASSWORD }))).toBe('UNAUTHENTICATED');
      await expect(api.login('ada', USER_PASSWORD)).resolves.toMatch(/^veza_session=/);
    } finally {
      await configure({ groupMappings: [mapping('agents', 'agent'), mapping('sales', 'manager')] });
    }
  });
});

describe('losing access', () => {
  it('a user disabled in the directory is refused at the next login', async () => {
    await api.login('ada', USER_PASSWORD);
    slapd.modify(`dn: ${userDn('ada')}\nchangetype: modify\nadd: employeeType\nemployeeType: disabled\n`);
    try {
      expect(errorCode(await api.gql(LOGIN, { e: 'ada', p: USER_PASSWORD }))).toBe('UNAUTHENTICATED');
    } finally {
      slapd.modify(`dn: ${userDn('ada')}\nchangetype: modify\ndelete: employeeType\n`);
    }
    // A user removed from the directory as well, and one disabled from the start.
    expect(errorCode(await api.gql(LOGIN, { e: 'dave', p: USER_PASSWORD }))).toBe('UNAUTHENTICATED');
  });

  it('a local disable ends the directory user’s sessions at once and refuses the next login', async () => {
    const cookie = await api.login('bob', USER_PASSWORD);
    const me = await api.gql<{ me: { user: { id: string; email: string; version: number } } }>(
      `{ me { user { id email version } } }`,
      {},
      { cookie },
    );
    const bob = me.data!.me.user;
    expect(bob.email).toBe('bob@example.test');
    const res = await api.gql(
      `mutation($id:ID!,$v:Int!){ updateUser(id:$id, version:$v, input:{active:false}) { active } }`,
      { id: bob.id, v: bob.version },
      { cookie: adminCookie },
    );
    expect(res.errors).toBeUndefined();
    expect((await api.gql(ME, {}, { cookie })).data).toEqual({ me: null });
    expect(errorCode(await api.gql(LOGIN, { e: 'bob', p: USER_PASSWORD }))).toBe('UNAUTHENTICATED');
  });

  it('a directory that is down answers DIRECTORY_UNAVAILABLE while local accounts still log in', async () => {
    await slapd.stop();
    const res = await api.gql(LOGIN, { e: 'ada', p: USER_PASSWORD });
    expect(errorCode(res)).toBe('DIRECTORY_UNAVAILABLE');
    await expect(api.login('admin@local.test', 'correct horse battery')).resolves.toMatch(/^veza_session=/);
  });
});
