// The activity list's thread filter (seed 001: contacts and tasks linked in one thread, filterable by thread): any
// activity of a thread gives the main task and everything under it, never a neighbouring thread, and only what the
// viewer may see.
import { toGlobalId } from '@veza/shared';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startTestApi, type TestApi } from '../../test/api.ts';
import { ensureDefaultDictionaries } from '../dictionaries/index.ts';
import { everyAgentCalls } from '../../test/call-list.ts';

let api: TestApi;
let owner: { id: string; cookie: string };
let other: { id: string; cookie: string };
const rows: Record<string, string> = {};

const LIST = `query($filter: ActivityFilter) {
  activities(filter: $filter, first: 100) { totalCount edges { node { subject } } }
}`;

async function subjects(cookie: string, filter: unknown) {
  const res = await api.gql<{ activities: { edges: { node: { subject: string } }[] } }>(LIST, { filter }, { cookie });
  if (res.errors) throw new Error(JSON.stringify(res.errors));
  return res.data!.activities.edges.map((e) => e.node.subject).sort();
}

const thread = (subject: string) => ({ threadOf: toGlobalId('Activity', rows[subject]!) });

beforeAll(async () => {
  api = await startTestApi();
  await ensureDefaultDictionaries(api.db);
  const login = async (profile: 'agent') => {
    const u = await api.createUser(profile);
    return { id: u.id, cookie: await api.login(u.email, u.password) };
  };
  owner = await login('agent');
  other = await login('agent');
  const type = await api.db.dictionaryValue.findFirstOrThrow({ where: { kind: 'ACTIVITY_TYPE', key: 'call' } });
  const client = await api.db.client.create({ data: { kind: 'LEGAL', name: 'Nit d.o.o.' } });
  // Agents call this shared client (the seeded Agent reads managed clients and those on an open call list).
  await everyAgentCalls(api.db, [client.id]);
  // main ─┬─ sub A ── sub A.1
  //       └─ sub B          second main ── its child (another thread)
  const tree: [string, string | null][] = [
    ['main', null],
    ['sub A', 'main'],
    ['sub A.1', 'sub A'],
    ['sub B', 'main'],
    ['second main', null],
    ['its child', 'second main'],
  ];
  for (const [subject, parent] of tree) {
    const row = await api.db.activity.create({
      data: {
        subject,
        clientId: client.id,
        typeId: type.id,
        ownerId: owner.id,
        parentId: parent ? rows[parent]! : null,
        startsAt: new Date(),
      },
    });
    rows[subject] = row.id;
  }
});
afterAll(() => api.close());

describe('filter threadOf', () => {
  const whole = ['main', 'sub A', 'sub A.1', 'sub B'];

  it.each(['main', 'sub A', 'sub A.1', 'sub B'])('from %s gives the whole thread, not the other one', async (s) => {
    expect(await subjects(owner.cookie, thread(s))).toEqual(whole);
  });

  it('combines with the other filters and leaves deleted activities out', async () => {
    await api.db.activity.update({ where: { id: rows['sub B']! }, data: { deletedAt: new Date() } });
    expect(await subjects(owner.cookie, { ...thread('sub A.1'), text: 'sub' })).toEqual(['sub A', 'sub A.1']);
    await api.db.activity.update({ where: { id: rows['sub B']! }, data: { deletedAt: null } });
  });

  it('still ends on a cycle of parents', async () => {
    await api.db.activity.update({ where: { id: rows['second main']! }, data: { parentId: rows['its child']! } });
    expect(await subjects(owner.cookie, thread('its child'))).toEqual(['its child', 'second main']);
  });

  it('shows another agent nothing of a thread they do not take part in', async () => {
    expect(await subjects(other.cookie, thread('main'))).toEqual([]);
  });

  it('names the field of a malformed id', async () => {
    const res = await api.gql(LIST, { filter: { threadOf: 'nope' } }, { cookie: owner.cookie });
    expect(res.errors?.[0]?.extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: 'filter.threadOf' });
  });
});
