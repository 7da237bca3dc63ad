// Number attribute conditions match numbers only, even when a stored value has another JSON type (written before a
// type change or by hand): the conditions are written as ranges the planner can estimate, so this pins their meaning.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startTestApi, type TestApi } from '../../test/api.ts';

let api: TestApi;
let cookie: string;

const LIST = `query($filter: ClientFilter) { clients(filter: $filter, first: 100) { edges { node { name } } } }`;

async function names(op: string, value: unknown): Promise<string[]> {
  const res = await api.gql<{ clients: { edges: { node: { name: string } }[] } }>(
    LIST,
    { filter: { attribute: { key: 'staff', op, value } } },
    { cookie },
  );
  if (res.errors) throw new Error(JSON.stringify(res.errors));
  return res.data!.clients.edges.map((e) => e.node.name).sort();
}

beforeAll(async () => {
  api = await startTestApi();
  const admin = await api.createUser('administrator');
  cookie = await api.login(admin.email, admin.password);
  const res = await api.gql(
    `mutation($input: CreateAttributeDefinitionInput!) { createAttributeDefinition(input: $input) { id } }`,
    { input: { entity: 'CLIENT', key: 'staff', type: 'INTEGER', labels: { en: 'Staff' } } },
    { cookie },
  );
  expect(res.errors).toBeUndefined();
  // Stored directly: the API itself would refuse anything but a number.
  const values: [string, unknown][] = [
    ['n5', 5],
    ['n50', 50],
    ['n500', 500],
    ['text', '100'],
    ['yes', true],
    ['no', false],
    ['list', [100]],
    ['object', { n: 100 }],
    ['null', null],
  ];
  for (const [name, staff] of values)
    await api.db.client.create({ data: { kind: 'LEGAL', name, attributes: { staff } as never } });
  await api.db.client.create({ data: { kind: 'LEGAL', name: 'none' } });
});
afterAll(() => api.close());

describe('number attribute conditions', () => {
  it.each([
    ['GT', 10, ['n50', 'n500']],
    ['GTE', 50, ['n50', 'n500']],
    ['LT', 100, ['n5', 'n50']],
    ['LTE', 50, ['n5', 'n50']],
    ['EQ', 50, ['n50']],
    ['IN', [5, 500], ['n5', 'n500']],
    ['BETWEEN', [1, 1000], ['n5', 'n50', 'n500']],
  ])('%s %j matches numbers only', async (op, value, expected) => {
    expect(await names(op, value)).toEqual(expected);
  });
});
