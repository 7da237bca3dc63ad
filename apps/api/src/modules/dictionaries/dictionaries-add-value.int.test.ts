// Permission dictionaries.addValue (seed 004: the "+" next to a dictionary field works for agents whose profile allows
// it): plain values only, checked before the input is read; the seeded Manager and Agent profiles hold it, and the
// migration gives it to profiles seeded by an older version.
import { readFile } from 'node:fs/promises';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { migrationsDir } from '../../config/paths.ts';
import { startTestApi, type TestApi } from '../../test/api.ts';
import { ensureDefaultDictionaries } from './index.ts';

let api: TestApi;
let agent: string;
let readOnly: string;

const CREATE = `mutation($input: CreateDictionaryValueInput!) { createDictionaryValue(input: $input) { key label } }`;

const create = (cookie: string, input: unknown) =>
  api.gql<{ createDictionaryValue: { key: string; label: string } }>(CREATE, { input }, { cookie });
const code = (res: { errors?: readonly { extensions?: Record<string, unknown> }[] }) =>
  res.errors?.[0]?.extensions?.code;

beforeAll(async () => {
  api = await startTestApi();
  await ensureDefaultDictionaries(api.db);
  const a = await api.createUser('agent');
  agent = await api.login(a.email, a.password);
  // An agent whose administrator took the permission away.
  const profile = await api.db.permissionProfile.create({
    data: { name: 'Read only', permissions: ['clients.read', 'clients.write'] },
  });
  const r = await api.createUser('agent');
  await api.db.userProfile.deleteMany({ where: { userId: r.id } });
  await api.db.userProfile.create({ data: { userId: r.id, profileId: profile.id } });
  readOnly = await api.login(r.email, r.password);
});
afterAll(() => api.close());

describe('dictionaries.addValue', () => {
  it('is held by the seeded Manager and Agent profiles', async () => {
    const profiles = await api.db.permissionProfile.findMany({ where: { systemKey: { in: ['manager', 'agent'] } } });
    expect(profiles).toHaveLength(2);
    for (const p of profiles) expect(p.permissions).toContain('dictionaries.addValue');
  });

  it('lets an agent add a plain value on the spot', async () => {
    const res = await create(agent, { kind: 'INDUSTRY', key: 'mining', labels: { en: 'Mining', hr: 'Rudarstvo' } });
    expect(res.errors).toBeUndefined();
    expect(res.data!.createDictionaryValue.key).toBe('mining');
    const stored = await api.db.dictionaryValue.findUniqueOrThrow({
      where: { kind_key: { kind: 'INDUSTRY', key: 'mining' } },
    });
    expect(stored.active).toBe(true);
  });

  it.each([
    ['an activity type', { kind: 'ACTIVITY_TYPE', key: 'visit', labels: { en: 'Visit' } }],
    ['a pipeline stage', { kind: 'OPPORTUNITY_STAGE', key: 'x', labels: { en: 'X' }, meta: { probability: 5 } }],
    ['a value with meta', { kind: 'CLIENT_STATUS', key: 'vip', labels: { en: 'VIP' }, meta: { note: 'x' } }],
    ['a value at a chosen position', { kind: 'CLIENT_STATUS', key: 'first', labels: { en: 'First' }, position: 0 }],
  ])('leaves %s to dictionary administrators', async (_what, input) => {
    expect(code(await create(agent, input))).toBe('FORBIDDEN');
  });

  it('refuses a user without it before reading the input, and writes nothing', async () => {
    const before = await api.db.dictionaryValue.count();
    expect(code(await create(readOnly, { kind: 'INDUSTRY', key: 'quarry', labels: { en: 'Quarry' } }))).toBe(
      'FORBIDDEN',
    );
    expect(code(await create(readOnly, { kind: 'INDUSTRY', key: '', labels: { en: '' } }))).toBe('FORBIDDEN');
    expect(await api.db.dictionaryValue.count()).toBe(before);
  });

  it('is given to Manager and Agent profiles of an older installation by the migration, once', async () => {
    await api.db.permissionProfile.updateMany({
      where: { systemKey: { in: ['manager', 'agent'] } },
      data: { permissions: ['clients.read'] },
    });
    const dir = path.join(migrationsDir, '20261207063000_dictionaries_add_value_permission');
    const sql = await readFile(path.join(dir, 'migration.sql'), 'utf8');
    await api.db.$executeRawUnsafe(sql);
    await api.db.$executeRawUnsafe(sql);
    const profiles = await api.db.permissionProfile.findMany({ where: { systemKey: { in: ['manager', 'agent'] } } });
    for (const p of profiles) expect(p.permissions).toEqual(['clients.read', 'dictionaries.addValue']);
    const custom = await api.db.permissionProfile.findUniqueOrThrow({ where: { name: 'Read only' } });
    expect(custom.permissions).not.toContain('dictionaries.addValue');
  });
});
