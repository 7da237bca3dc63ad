// Dictionary values are served from a per-process snapshot: list pages read no dictionary_values at all while it is
// fresh, an edit through the API shows at once, and a value another process created is still found.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startTestApi, type TestApi } from '../../test/api.ts';
import { ensureDefaultDictionaries } from './dictionaries.defaults.ts';

let api: TestApi;
let cookie: string;

const LIST = `{ clients(first: 10, orderBy: [{ field: NAME, direction: ASC }]) { edges { node { name status { key label } } } } }`;

type ListAnswer = { clients: { edges: { node: { name: string; status: { key: string; label: string } | null } }[] } };

async function statusesAndReads() {
  api.queries.length = 0;
  const res = await api.gql<ListAnswer>(LIST, {}, { cookie });
  expect(res.errors).toBeUndefined();
  const reads = api.queries.filter((q) => q.includes('dictionary_values')).length;
  return { statuses: res.data!.clients.edges.map((e) => `${e.node.name}: ${e.node.status?.label}`), reads };
}

beforeAll(async () => {
  api = await startTestApi({ countQueries: true });
  await ensureDefaultDictionaries(api.db);
  const admin = await api.createUser('administrator');
  cookie = await api.login(admin.email, admin.password);
  const customer = await api.db.dictionaryValue.findFirstOrThrow({ where: { kind: 'CLIENT_STATUS', key: 'customer' } });
  await api.db.client.create({ data: { kind: 'LEGAL', name: 'Alfa d.o.o.', statusId: customer.id } });
});
afterAll(() => api.close());

describe('dictionary snapshot', () => {
  it('reads dictionary values once, then serves list pages without touching the table', async () => {
    await statusesAndReads();
    const warm = await statusesAndReads();
    expect(warm.statuses).toEqual(['Alfa d.o.o.: Customer']);
    expect(warm.reads).toBe(0);
  });

  it('shows an edit made through the API at once', async () => {
    const customer = await api.db.dictionaryValue.findFirstOrThrow({
      where: { kind: 'CLIENT_STATUS', key: 'customer' },
    });
    const res = await api.gql(
      `mutation($id: ID!, $v: Int!) { updateDictionaryValue(id: $id, version: $v, input: { labels: { en: "Key account" } }) { id } }`,
      { id: toId(customer.id), v: customer.version },
      { cookie },
    );
    expect(res.errors).toBeUndefined();
    expect((await statusesAndReads()).statuses).toEqual(['Alfa d.o.o.: Key account']);
  });

  it('finds a value created by another process that the snapshot does not have yet', async () => {
    await statusesAndReads(); // fresh snapshot
    const vip = await api.db.dictionaryValue.create({
      data: { kind: 'CLIENT_STATUS', key: 'vip', labels: { en: 'VIP' }, position: 99 },
    });
    await api.db.client.create({ data: { kind: 'LEGAL', name: 'Beta s.r.o.', statusId: vip.id } });
    const { statuses } = await statusesAndReads();
    expect(statuses).toEqual(['Alfa d.o.o.: Key account', 'Beta s.r.o.: VIP']);
    const filtered = await api.gql<ListAnswer>(
      `{ clients(first: 5, filter: { field: { field: STATUS, op: EQ, value: "vip" } }) { edges { node { name } } } }`,
      {},
      { cookie },
    );
    expect(filtered.errors).toBeUndefined();
    expect(filtered.data!.clients.edges.map((e) => e.node.name)).toEqual(['Beta s.r.o.']);
  });
});

const toId = (id: string) => Buffer.from(`DictionaryValue:${id}`).toString('base64url');
