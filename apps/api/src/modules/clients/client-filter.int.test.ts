// The client filter language against real PostgreSQL: every operator on every attribute type, groups, built-in
// fields, persons, "not contacted in N days", sorting by attributes and keyset paging while rows are inserted.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { errorCode, startTestApi, type TestApi } from '../../test/api.ts';

let api: TestApi;
let cookie: string;

const DEFINE = `mutation($input: CreateAttributeDefinitionInput!) { createAttributeDefinition(input: $input) { key } }`;
const LIST = `query($filter: ClientFilter, $orderBy: [ClientOrder!], $first: Int, $after: String) {
  clients(filter: $filter, orderBy: $orderBy, first: $first, after: $after) {
    totalCount pageInfo { hasNextPage endCursor } edges { node { name } } } }`;

type Page = {
  clients: {
    totalCount: number;
    pageInfo: { hasNextPage: boolean; endCursor: string };
    edges: { node: { name: string } }[];
  };
};
const choices = (...keys: string[]) => keys.map((key) => ({ key, labels: { en: key.toUpperCase() } }));

async function names(filter: unknown, orderBy?: unknown): Promise<string[]> {
  const res = await api.gql<Page>(LIST, { filter, orderBy, first: 100 }, { cookie });
  if (res.errors) throw new Error(JSON.stringify(res.errors));
  return res.data!.clients.edges.map((e) => e.node.name);
}

const A = (key: string, op: string, value?: unknown) => ({ attribute: { key, op, value } });
const F = (field: string, op: string, value?: unknown) => ({ field: { field, op, value } });

beforeAll(async () => {
  api = await startTestApi();
  const admin = await api.createUser('administrator');
  cookie = await api.login(admin.email, admin.password);
  const defs = [
    { key: 'territory', type: 'CHOICE', choices: choices('north', 'south', 'east') },
    { key: 'employees', type: 'INTEGER' },
    { key: 'revenue', type: 'DECIMAL' },
    { key: 'founded', type: 'DATE' },
    { key: 'vip', type: 'BOOLEAN' },
    { key: 'tags', type: 'MULTI_CHOICE', choices: choices('a', 'b', 'c') },
    { key: 'motto', type: 'TEXT' },
  ];
  for (const d of defs) {
    const res = await api.gql(DEFINE, { input: { entity: 'CLIENT', labels: { en: d.key }, ...d } }, { cookie });
    expect(res.errors).toBeUndefined();
  }
  const clients = [
    {
      name: 'Alfa',
      city: 'Zagreb',
      attributes: {
        territory: 'north',
        employees: 10,
        revenue: 1.5,
        founded: '2001-05-01',
        vip: true,
        tags: ['a', 'b'],
        motto: 'Quality first',
      },
    },
    {
      name: 'Beta',
      city: 'Split',
      attributes: {
        territory: 'south',
        employees: 60,
        revenue: 100.25,
        founded: '2015-01-10',
        vip: false,
        tags: ['b'],
        motto: 'Fast',
      },
    },
    {
      name: 'Gama',
      city: 'Zagreb',
      attributes: { territory: 'north', employees: 120, revenue: 55, founded: '2020-12-31', tags: ['c'] },
    },
    { name: 'Delta', city: 'Osijek', attributes: { territory: 'east', employees: 50, vip: true } },
    { name: 'Epsilon', attributes: {} },
  ];
  for (const c of clients) {
    const res = await api.gql(
      `mutation($input: CreateClientInput!) { createClient(input: $input) { id } }`,
      { input: { kind: 'LEGAL', ...c } },
      { cookie },
    );
    expect(res.errors).toBeUndefined();
  }
  const delta = await api.db.client.findFirstOrThrow({ where: { name: 'Delta' } });
  await api.db.person.create({
    data: {
      firstName: 'Ana',
      lastName: 'Horvat',
      marketingConsent: true,
      clients: { create: [{ clientId: delta.id, role: 'Owner' }] },
    },
  });
});
afterAll(() => api.close());

