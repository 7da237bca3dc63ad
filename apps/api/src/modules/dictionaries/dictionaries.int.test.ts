// Dictionaries over GraphQL: seeded defaults, labels in the caller's language, administration, permissions, lookups.
import { ACTIVITY_TYPE_ICONS, DICTIONARY_KINDS, LOCALES } from '@veza/shared';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { errorCode, startTestApi, type TestApi } from '../../test/api.ts';
import { DEFAULT_DICTIONARIES, ensureDefaultDictionaries } from './dictionaries.defaults.ts';
import { resolveDictionaryValueId } from './dictionaries.service.ts';

type Value = {
  id: string;
  key: string;
  label: string;
  labels: Record<string, string>;
  active: boolean;
  meta: Record<string, unknown>;
  version: number;
};

const globalId = (id: string) => Buffer.from(`DictionaryValue:${id}`).toString('base64url');

let api: TestApi;
let admin: string;
let agent: string;

const FIELDS = 'id kind key label labels { en pl hr cs } color position active meta version';
const LIST = `query($kind: DictionaryKind!, $all: Boolean) { dictionary(kind: $kind, includeInactive: $all) { ${FIELDS} } }`;
const CREATE = `mutation($input: CreateDictionaryValueInput!) { createDictionaryValue(input: $input) { ${FIELDS} } }`;
const UPDATE = `mutation($id: ID!, $v: Int!, $input: UpdateDictionaryValueInput!) { updateDictionaryValue(id: $id, version: $v, input: $input) { ${FIELDS} } }`;

async function loginAs(profile: 'administrator' | 'agent', locale = 'en') {
  const user = await api.createUser(profile);
  await api.db.user.update({ where: { id: user.id }, data: { locale } });
  return api.login(user.email, user.password);
}

async function list(kind: string, cookie: string, all = false) {
  const res = await api.gql<{ dictionary: Value[] }>(LIST, { kind, all }, { cookie });
  expect(res.errors).toBeUndefined();
  return res.data!.dictionary;
}

async function create(input: Record<string, unknown>) {
  const res = await api.gql<{ createDictionaryValue: Value }>(CREATE, { input }, { cookie: admin });
  expect(res.errors).toBeUndefined();
  return res.data!.createDictionaryValue;
}

beforeAll(async () => {
  api = await startTestApi();
  await ensureDefaultDictionaries(api.db);
  admin = await loginAs('administrator');
  agent = await loginAs('agent', 'hr');
});
afterAll(() => api.close());

describe('seeded defaults', () => {
  it.each(DICTIONARY_KINDS)('%s is seeded with every default, labelled in all four languages', async (kind) => {
    const values = await list(kind, admin);
    expect(values.map((v) => v.key)).toEqual(DEFAULT_DICTIONARIES[kind].map((d) => d.key));
    for (const v of values) for (const l of LOCALES) expect(v.labels[l]).toMatch(/\S/);
    for (const l of ['pl', 'hr', 'cs']) expect(values.some((v) => v.labels[l] !== v.labels.en)).toBe(true);
  });

  it('gives activity types their calendar and home-page settings, an icon and a colour', async () => {
    const call = (await list('ACTIVITY_TYPE', admin)).find((v) => v.key === 'call')!;
    expect(call).toMatchObject({ color: '#1e88e5', meta: { showOnCalendar: true, showOnHome: true, icon: 'phone' } });
    for (const type of await list('ACTIVITY_TYPE', admin)) expect(ACTIVITY_TYPE_ICONS).toContain(type.meta.icon);
  });

  it('inserts only missing values when run again, never overwriting an administrator’s edits', async () => {
    const customer = (await list('CLIENT_STATUS', admin)).find((v) => v.key === 'customer')!;
    await api.gql(
      UPDATE,
      { id: customer.id, v: customer.version, input: { labels: { en: 'Client' }, active: false } },
      { cookie: admin },
    );
    await api.db.dictionaryValue.delete({ where: { kind_key: { kind: 'INDUSTRY', key: 'other' } } });
    expect(await ensureDefaultDictionaries(api.db)).toBe(1);
    const after = (await list('CLIENT_STATUS', admin, true)).find((v) => v.key === 'customer')!;
    expect(after).toMatchObject({ labels: { en: 'Client', pl: 'Client' }, active: false });
    expect((await list('INDUSTRY', admin)).map((v) => v.key)).toContain('other');
    await api.gql(
      UPDATE,
      { id: customer.id, v: after.version, input: { labels: customer.labels, active: true } },
      { cookie: admin },
    );
  });
});

describe('labels', () => {
  it.each([
    ['en', 'Potential customer'],
    ['pl', 'Potencjalny klient'],
    ['hr', 'Potencijalni kupac'],
    ['cs', 'Potenciální zákazník'],
  ])('are shown in the caller’s language (%s)', async (locale, expected) => {
    const cookie = await loginAs('agent', locale);
    expect((await list('CLIENT_STATUS', cookie)).find((v) => v.key === 'potential_customer')!.label).toBe(expected);
  });

  it('fall back to English for languages left out', async () => {
    const value = await create({ kind: 'LEAD_SOURCE', key: 'linkedin', labels: { en: 'LinkedIn', pl: 'LinkedIn PL' } });
    expect(value.labels).toEqual({ en: 'LinkedIn', pl: 'LinkedIn PL', hr: 'LinkedIn', cs: 'LinkedIn' });
  });
});

