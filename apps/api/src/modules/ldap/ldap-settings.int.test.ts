// The LDAP settings over GraphQL (admin only, the bind password sealed and never returned) and the step-by-step test
// against a real slapd, also over ldaps:// and STARTTLS with a CA made at test time.
import { toGlobalId } from '@veza/shared';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { errorCode, startTestApi, type TestApi } from '../../test/api.ts';
import {
  directorySettingsInput,
  groupDn,
  SERVICE_PASSWORD,
  startSlapd,
  USER_PASSWORD,
  type Slapd,
} from '../../test/slapd.ts';

const READ = `{ ldapSettings { enabled urls bindDn bindPasswordSet loginAttribute version
  groupMappings { groupDn profileId profileName } } }`;
const SAVE = `mutation($input: UpdateLdapSettingsInput!){ updateLdapSettings(input:$input){ version bindPasswordSet } }`;
const TEST = `mutation($u:String,$p:String){ testLdapSettings(username:$u, password:$p){ ok
  steps { step ok code message detail count values } } }`;

type Step = { step: string; ok: boolean; code: string; message: string; count: number | null; values: string[] | null };

let api: TestApi;
let slapd: Slapd;
let admin: string;
let version = 0;

async function save(overrides: Record<string, unknown>) {
  const res = await api.gql<{ updateLdapSettings: { version: number; bindPasswordSet: boolean } }>(
    SAVE,
    { input: directorySettingsInput(slapd, { version, ...overrides }) },
    { cookie: admin },
  );
  if (res.data) version = res.data.updateLdapSettings.version;
  return res;
}

async function test(username?: string, password?: string) {
  const res = await api.gql<{ testLdapSettings: { ok: boolean; steps: Step[] } }>(
    TEST,
    { u: username, p: password },
    { cookie: admin },
  );
  expect(res.errors).toBeUndefined();
  return res.data!.testLdapSettings;
}

const agentId = () => toGlobalId('PermissionProfile', api.profiles.get('agent')!);
const summary = (steps: Step[]) => steps.map((s) => `${s.step}:${s.code}`);

beforeAll(async () => {
  [api, slapd] = await Promise.all([startTestApi(), startSlapd({ tls: true })]);
  const user = await api.createUser('administrator');
  admin = await api.login(user.email, user.password);
});
afterAll(async () => {
  await api?.close();
  await slapd?.close();
});

describe('ldap settings', () => {
  it('are for administrators only: an agent is refused reading, saving and testing', async () => {
    const agent = await api.createUser('agent');
    const cookie = await api.login(agent.email, agent.password);
    expect(errorCode(await api.gql(READ, {}, { cookie }))).toBe('FORBIDDEN');
    const input = directorySettingsInput(slapd);
    expect(errorCode(await api.gql(SAVE, { input }, { cookie }))).toBe('FORBIDDEN');
    expect(errorCode(await api.gql(TEST, {}, { cookie }))).toBe('FORBIDDEN');
  });

  it('seal the bind password: stored encrypted, answered only as set, kept, replaced and cleared', async () => {
    const res = await save({ groupMappings: [{ groupDn: groupDn('agents'), profileId: agentId() }] });
    expect(res.data!.updateLdapSettings.bindPasswordSet).toBe(true);
    const row = await api.db.ldapSettings.findUniqueOrThrow({ where: { id: 1 } });
    expect(row.bindPasswordEnc).toMatch(/^v1:/);
    expect(row.bindPasswordEnc).not.toContain(SERVICE_PASSWORD);
    const read = await api.gql(READ, {}, { cookie: admin });
    expect(JSON.stringify(read)).not.toContain(SERVICE_PASSWORD);
    expect(read.data).toMatchObject({
      ldapSettings: { enabled: true, bindPasswordSet: true, groupMappings: [{ profileName: 'Agent' }] },
    });
    await save({ bindPassword: null });
    expect((await api.db.ldapSettings.findUniqueOrThrow({ where: { id: 1 } })).bindPasswordEnc).toBe(
      row.bindPasswordEnc,
    );
    expect((await save({ bindPassword: '' })).data!.updateLdapSettings.bindPasswordSet).toBe(false);
    expect((await test()).steps.at(-1)).toMatchObject({ step: 'SERVICE_BIND', ok: false, code: 'SERVICE_BIND' });
    await save({ bindPassword: SERVICE_PASSWORD });
  });

  it('answer CONFLICT for a stale version and BAD_USER_INPUT naming the field for bad values', async () => {
    const stale = await api.gql(
      SAVE,
      { input: directorySettingsInput(slapd, { version: version - 1 }) },
      { cookie: admin },
    );
    expect(errorCode(stale)).toBe('CONFLICT');
    for (const [overrides, field] of [
      [{ urls: ['http://dc1.example.local'] }, 'input.urls.0'],
      [{ userFilter: 'objectClass=person' }, 'input.userFilter'],
      [{ userFilter: '(&(objectClass=person)' }, 'input.userFilter'],
      [{ emailAttribute: 'mail)(x' }, 'input.emailAttribute'],
      [{ caCertificate: 'not a certificate' }, 'input.caCertificate'],
      [{ startTls: true, urls: ['ldaps://dc1.example.local:636'] }, 'input.startTls'],
      [{ userBase: null }, 'input.userBase'],
      [
        {
          groupMappings: [
            { groupDn: 'cn=x', profileId: toGlobalId('PermissionProfile', '0190d2c4-0000-7000-8000-000000000000') },
          ],
        },
        'input.groupMappings.0.profileId',
      ],
      [{ groupMappings: [{ groupDn: 'cn=x', profileId: 'garbage' }] }, 'input.groupMappings.0.profileId'],
      [
        { groupMappings: [{ groupDn: 'cn=x', profileId: toGlobalId('User', '0190d2c4-0000-7000-8000-000000000000') }] },
        'input.groupMappings.0.profileId',
      ],
    ] as const) {
      const res = await save(overrides);
      expect(errorCode(res), field).toBe('BAD_USER_INPUT');
      expect(res.errors![0]!.extensions!.field).toBe(field);
    }
  });
});