describe('attribute conditions, by type and operator', () => {
  it.each([
    ['choice EQ', A('territory', 'EQ', 'north'), ['Alfa', 'Gama']],
    ['choice NEQ includes records without a value', A('territory', 'NEQ', 'north'), ['Beta', 'Delta', 'Epsilon']],
    ['choice IN', A('territory', 'IN', ['south', 'east']), ['Beta', 'Delta']],
    ['choice NOT_IN', A('territory', 'NOT_IN', ['north']), ['Beta', 'Delta', 'Epsilon']],
    ['choice IS_EMPTY', A('territory', 'IS_EMPTY'), ['Epsilon']],
    ['choice IS_NOT_EMPTY', A('territory', 'IS_NOT_EMPTY'), ['Alfa', 'Beta', 'Delta', 'Gama']],
    ['integer GT', A('employees', 'GT', 50), ['Beta', 'Gama']],
    ['integer GTE', A('employees', 'GTE', 50), ['Beta', 'Delta', 'Gama']],
    ['integer LT', A('employees', 'LT', 50), ['Alfa']],
    ['integer LTE', A('employees', 'LTE', 50), ['Alfa', 'Delta']],
    ['integer EQ', A('employees', 'EQ', 60), ['Beta']],
    ['integer NEQ', A('employees', 'NEQ', 60), ['Alfa', 'Delta', 'Epsilon', 'Gama']],
    ['integer BETWEEN is inclusive', A('employees', 'BETWEEN', [50, 60]), ['Beta', 'Delta']],
    ['integer IN', A('employees', 'IN', [10, 120]), ['Alfa', 'Gama']],
    ['integer IS_EMPTY', A('employees', 'IS_EMPTY'), ['Epsilon']],
    ['decimal GT', A('revenue', 'GT', 50), ['Beta', 'Gama']],
    ['decimal BETWEEN', A('revenue', 'BETWEEN', [1, 2]), ['Alfa']],
    ['decimal LTE', A('revenue', 'LTE', 55), ['Alfa', 'Gama']],
    ['date BEFORE', A('founded', 'BEFORE', '2015-01-10'), ['Alfa']],
    ['date AFTER', A('founded', 'AFTER', '2015-01-10'), ['Gama']],
    ['date BETWEEN includes both days', A('founded', 'BETWEEN', ['2015-01-10', '2020-12-31']), ['Beta', 'Gama']],
    ['date EQ', A('founded', 'EQ', '2020-12-31'), ['Gama']],
    ['date IS_EMPTY', A('founded', 'IS_EMPTY'), ['Delta', 'Epsilon']],
    ['boolean EQ true', A('vip', 'EQ', true), ['Alfa', 'Delta']],
    ['boolean EQ false', A('vip', 'EQ', false), ['Beta']],
    ['multi-choice HAS_ANY', A('tags', 'HAS_ANY', ['a', 'c']), ['Alfa', 'Gama']],
    ['multi-choice HAS_ALL', A('tags', 'HAS_ALL', ['a', 'b']), ['Alfa']],
    ['multi-choice IS_EMPTY', A('tags', 'IS_EMPTY'), ['Delta', 'Epsilon']],
    ['text CONTAINS ignores case', A('motto', 'CONTAINS', 'QUAL'), ['Alfa']],
    ['text STARTS_WITH', A('motto', 'STARTS_WITH', 'fa'), ['Beta']],
    ['text EQ ignores case', A('motto', 'EQ', 'fast'), ['Beta']],
    ['text CONTAINS treats % and _ literally', A('motto', 'CONTAINS', '%'), []],
    ['text IS_EMPTY', A('motto', 'IS_EMPTY'), ['Delta', 'Epsilon', 'Gama']],
  ])('%s', async (_name, filter, expected) => {
    expect(await names(filter)).toEqual(expected);
  });
});

describe('groups, built-in fields and relations', () => {
  it.each([
    ['AND', { and: [A('territory', 'EQ', 'north'), A('employees', 'GT', 50)] }, ['Gama']],
    ['OR', { or: [A('territory', 'EQ', 'east'), A('employees', 'LT', 20)] }, ['Alfa', 'Delta']],
    ['NOT', { not: A('territory', 'EQ', 'north') }, ['Beta', 'Delta', 'Epsilon']],
    [
      'nested groups',
      { and: [{ or: [F('CITY', 'EQ', 'Zagreb'), F('CITY', 'EQ', 'Split')] }, { not: A('employees', 'LT', 20) }] },
      ['Beta', 'Gama'],
    ],
    ['city EQ ignores case', F('CITY', 'EQ', 'zagreb'), ['Alfa', 'Gama']],
    ['city IS_EMPTY', F('CITY', 'IS_EMPTY'), ['Epsilon']],
    ['name STARTS_WITH', F('NAME', 'STARTS_WITH', 'e'), ['Epsilon']],
    ['kind EQ', F('KIND', 'EQ', 'NATURAL'), []],
    ['has a person named Horvat', { person: { field: { field: 'LAST_NAME', op: 'EQ', value: 'horvat' } } }, ['Delta']],
    [
      'has a person with marketing consent and role Owner',
      {
        person: {
          and: [
            { field: { field: 'MARKETING_CONSENT', op: 'EQ', value: true } },
            { field: { field: 'ROLE', op: 'EQ', value: 'owner' } },
          ],
        },
      },
      ['Delta'],
    ],
    ['quick search', { search: 'gam' }, ['Gama']],
  ])('%s', async (_name, filter, expected) => {
    expect(await names(filter)).toEqual(expected);
  });

  it('"not contacted in the last 30 days" is exact at the border', async () => {
    const day = 86_400_000;
    await api.db.client.updateMany({
      where: { name: 'Alfa' },
      data: { lastContactAt: new Date(Date.now() - 30 * day + 60_000) },
    });
    await api.db.client.updateMany({
      where: { name: 'Beta' },
      data: { lastContactAt: new Date(Date.now() - 30 * day - 60_000) },
    });
    try {
      expect(await names({ notContactedInDays: 30 })).toEqual(['Beta', 'Delta', 'Epsilon', 'Gama']);
      expect(await names(F('LAST_CONTACT_AT', 'IN_LAST_DAYS', 30))).toEqual(['Alfa']);
    } finally {
      await api.db.client.updateMany({ where: { name: { in: ['Alfa', 'Beta'] } }, data: { lastContactAt: null } });
    }
  });
});