describe('administering values', () => {
  it('appends a new value, edits it with the current version and refuses a stale one with CONFLICT', async () => {
    const value = await create({
      kind: 'INDUSTRY',
      key: 'energy',
      labels: { en: 'Energy', hr: 'Energetika' },
      color: '#FFAA00',
    });
    expect(value).toMatchObject({ key: 'energy', color: '#ffaa00', active: true, version: 1, meta: {} });
    const industries = await list('INDUSTRY', admin);
    expect(industries.at(-1)!.key).toBe('energy');
    const edited = await api.gql(
      UPDATE,
      { id: value.id, v: 1, input: { labels: { en: 'Energy sector' }, color: null } },
      { cookie: admin },
    );
    expect(edited.data).toMatchObject({
      updateDictionaryValue: { labels: { en: 'Energy sector' }, color: null, version: 2 },
    });
    const stale = await api.gql(UPDATE, { id: value.id, v: 1, input: { position: 1 } }, { cookie: admin });
    expect(errorCode(stale)).toBe('CONFLICT');
  });

  it('hides deactivated values unless includeInactive is asked for', async () => {
    const value = await create({ kind: 'CONTACT_CHANNEL', key: 'fax', labels: { en: 'Fax' } });
    await api.gql(UPDATE, { id: value.id, v: 1, input: { active: false } }, { cookie: admin });
    expect((await list('CONTACT_CHANNEL', admin)).map((v) => v.key)).not.toContain('fax');
    expect((await list('CONTACT_CHANNEL', admin, true)).find((v) => v.key === 'fax')).toMatchObject({ active: false });
  });
});

describe('validating values', () => {
  it.each([
    ['an uppercase key', { key: 'Fax' }, 'input.key', 'validation.key'],
    ['a key starting with a digit', { key: '1st' }, 'input.key', 'validation.key'],
    ['a key already used in the dictionary', { key: 'customer' }, 'input.key', 'validation.keyTaken'],
    ['a colour that is not #rrggbb', { color: 'red' }, 'input.color', 'validation.color'],
    ['labels without English', { labels: { en: ' ', pl: 'Tylko' } }, 'input.labels.en', 'validation.required'],
  ])('refuses %s with BAD_USER_INPUT naming the field, and saves nothing', async (_what, override, field, message) => {
    const before = await api.db.dictionaryValue.count();
    const input = { kind: 'CLIENT_STATUS', key: 'brand_new', labels: { en: 'New' }, ...override };
    const res = await api.gql(CREATE, { input }, { cookie: admin });
    expect(res.errors![0]).toMatchObject({ message, extensions: { code: 'BAD_USER_INPUT', field } });
    expect(await api.db.dictionaryValue.count()).toBe(before);
  });

  it('checks activity type settings on create and on update', async () => {
    const meta = { showOnCalendar: 'yes' };
    const res = await api.gql(
      CREATE,
      { input: { kind: 'ACTIVITY_TYPE', key: 'visit', labels: { en: 'Visit' }, meta } },
      { cookie: admin },
    );
    expect(res.errors![0]!.extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: 'input.meta.showOnCalendar' });
    const call = (await list('ACTIVITY_TYPE', admin)).find((v) => v.key === 'call')!;
    const upd = await api.gql(
      UPDATE,
      { id: call.id, v: call.version, input: { meta: { icon: 'Not An Icon' } } },
      { cookie: admin },
    );
    expect(upd.errors![0]!.extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: 'input.meta.icon' });
  });

  it('refuses an icon outside the offered set, naming meta.icon, and keeps the stored one', async () => {
    const before = await api.db.dictionaryValue.count();
    const created = await api.gql(
      CREATE,
      { input: { kind: 'ACTIVITY_TYPE', key: 'site_visit', labels: { en: 'Site visit' }, meta: { icon: 'rocket' } } },
      { cookie: admin },
    );
    expect(created.errors![0]).toMatchObject({
      message: 'validation.icon',
      extensions: { code: 'BAD_USER_INPUT', field: 'input.meta.icon' },
    });
    expect(await api.db.dictionaryValue.count()).toBe(before);
    const meeting = (await list('ACTIVITY_TYPE', admin)).find((v) => v.key === 'meeting')!;
    const updated = await api.gql(
      UPDATE,
      { id: meeting.id, v: meeting.version, input: { meta: { ...meeting.meta, icon: 'rocket' } } },
      { cookie: admin },
    );
    expect(updated.errors![0]).toMatchObject({
      message: 'validation.icon',
      extensions: { code: 'BAD_USER_INPUT', field: 'input.meta.icon' },
    });
    expect((await list('ACTIVITY_TYPE', admin)).find((v) => v.key === 'meeting')!.meta).toEqual(meeting.meta);
  });

  it('stores an offered icon with the other activity type settings', async () => {
    const visit = await create({
      kind: 'ACTIVITY_TYPE',
      key: 'site_visit',
      labels: { en: 'Site visit' },
      meta: { showOnCalendar: true, showOnHome: false, icon: 'map-pin' },
    });
    expect(visit.meta).toEqual({ showOnCalendar: true, showOnHome: false, icon: 'map-pin' });
    const res = await api.gql<{ updateDictionaryValue: Value }>(
      UPDATE,
      { id: visit.id, v: visit.version, input: { meta: { ...visit.meta, icon: 'truck' } } },
      { cookie: admin },
    );
    expect(res.errors).toBeUndefined();
    expect(res.data!.updateDictionaryValue.meta).toEqual({ showOnCalendar: true, showOnHome: false, icon: 'truck' });
  });

  it('does not let the key be changed', async () => {
    const customer = (await list('CLIENT_STATUS', admin)).find((v) => v.key === 'customer')!;
    const res = await api.gql(
      UPDATE,
      { id: customer.id, v: customer.version, input: { key: 'client' } },
      { cookie: admin },
    );
    expect(errorCode(res)).toBe('BAD_USER_INPUT');
    expect(await api.db.dictionaryValue.count({ where: { key: 'client' } })).toBe(0);
  });
});

