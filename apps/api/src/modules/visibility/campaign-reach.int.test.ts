// The seeded Agent reads only own clients: those they manage, and those on their call lists (the items of an ACTIVE
// campaign, in any state) — read and log a call, never edit; the list, node() and creates agree.
import { toGlobalId } from '@veza/shared';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ensureDefaultDictionaries } from '../dictionaries/index.ts';
import { errorCode, startTestApi, type TestApi } from '../../test/api.ts';

let api: TestApi;
let agent: string;
let itemId: string;
let campaignId: string;
const ids: Record<'own' | 'called' | 'other', string> = { own: '', called: '', other: '' };

const LIST = `{ clients(first: 50) { totalCount edges { node { id name } } } }`;
const NODE = `query($id: ID!) { node(id: $id) { id } }`;
const UPDATE = `mutation($id: ID!) { updateClient(id: $id, version: 1, input: { city: "Split" }) { id } }`;
const LOG = `mutation($input: CreateActivityInput!) { createActivity(input: $input) { id client { id } } }`;

const listed = async () => {
  const res = await api.gql<{ clients: { totalCount: number; edges: { node: { name: string } }[] } }>(
    LIST,
    {},
    { cookie: agent },
  );
  expect(res.errors).toBeUndefined();
  expect(res.data!.clients.totalCount).toBe(res.data!.clients.edges.length);
  return res.data!.clients.edges.map((e) => e.node.name).sort();
};
const node = async (id: string) => (await api.gql<{ node: unknown }>(NODE, { id }, { cookie: agent })).data!.node;
const setItem = (state: 'PENDING' | 'IN_PROGRESS' | 'DONE' | 'SKIPPED') =>
  api.db.campaignItem.update({ where: { id: itemId }, data: { state } });
const setCampaign = (status: 'DRAFT' | 'ACTIVE' | 'COMPLETED' | 'CANCELLED') =>
  api.db.campaign.update({ where: { id: campaignId }, data: { status } });

beforeAll(async () => {
  api = await startTestApi();
  await ensureDefaultDictionaries(api.db);
  const [a, b] = [await api.createUser('agent'), await api.createUser('agent')];
  agent = await api.login(a.email, a.password);
  const client = (name: string, accountManagerId: string) =>
    api.db.client.create({ data: { kind: 'LEGAL', name, accountManagerId } });
  const own = await client('Own firm', a.id);
  const called = await client('Called firm', b.id);
  const other = await client('Other firm', b.id);
  Object.assign(ids, {
    own: toGlobalId('Client', own.id),
    called: toGlobalId('Client', called.id),
    other: toGlobalId('Client', other.id),
  });
  const campaign = await api.db.campaign.create({ data: { name: 'Calls', agentId: a.id, status: 'ACTIVE' } });
  campaignId = campaign.id;
  itemId = (await api.db.campaignItem.create({ data: { campaignId, clientId: called.id, position: 1 } })).id;
});
afterAll(() => api.close());

describe('the seeded Agent’s client scope', () => {
  it('is OWN for reading and editing (migration agent_reads_own_clients)', async () => {
    const res = await api.gql<{ me: { scopes: { kind: string; read: string; edit: string }[] } }>(
      `{ me { scopes { kind read edit } } }`,
      {},
      { cookie: agent },
    );
    expect(res.data!.me.scopes.find((s) => s.kind === 'CLIENTS')).toEqual({
      kind: 'CLIENTS',
      read: 'OWN',
      edit: 'OWN',
    });
  });

  it('lists the managed client and the client of an open item on the agent’s active campaign, not the others', async () => {
    expect(await listed()).toEqual(['Called firm', 'Own firm']);
    expect(await node(ids.called)).toEqual({ id: ids.called });
    expect(await node(ids.other)).toBeNull();
  });

  it('finds the called client by name search and filter too', async () => {
    const res = await api.gql<{ clients: { edges: { node: { id: string } }[] } }>(
      `query($f: ClientFilter) { clients(first: 10, filter: $f) { edges { node { id } } } }`,
      { f: { search: 'firm' } },
      { cookie: agent },
    );
    expect(res.errors).toBeUndefined();
    expect(res.data!.clients.edges.map((e) => e.node.id).sort()).toEqual([ids.called, ids.own].sort());
  });

  it('lets the agent log a call on the called client but not edit it, and not log one on a hidden client', async () => {
    const type = await api.db.dictionaryValue.findFirstOrThrow({ where: { kind: 'ACTIVITY_TYPE', key: 'call' } });
    const input = (clientId: string) => ({ clientId, typeId: toGlobalId('DictionaryValue', type.id), subject: 'Call' });
    const logged = await api.gql<{ createActivity: { client: { id: string } } }>(
      LOG,
      { input: input(ids.called) },
      { cookie: agent },
    );
    expect(logged.errors).toBeUndefined();
    expect(logged.data!.createActivity.client.id).toBe(ids.called);
    const hidden = await api.gql(LOG, { input: input(ids.other) }, { cookie: agent });
    expect(hidden.errors?.[0]?.extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: 'input.clientId' });
    expect(errorCode(await api.gql(UPDATE, { id: ids.called }, { cookie: agent }))).toBe('FORBIDDEN');
    expect(errorCode(await api.gql(UPDATE, { id: ids.other }, { cookie: agent }))).toBe('NOT_FOUND');
  });

  it('keeps the client while the campaign is active, the item done or skipped too (the call just logged stays)', async () => {
    for (const state of ['IN_PROGRESS', 'DONE', 'SKIPPED'] as const) {
      await setItem(state);
      expect(await listed()).toEqual(['Called firm', 'Own firm']);
      expect(await node(ids.called)).toEqual({ id: ids.called });
    }
    const done = await api.gql<{ activities: { edges: { node: { client: { id: string } | null } }[] } }>(
      `{ activities(first: 10) { edges { node { client { id } clientName } } } }`,
      {},
      { cookie: agent },
    );
    expect(done.data!.activities.edges.map((e) => e.node.client?.id)).toContain(ids.called);
    expect(errorCode(await api.gql(UPDATE, { id: ids.called }, { cookie: agent }))).toBe('FORBIDDEN');
  });

  it('loses the client once the campaign is not active', async () => {
    await setItem('DONE');
    for (const status of ['DRAFT', 'COMPLETED', 'CANCELLED'] as const) {
      await setCampaign(status);
      expect(await listed()).toEqual(['Own firm']);
    }
    await setCampaign('ACTIVE');
    expect(await listed()).toEqual(['Called firm', 'Own firm']);
    await setCampaign('COMPLETED');
    // The call logged on it stays the agent's activity, the client shown by name only.
    const after = await api.gql<{ activities: { edges: { node: { client: unknown; clientName: string } }[] } }>(
      `{ activities(first: 10) { edges { node { client { id } clientName } } } }`,
      {},
      { cookie: agent },
    );
    expect(after.errors).toBeUndefined();
    expect(after.data!.activities.edges.map((e) => e.node)).toContainEqual({ client: null, clientName: 'Called firm' });
  });
});