describe('invalid filters', () => {
  it.each([
    [
      'an unknown attribute',
      { and: [A('nope', 'EQ', 1)] },
      'filter.and.0.attribute.key',
      'validation.filter.unknownAttribute',
    ],
    [
      'an operator that does not fit the type',
      A('territory', 'GT', 'north'),
      'filter.attribute.op',
      'validation.filter.operator',
    ],
    ['a value of the wrong type', A('employees', 'GT', 'many'), 'filter.attribute.value', 'validation.filter.integer'],
    ['a choice that is not a string', A('territory', 'IN', [1]), 'filter.attribute.value', 'validation.filter.choice'],
    ['two keys in one node', { search: 'x', not: { search: 'y' } }, 'filter', 'validation.filter.oneKey'],
    ['a wrong operator on a built-in field', F('CITY', 'GT', 'x'), 'filter.field.op', 'validation.filter.operator'],
  ])('refuses %s with BAD_USER_INPUT naming the path', async (_name, filter, field, message) => {
    const res = await api.gql(LIST, { filter }, { cookie });
    expect(res.errors![0]!.extensions).toMatchObject({ code: 'BAD_USER_INPUT', field });
    expect(res.errors![0]!.message).toBe(message);
  });

  it('cannot inject SQL through values or keys', async () => {
    expect(await names(A('motto', 'EQ', "x'; DROP TABLE clients; --"))).toEqual([]);
    expect(errorCode(await api.gql(LIST, { filter: A("a'; --", 'EQ', 1) }, { cookie }))).toBe('BAD_USER_INPUT');
    expect(await api.db.client.count()).toBeGreaterThan(0);
  });
});

describe('sorting and paging', () => {
  it('sorts by an attribute, empty values last in both directions, then by id', async () => {
    expect(await names(null, [{ attribute: 'employees' }])).toEqual(['Alfa', 'Delta', 'Beta', 'Gama', 'Epsilon']);
    expect(await names(null, [{ attribute: 'employees', direction: 'DESC' }])).toEqual([
      'Gama',
      'Beta',
      'Delta',
      'Alfa',
      'Epsilon',
    ]);
    expect(await names(null, [{ attribute: 'territory' }, { field: 'NAME', direction: 'DESC' }])).toEqual([
      'Delta',
      'Gama',
      'Alfa',
      'Beta',
      'Epsilon',
    ]);
  });

  it.each([
    ['name', [{ field: 'NAME' }]],
    ['an attribute with empty values', [{ attribute: 'founded', direction: 'DESC' }]],
    ['city then name descending', [{ field: 'CITY' }, { field: 'NAME', direction: 'DESC' }]],
  ])('pages by %s two at a time in exactly the full order', async (_name, orderBy) => {
    const full = await names(null, orderBy);
    const paged: string[] = [];
    let after: string | null = null;
    for (let i = 0; i < 10; i++) {
      const page: Page = (await api.gql<Page>(LIST, { orderBy, first: 2, after }, { cookie })).data!;
      paged.push(...page.clients.edges.map((e) => e.node.name));
      if (!page.clients.pageInfo.hasNextPage) break;
      after = page.clients.pageInfo.endCursor;
    }
    expect(paged).toEqual(full);
  });

  it('pages without gaps or duplicates while rows are inserted before and after the cursor', async () => {
    const originals = Array.from({ length: 20 }, (_, i) => `Page ${String(i).padStart(2, '0')}`);
    await api.db.client.createMany({ data: originals.map((name) => ({ kind: 'LEGAL' as const, name })) });
    const filter = F('NAME', 'STARTS_WITH', 'Page');
    const seen: string[] = [];
    let after: string | null = null;
    for (let i = 0; i < 20; i++) {
      const page: Page = (await api.gql<Page>(LIST, { filter, first: 6, after }, { cookie })).data!;
      seen.push(...page.clients.edges.map((e) => e.node.name));
      await api.db.client.createMany({
        data: [
          { kind: 'LEGAL', name: `Page 00-${i}` },
          { kind: 'LEGAL', name: `Page 99-${i}` },
        ],
      });
      if (!page.clients.pageInfo.hasNextPage) break;
      after = page.clients.pageInfo.endCursor;
    }
    expect(new Set(seen).size).toBe(seen.length);
    expect(seen.filter((n) => originals.includes(n))).toEqual(originals);
  });
});
