// The client's last contact kept by activity writes, "not contacted in N days" at its borders, and the client
// filter's activity condition (has / has no done activity of a type in a period).
import { toGlobalId } from '@veza/shared';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startTestApi, type TestApi } from '../../test/api.ts';
import { ensureDefaultDictionaries } from '../dictionaries/index.ts';

let api: TestApi;
let cookie: string;
let types: Record<string, string>;
const clients: Record<string, string> = {};
const DAY = 86_400_000;

const CREATE = `mutation($input: CreateActivityInput!) { createActivity(input: $input) { id version } }`;
const CLOSE = `mutation($id: ID!, $v: Int!) { closeActivity(id: $id, version: $v, input: {}) { id version } }`;
const LIST = `query($filter: ClientFilter) { clients(filter: $filter, first: 100) { edges { node { name } } } }`;

async function gql<T>(query: string, variables: Record<string, unknown>): Promise<T> {
  const res = await api.gql<T>(query, variables, { cookie });
  if (res.errors) throw new Error(JSON.stringify(res.errors));
  return res.data!;
}

async function names(filter: unknown): Promise<string[]> {
  const data = await gql<{ clients: { edges: { node: { name: string } }[] } }>(LIST, { filter });
  return data.clients.edges.map((e) => e.node.name);
}

/** A planned activity of `client` at `startsAt`, then closed through the API. */
async function contact(client: string, startsAt: Date, type = 'call') {
  const { createActivity: a } = await gql<{ createActivity: { id: string; version: number } }>(CREATE, {
    input: {
      clientId: clients[client],
      typeId: types[type],
      subject: `${type} ${client}`,
      startsAt: startsAt.toISOString(),
    },
  });
  return (await gql<{ closeActivity: { id: string; version: number } }>(CLOSE, { id: a.id, v: a.version }))
    .closeActivity;
}

const lastContact = async (name: string) =>
  (await api.db.client.findFirstOrThrow({ where: { name } })).lastContactAt?.toISOString() ?? null;

beforeAll(async () => {
  api = await startTestApi();
  await ensureDefaultDictionaries(api.db);
  const admin = await api.createUser('administrator');
  cookie = await api.login(admin.email, admin.password);
  for (const name of ['Alfa', 'Beta', 'Gama', 'Delta']) {
    const row = await api.db.client.create({ data: { kind: 'LEGAL', name } });
    clients[name] = toGlobalId('Client', row.id);
  }
  const values = await api.db.dictionaryValue.findMany({ where: { kind: 'ACTIVITY_TYPE' } });
  types = Object.fromEntries(values.map((v) => [v.key, toGlobalId('DictionaryValue', v.id)]));
});
afterAll(() => api.close());

describe('last contact', () => {
  it('is set by closing, moved back by deleting, cleared by reopening the only done activity', async () => {
    const older = await contact('Delta', new Date('2026-02-01T10:00:00Z'));
    const newer = await contact('Delta', new Date('2026-03-01T10:00:00Z'));
    expect(await lastContact('Delta')).toBe('2026-03-01T10:00:00.000Z');
    await gql(`mutation($id: ID!, $v: Int!) { deleteActivity(id: $id, version: $v) { id } }`, {
      id: newer.id,
      v: newer.version,
    });
    expect(await lastContact('Delta')).toBe('2026-02-01T10:00:00.000Z');
    await gql(`mutation($id: ID!, $v: Int!) { reopenActivity(id: $id, version: $v) { id } }`, {
      id: older.id,
      v: older.version,
    });
    expect(await lastContact('Delta')).toBeNull();
  });

  it('leaves the client unchanged for planned activities and does not bump its version', async () => {
    const before = await api.db.client.findFirstOrThrow({ where: { name: 'Gama' } });
    await gql(CREATE, {
      input: { clientId: clients.Gama, typeId: types.call, subject: 'planned', startsAt: '2026-01-01T10:00:00Z' },
    });
    const after = await api.db.client.findFirstOrThrow({ where: { name: 'Gama' } });
    expect(after).toMatchObject({ lastContactAt: null, version: before.version });
  });
});

describe('"not contacted in N days" after closing activities', () => {
  it('is exact at the border', async () => {
    await contact('Alfa', new Date(Date.now() - 30 * DAY + 60_000));
    await contact('Beta', new Date(Date.now() - 30 * DAY - 60_000));
    expect(await names({ notContactedInDays: 30 })).toEqual(['Beta', 'Delta', 'Gama']);
    expect(await names({ not: { notContactedInDays: 30 } })).toEqual(['Alfa']);
  });
});

describe('the activity condition', () => {
  it('finds clients with and without a done activity of a type in a period', async () => {
    await contact('Gama', new Date('2026-06-15T08:00:00Z'), 'meeting');
    const june = { from: '2026-06-01T00:00:00Z', to: '2026-07-01T00:00:00Z' };
    expect(await names({ activity: { has: true, typeKeys: ['meeting'], ...june } })).toEqual(['Gama']);
    expect(await names({ activity: { has: false, typeKeys: ['meeting'], ...june } })).toEqual([
      'Alfa',
      'Beta',
      'Delta',
    ]);
    expect(await names({ activity: { has: true, typeKeys: ['call'] } })).toEqual(['Alfa', 'Beta']);
    // The period is [from, to): a contact exactly at `to` is outside.
    expect(await names({ activity: { has: true, from: '2026-06-01T00:00:00Z', to: '2026-06-15T08:00:00Z' } })).toEqual(
      [],
    );
    expect(await names({ activity: { has: false } })).toEqual(['Delta']);
  });

  it('ignores planned, cancelled and deleted activities', async () => {
    await gql(CREATE, {
      input: {
        clientId: clients.Delta,
        typeId: types.letter,
        subject: 'planned letter',
        startsAt: '2026-06-10T08:00:00Z',
      },
    });
    const { createActivity: letter } = await gql<{ createActivity: { id: string; version: number } }>(CREATE, {
      input: {
        clientId: clients.Alfa,
        typeId: types.letter,
        subject: 'cancelled letter',
        startsAt: '2026-06-11T08:00:00Z',
      },
    });
    await gql(`mutation($id: ID!, $v: Int!) { cancelActivity(id: $id, version: $v) { id } }`, {
      id: letter.id,
      v: letter.version,
    });
    expect(await names({ activity: { has: true, typeKeys: ['letter'] } })).toEqual([]);
  });
});
