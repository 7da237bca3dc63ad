// An activity the caller cannot read is not reachable through another door: not as the parent of a new or changed
// activity, and not through the client filter's activity condition (an oracle on colleagues' private activities).
import { toGlobalId } from '@veza/shared';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { errorCode, startTestApi, type TestApi } from '../../test/api.ts';
import { ensureDefaultDictionaries } from '../dictionaries/index.ts';
import { onCallList } from '../../test/call-list.ts';

let api: TestApi;
let alice: string;
let bob: string;
let manager: string;
let clientId: string;
let callType: string;
let alicesPrivate: string;

const CREATE = `mutation($input: CreateActivityInput!) { createActivity(input: $input) { id version } }`;
const UPDATE = `mutation($id: ID!, $v: Int!, $input: UpdateActivityInput!) {
  updateActivity(id: $id, version: $v, input: $input) { id } }`;
const CLOSE = `mutation($id: ID!, $v: Int!) { closeActivity(id: $id, version: $v, input: {}) { id } }`;
const CLIENTS = `query($f: ClientFilter) { clients(filter: $f, first: 50) { edges { node { name } } } }`;
type Created = { createActivity: { id: string; version: number } };

async function create(cookie: string, extra: Record<string, unknown> = {}) {
  const input = { clientId, typeId: callType, subject: 'Call', startsAt: '2026-03-02T09:00:00Z', ...extra };
  return api.gql<Created>(CREATE, { input }, { cookie });
}

beforeAll(async () => {
  api = await startTestApi();
  await ensureDefaultDictionaries(api.db);
  const [a, b, m] = [await api.createUser('agent'), await api.createUser('agent'), await api.createUser('manager')];
  [alice, bob, manager] = [
    await api.login(a.email, a.password),
    await api.login(b.email, b.password),
    await api.login(m.email, m.password),
  ];
  // Alice manages the client, Bob calls it: both read it under the seeded Agent's OWN client scope.
  const client = await api.db.client.create({ data: { kind: 'LEGAL', name: 'Secretive', accountManagerId: a.id } });
  await onCallList(api.db, b.id, [client.id]);
  clientId = toGlobalId('Client', client.id);
  const type = await api.db.dictionaryValue.findFirstOrThrow({ where: { kind: 'ACTIVITY_TYPE', key: 'call' } });
  callType = toGlobalId('DictionaryValue', type.id);
  const created = (await create(alice)).data!.createActivity;
  alicesPrivate = created.id;
  const closed = await api.gql(CLOSE, { id: created.id, v: created.version }, { cookie: alice });
  expect(closed.errors).toBeUndefined();
});
afterAll(() => api.close());

describe('referenced activities', () => {
  it("refuses a colleague's private activity as the parent of a new activity, like a missing one", async () => {
    const res = await create(bob, { parentId: alicesPrivate });
    expect(errorCode(res)).toBe('BAD_USER_INPUT');
    expect(res.errors![0]!.extensions!.field).toBe('input.parentId');
    const missing = await create(bob, { parentId: toGlobalId('Activity', '0190a0e0-0000-7000-8000-000000000000') });
    expect(missing.errors![0]!.message).toBe(res.errors![0]!.message);
  });

  it('refuses it as the new parent of an own activity', async () => {
    const own = (await create(bob)).data!.createActivity;
    const res = await api.gql(
      UPDATE,
      { id: own.id, v: own.version, input: { parentId: alicesPrivate } },
      { cookie: bob },
    );
    expect(errorCode(res)).toBe('BAD_USER_INPUT');
    expect(res.errors![0]!.extensions!.field).toBe('input.parentId');
  });

  it('accepts an activity the caller can see (own, or any with activities.readAll)', async () => {
    expect((await create(alice, { parentId: alicesPrivate })).errors).toBeUndefined();
    expect((await create(manager, { parentId: alicesPrivate })).errors).toBeUndefined();
  });
});

describe("the client filter's activity condition", () => {
  const names = async (cookie: string, f: unknown) =>
    (
      await api.gql<{ clients: { edges: { node: { name: string } }[] } }>(CLIENTS, { f }, { cookie })
    ).data!.clients.edges.map((e) => e.node.name);

  it("does not see a colleague's private activities", async () => {
    expect(await names(bob, { activity: { has: true } })).not.toContain('Secretive');
    expect(await names(bob, { activity: { has: false } })).toContain('Secretive');
  });

  it('sees the caller’s own activities, and all of them with activities.readAll', async () => {
    expect(await names(alice, { activity: { has: true } })).toContain('Secretive');
    expect(await names(manager, { activity: { has: true } })).toContain('Secretive');
  });
});
