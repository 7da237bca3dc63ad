// The scope-aware loaders of the registry (linkedClientById, personReadable): a list whose rows link clients and
// persons partly outside the agent's read scope costs one statement for those clients and one for those persons,
// however long the list — and a hidden client or person never comes back, only the client's name.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startTestApi, type TestApi } from '../test/api.ts';
import { ensureDefaultDictionaries } from '../modules/dictionaries/index.ts';

let api: TestApi;
let cookie: string;

const ACTIVITIES = `query($first: Int) { activities(first: $first) { edges { node {
  subject clientName client { name city } contactPerson { fullName } } } } }`;
const PERSONS = `query($first: Int) { persons(search: "Shared", first: $first) { edges { node {
  fullName clients { role client { name } } relations { kind person { fullName } } } } } }`;

/** Statements of the request's second run (the first warms the viewer cache and per-process caches). */
async function statements(query: string, first: number) {
  await api.gql(query, { first }, { cookie });
  api.queries.length = 0;
  const res = await api.gql<Record<string, { edges: { node: Record<string, unknown> }[] }>>(
    query,
    { first },
    { cookie },
  );
  expect(res.errors).toBeUndefined();
  return { all: [...api.queries], edges: Object.values(res.data!)[0]!.edges.map((e) => e.node) };
}

const linkedClientStatements = (qs: string[]) => qs.filter((q) => /AS readable\s+FROM clients c/.test(q));

beforeAll(async () => {
  api = await startTestApi({ countQueries: true });
  await ensureDefaultDictionaries(api.db);
  const [mine, theirs] = [await api.createUser('agent'), await api.createUser('agent')];
  cookie = await api.login(mine.email, mine.password);
  const type = await api.db.dictionaryValue.findFirstOrThrow({ where: { kind: 'ACTIVITY_TYPE', key: 'call' } });
  let own: { id: string } | null = null;
  for (let i = 0; i < 50; i++) {
    // Every third row is on the other agent's client (the agent's own activity, as after a reassignment).
    const managerId = i % 3 === 0 ? theirs.id : mine.id;
    const client = await api.db.client.create({
      data: { kind: 'LEGAL', name: `Client ${i}`, city: `City ${i}`, accountManagerId: managerId },
    });
    if (i === 1) own = client;
    const person = await api.db.person.create({
      data: { firstName: `P${i}`, lastName: 'Linked', clients: { create: [{ clientId: client.id }] } },
    });
    await api.db.activity.create({
      data: {
        typeId: type.id,
        clientId: client.id,
        subject: `Call ${i}`,
        ownerId: mine.id,
        contactPersonId: person.id,
      },
    });
  }
  // Persons at one of the agent's clients and at one of the other's, related to a person only the other reaches.
  const other = await api.db.client.create({ data: { kind: 'LEGAL', name: 'Hidden', accountManagerId: theirs.id } });
  const hidden = await api.db.person.create({
    data: { firstName: 'Hidden', lastName: 'Person', clients: { create: [{ clientId: other.id }] } },
  });
  for (let i = 0; i < 30; i++) {
    const person = await api.db.person.create({
      data: {
        firstName: `Q${i}`,
        lastName: 'Shared',
        clients: { create: [{ clientId: own!.id }, { clientId: other.id, role: 'secret' }] },
      },
    });
    await api.db.personRelation.create({ data: { personId: person.id, relatedPersonId: hidden.id, kind: 'boss' } });
  }
});
afterAll(() => api.close());

describe('scope-aware loaders', () => {
  it('reads 50 activities with clients partly outside the scope in one statement for the clients', async () => {
    const small = await statements(ACTIVITIES, 5);
    const large = await statements(ACTIVITIES, 50);
    expect(large.edges).toHaveLength(50);
    expect(linkedClientStatements(large.all)).toHaveLength(1);
    expect(large.all.length).toBe(small.all.length);
    const hidden = large.edges.filter((n) => n.client === null);
    expect(hidden).toHaveLength(17);
    for (const node of large.edges) expect(node.clientName).toMatch(/^Client \d+$/);
    // A hidden client's contact person is hidden too (their one client is outside the scope).
    for (const node of hidden) expect(node.contactPerson).toBeNull();
    expect(large.edges.filter((n) => n.contactPerson !== null)).toHaveLength(33);
  });

  it('batches Person.clients and Person.relations: one statement each for 5 or 30 persons', async () => {
    const small = await statements(PERSONS, 5);
    const large = await statements(PERSONS, 30);
    expect(large.edges).toHaveLength(30);
    expect(large.all.length).toBe(small.all.length);
    expect(linkedClientStatements(large.all)).toHaveLength(1);
    for (const node of large.edges) {
      expect(node.clients).toEqual([{ role: null, client: { name: 'Client 1' } }]);
      expect(node.relations).toEqual([]);
    }
  });
});