describe('an agent', () => {
  it('reads dictionaries in their own language', async () => {
    expect((await list('ACTIVITY_TYPE', agent)).find((v) => v.key === 'meeting')!.label).toBe('Sastanak');
  });

  it('may list inactive values, so filters can still find old records that carry them', async () => {
    const res = await api.gql(LIST, { kind: 'CLIENT_STATUS', all: true }, { cookie: agent });
    expect(res.errors).toBeUndefined();
  });

  it('may not create activity types or edit values, and nothing is written', async () => {
    const before = await api.db.dictionaryValue.findMany({ orderBy: { id: 'asc' } });
    const created = await api.gql(
      CREATE,
      { input: { kind: 'ACTIVITY_TYPE', key: 'visit', labels: { en: 'Visit' } } },
      { cookie: agent },
    );
    expect(errorCode(created)).toBe('FORBIDDEN');
    const value = before.find((v) => v.kind === 'INDUSTRY')!;
    const updated = await api.gql(
      UPDATE,
      { id: globalId(value.id), v: value.version, input: { active: false } },
      { cookie: agent },
    );
    expect(errorCode(updated)).toBe('FORBIDDEN');
    expect(await api.db.dictionaryValue.findMany({ orderBy: { id: 'asc' } })).toEqual(before);
  });
});

describe('node(id)', () => {
  it('returns a dictionary value, inactive ones included', async () => {
    const value = (await list('CONTACT_CHANNEL', admin, true)).find((v) => v.key === 'fax')!;
    const res = await api.gql(
      `query($id: ID!) { node(id: $id) { __typename ... on DictionaryValue { key active } } }`,
      { id: value.id },
      { cookie: agent },
    );
    expect(res.data).toEqual({ node: { __typename: 'DictionaryValue', key: 'fax', active: false } });
  });
});

describe('resolveDictionaryValueId (for modules that store value ids)', () => {
  const row = (kind: 'CLIENT_STATUS' | 'INDUSTRY', key: string) =>
    api.db.dictionaryValue.findUniqueOrThrow({ where: { kind_key: { kind, key } } });
  beforeAll(async () => {
    await api.db.dictionaryValue.create({
      data: { kind: 'CLIENT_STATUS', key: 'dormant', labels: { en: 'Dormant' }, active: false },
    });
  });

  it('returns the database id of an active value of the expected kind', async () => {
    const customer = await row('CLIENT_STATUS', 'customer');
    await expect(resolveDictionaryValueId(api.db, 'CLIENT_STATUS', globalId(customer.id))).resolves.toBe(customer.id);
  });

  it.each([
    ['a value of another kind', 'INDUSTRY', 'retail', 'validation.dictionary.unknown'],
    ['an inactive value', 'CLIENT_STATUS', 'dormant', 'validation.dictionary.inactive'],
  ])('refuses %s with BAD_USER_INPUT on the given field', async (_what, kind, key, message) => {
    const value = await row(kind as 'CLIENT_STATUS', key);
    const call = resolveDictionaryValueId(api.db, 'CLIENT_STATUS', globalId(value.id), { field: 'input.statusId' });
    await expect(call).rejects.toMatchObject({
      message,
      extensions: { code: 'BAD_USER_INPUT', field: 'input.statusId' },
    });
  });

  it('accepts an inactive value the record already holds', async () => {
    const dormant = await row('CLIENT_STATUS', 'dormant');
    await expect(
      resolveDictionaryValueId(api.db, 'CLIENT_STATUS', globalId(dormant.id), { current: dormant.id }),
    ).resolves.toBe(dormant.id);
  });
});
