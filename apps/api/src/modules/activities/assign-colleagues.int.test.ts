// An agent (no users.read, no activities.readAll) assigns activities to colleagues, invites them, and hands the next
// contact to one when closing; only active users are accepted, named by their field.
import { toGlobalId } from '@veza/shared';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startTestApi, type TestApi } from '../../test/api.ts';
import { ensureDefaultDictionaries } from '../dictionaries/index.ts';
import { everyAgentCalls } from '../../test/call-list.ts';

let api: TestApi;
let agent: { cookie: string; id: string };
let colleague: { cookie: string; id: string };
let guest: { cookie: string; id: string };
let inactiveId: string;
let clientId: string;
let types: Record<string, string>;

const FIELDS = `id version owner { id name } participants { user { id name } } children { id }`;
const CREATE = `mutation($input: CreateActivityInput!) { createActivity(input: $input) { ${FIELDS} } }`;
const UPDATE = `mutation($id: ID!, $v: Int!, $input: UpdateActivityInput!) {
  updateActivity(id: $id, version: $v, input: $input) { ${FIELDS} } }`;
const CLOSE = `mutation($id: ID!, $v: Int!, $input: CloseActivityInput!) {
  closeActivity(id: $id, version: $v, input: $input) { ${FIELDS} } }`;
const MINE = `{ activities(first: 50) { edges { node { id subject owner { id } } } } }`;

type Activity = {
  id: string;
  version: number;
  owner: { id: string; name: string };
  participants: { user: { id: string; name: string } | null }[];
  children: { id: string }[];
};

async function agentUser(name: string) {
  const u = await api.createUser('agent', { name });
  return { cookie: await api.login(u.email, u.password), id: toGlobalId('User', u.id) };
}

async function create(input: Record<string, unknown>) {
  return api.gql<{ createActivity: Activity }>(
    CREATE,
    { input: { clientId, typeId: types.call, subject: 'Call', startsAt: '2031-05-05T09:00:00Z', ...input } },
    { cookie: agent.cookie },
  );
}

async function subjectsOf(cookie: string) {
  const res = await api.gql<{ activities: { edges: { node: { subject: string } }[] } }>(MINE, {}, { cookie });
  return res.data!.activities.edges.map((e) => e.node.subject);
}

beforeAll(async () => {
  api = await startTestApi();
  await ensureDefaultDictionaries(api.db);
  [agent, colleague, guest] = [await agentUser('Ivana'), await agentUser('Tomáš'), await agentUser('Goran')];
  const gone = await api.createUser('agent', { name: 'Former' });
  await api.db.user.update({ where: { id: gone.id }, data: { active: false } });
  inactiveId = toGlobalId('User', gone.id);
  const client = await api.db.client.create({ data: { kind: 'LEGAL', name: 'Kolege d.o.o.' } });
  // Agents call this shared client (the seeded Agent reads managed clients and those on an open call list).
  await everyAgentCalls(api.db, [client.id]);
  clientId = toGlobalId('Client', client.id);
  const values = await api.db.dictionaryValue.findMany({ where: { kind: 'ACTIVITY_TYPE' } });
  types = Object.fromEntries(values.map((v) => [v.key, toGlobalId('DictionaryValue', v.id)]));
});
afterAll(() => api.close());

describe('an agent assigning activities to colleagues', () => {
  it('creates an activity owned by a colleague with another colleague invited, and both see it', async () => {
    const res = await create({
      subject: 'Handed over',
      ownerId: colleague.id,
      participants: [{ userId: guest.id }],
    });
    expect(res.errors).toBeUndefined();
    expect(res.data!.createActivity.owner).toEqual({ id: colleague.id, name: 'Tomáš' });
    expect(res.data!.createActivity.participants).toEqual([{ user: { id: guest.id, name: 'Goran' } }]);
    expect(await subjectsOf(colleague.cookie)).toContain('Handed over');
    expect(await subjectsOf(guest.cookie)).toContain('Handed over');
  });

  it('invites a colleague to its own meeting and later reassigns it', async () => {
    const created = (await create({ subject: 'Own meeting' })).data!.createActivity;
    expect(created.owner.id).toBe(agent.id);
    const invited = await api.gql<{ updateActivity: Activity }>(
      UPDATE,
      { id: created.id, v: created.version, input: { participants: [{ userId: colleague.id }] } },
      { cookie: agent.cookie },
    );
    expect(invited.errors).toBeUndefined();
    expect(invited.data!.updateActivity.participants).toEqual([{ user: { id: colleague.id, name: 'Tomáš' } }]);
    const moved = await api.gql<{ updateActivity: Activity }>(
      UPDATE,
      { id: created.id, v: invited.data!.updateActivity.version, input: { ownerId: guest.id } },
      { cookie: agent.cookie },
    );
    expect(moved.errors).toBeUndefined();
    expect(moved.data!.updateActivity.owner.id).toBe(guest.id);
  });

  it('hands the next contact to a colleague when closing', async () => {
    const created = (await create({ subject: 'First call' })).data!.createActivity;
    const res = await api.gql<{ closeActivity: Activity }>(
      CLOSE,
      {
        id: created.id,
        v: created.version,
        input: {
          nextContact: {
            startsAt: '2031-05-12T09:00:00Z',
            typeId: types.call,
            ownerId: colleague.id,
            subject: 'Follow-up',
          },
        },
      },
      { cookie: agent.cookie },
    );
    expect(res.errors).toBeUndefined();
    const next = await api.db.activity.findMany({ where: { subject: 'Follow-up' }, select: { ownerId: true } });
    expect(next.map((a) => toGlobalId('User', a.ownerId))).toEqual([colleague.id]);
    expect(await subjectsOf(colleague.cookie)).toContain('Follow-up');
  });

  it.each([
    ['input.ownerId', (id: string) => ({ ownerId: id })],
    ['input.participants.0.userId', (id: string) => ({ participants: [{ userId: id }] })],
  ])('refuses an inactive user on %s and saves nothing', async (field, override) => {
    const before = await api.db.activity.count();
    const res = await create({ subject: 'To nobody', ...override(inactiveId) });
    expect(res.errors![0]!.extensions).toMatchObject({ code: 'BAD_USER_INPUT', field });
    expect(await api.db.activity.count()).toBe(before);
  });

  it('refuses an inactive owner for the next contact, and the close is rolled back with it', async () => {
    const created = (await create({ subject: 'Still open' })).data!.createActivity;
    const res = await api.gql(
      CLOSE,
      {
        id: created.id,
        v: created.version,
        input: { nextContact: { startsAt: '2031-05-12T09:00:00Z', typeId: types.call, ownerId: inactiveId } },
      },
      { cookie: agent.cookie },
    );
    expect(res.errors![0]!.extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: 'input.nextContact.ownerId' });
    const stored = await api.db.activity.findFirstOrThrow({ where: { subject: 'Still open' } });
    expect(stored.status).toBe('PLANNED');
  });
});