describe('testing the settings', () => {
  it('reports each step for a user: found, bound, groups (nested too) and the mapped profiles', async () => {
    await save({ groupMappings: [{ groupDn: groupDn('AGENTS'), profileId: agentId() }] });
    const result = await test('ada', USER_PASSWORD);
    expect(result.ok).toBe(true);
    expect(summary(result.steps)).toEqual([
      'CONNECT:OK',
      'SERVICE_BIND:OK',
      'SEARCH:OK',
      'USER_BIND:OK',
      'GROUPS:OK',
      'PROFILES:OK',
    ]);
    expect(result.steps[2]!.count).toBe(1);
    expect(result.steps[4]!.values).toEqual(expect.arrayContaining([groupDn('sales'), groupDn('agents')]));
    expect(result.steps[5]!.values).toEqual(['Agent']);
    expect(await api.db.user.count({ where: { email: 'ada@example.test' } })).toBe(0);
  });

  it('says what failed, in the administrator’s language', async () => {
    await api.gql(`mutation { updateMyPreferences(input: { locale: pl }) { via } }`, {}, { cookie: admin });
    try {
      const wrong = await test('ada', 'wrong');
      expect(wrong.ok).toBe(false);
      expect(wrong.steps.at(-1)).toMatchObject({ step: 'USER_BIND', code: 'INVALID_CREDENTIALS' });
      expect(wrong.steps.at(-1)!.message).toBe('Błędne hasło lub konto jest wyłączone');
      expect((await test('*)(uid=*', 'x')).steps.at(-1)).toMatchObject({ step: 'SEARCH', code: 'NOT_FOUND', count: 0 });
    } finally {
      await api.gql(`mutation { updateMyPreferences(input: { locale: en }) { via } }`, {}, { cookie: admin });
    }
  });

  it('connects over ldaps:// and STARTTLS only with the right CA certificate', async () => {
    await save({ urls: [slapd.ldapsUrl] });
    expect(summary((await test()).steps)).toEqual(['CONNECT:TLS']);
    await save({ urls: [slapd.ldapsUrl], caCertificate: slapd.caPem });
    expect(summary((await test()).steps)).toEqual(['CONNECT:OK', 'SERVICE_BIND:OK']);
    await save({ urls: [slapd.startTlsUrl], startTls: true, caCertificate: null });
    expect(summary((await test()).steps)).toEqual(['CONNECT:TLS']);
    await save({ urls: [slapd.startTlsUrl], startTls: true, caCertificate: slapd.caPem });
    expect((await test('ada', USER_PASSWORD)).ok).toBe(true);
    const login = await api.gql(`mutation($e:String!,$p:String!){ login(email:$e,password:$p){ via } }`, {
      e: 'ada',
      p: USER_PASSWORD,
    });
    expect(login.errors).toBeUndefined();
  });

  it('tries the next URL when the first server does not answer, and reports UNAVAILABLE when none does', async () => {
    await save({ urls: ['ldap://127.0.0.1:1', slapd.url] });
    expect((await test('bob', USER_PASSWORD)).ok).toBe(true);
    await save({ urls: ['ldap://127.0.0.1:1'] });
    expect(summary((await test()).steps)).toEqual(['CONNECT:UNAVAILABLE']);
  });
});
