// Saved list views over GraphQL: private and shared visibility, who may edit, validation, optimistic concurrency.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { errorCode, startTestApi, type TestApi } from '../../test/api.ts';

type View = { id: string; name: string; shared: boolean; editable: boolean; version: number; owner: { name: string } };

let api: TestApi;
const cookies: Record<'ana' | 'bob' | 'admin', string> = { ana: '', bob: '', admin: '' };

const FIELDS =
  'id name shared editable filter columns sort { field attribute direction } version updatedAt owner { name }';
const LIST = `{ savedViews { ${FIELDS} } }`;
const CREATE = `mutation($input: SavedViewInput!) { createSavedView(input: $input) { ${FIELDS} } }`;
const UPDATE = `mutation($id: ID!, $v: Int!, $input: SavedViewInput!) { updateSavedView(id: $id, version: $v, input: $input) { ${FIELDS} } }`;
const DELETE = `mutation($id: ID!) { deleteSavedView(id: $id) }`;

const base = { name: 'My clients', columns: ['NAME', 'CITY'] };

async function create(who: keyof typeof cookies, input: Record<string, unknown>) {
  const res = await api.gql<{ createSavedView: View }>(
    CREATE,
    { input: { ...base, ...input } },
    { cookie: cookies[who] },
  );
  expect(res.errors).toBeUndefined();
  return res.data!.createSavedView;
}

async function visible(who: keyof typeof cookies) {
  return (await api.gql<{ savedViews: View[] }>(LIST, {}, { cookie: cookies[who] })).data!.savedViews;
}

beforeAll(async () => {
  api = await startTestApi();
  for (const [who, profile, name] of [
    ['ana', 'agent', 'Ana'],
    ['bob', 'agent', 'Bob'],
    ['admin', 'administrator', 'Root'],
  ] as const) {
    const user = await api.createUser(profile, { name });
    cookies[who] = await api.login(user.email, user.password);
  }
});
afterAll(() => api.close());

describe('visibility', () => {
  let mine: View;
  let team: View;
  beforeAll(async () => {
    mine = await create('ana', { name: 'Ana private' });
    team = await create('ana', { name: 'Ana shared', shared: true });
  });

  it('shows the owner both views, editable, sorted by name', async () => {
    const views = (await visible('ana')).filter((v) => v.name.startsWith('Ana'));
    expect(views.map((v) => [v.name, v.editable, v.owner.name])).toEqual([
      ['Ana private', true, 'Ana'],
      ['Ana shared', true, 'Ana'],
    ]);
  });

  it('shows another user only the shared view, read-only', async () => {
    expect((await visible('bob')).map((v) => [v.name, v.editable])).toEqual([['Ana shared', false]]);
  });

  it('lets a user administrator edit shared views but not see private ones', async () => {
    expect((await visible('admin')).map((v) => [v.name, v.editable])).toEqual([['Ana shared', true]]);
  });

  it('refuses edits by someone else: FORBIDDEN for a shared view, NOT_FOUND for a private one; nothing changes', async () => {
    const input = { ...base, name: 'Hijacked' };
    expect(errorCode(await api.gql(UPDATE, { id: team.id, v: team.version, input }, { cookie: cookies.bob }))).toBe(
      'FORBIDDEN',
    );
    expect(errorCode(await api.gql(DELETE, { id: team.id }, { cookie: cookies.bob }))).toBe('FORBIDDEN');
    expect(errorCode(await api.gql(UPDATE, { id: mine.id, v: mine.version, input }, { cookie: cookies.bob }))).toBe(
      'NOT_FOUND',
    );
    expect(errorCode(await api.gql(DELETE, { id: mine.id }, { cookie: cookies.admin }))).toBe('NOT_FOUND');
    expect((await visible('ana')).map((v) => v.name)).toEqual(['Ana private', 'Ana shared']);
  });

  it('returns views through node(id) only to those who may see them', async () => {
    const Q = `query($id: ID!) { node(id: $id) { __typename ... on SavedView { name } } }`;
    expect((await api.gql(Q, { id: mine.id }, { cookie: cookies.ana })).data).toEqual({
      node: { __typename: 'SavedView', name: 'Ana private' },
    });
    expect((await api.gql(Q, { id: mine.id }, { cookie: cookies.bob })).data).toEqual({ node: null });
    expect((await api.gql(Q, { id: team.id }, { cookie: cookies.bob })).data).toEqual({
      node: { __typename: 'SavedView', name: 'Ana shared' },
    });
  });

  it('lets the administrator rename the shared view and the owner delete it', async () => {
    const res = await api.gql(
      UPDATE,
      { id: team.id, v: team.version, input: { ...base, name: 'Team view', shared: true } },
      { cookie: cookies.admin },
    );
    expect(res.data).toMatchObject({
      updateSavedView: { name: 'Team view', version: 2, editable: true, owner: { name: 'Ana' } },
    });
    expect((await api.gql(DELETE, { id: team.id }, { cookie: cookies.ana })).data).toEqual({ deleteSavedView: true });
    expect(await visible('bob')).toEqual([]);
  });
});

describe('content', () => {
  it('stores the filter, the columns in order and the sort, and returns them as given', async () => {
    const filter = {
      and: [
        { field: { field: 'CITY', op: 'EQ', value: 'Zagreb' } },
        { attribute: { key: 'employees', op: 'GT', value: 50 } },
      ],
    };
    const sort = [{ attribute: 'employees', direction: 'DESC' }, { field: 'NAME' }];
    const view = await create('bob', {
      name: 'Big in Zagreb',
      filter,
      columns: ['NAME', 'attr:employees', 'STATUS'],
      sort,
    });
    expect(view).toMatchObject({
      filter,
      columns: ['NAME', 'attr:employees', 'STATUS'],
      sort: [
        { field: null, attribute: 'employees', direction: 'DESC' },
        { field: 'NAME', attribute: null, direction: 'ASC' },
      ],
    });
  });

  it('refuses a stale version with CONFLICT and keeps the newer edit', async () => {
    const view = await create('bob', { name: 'Versioned' });
    await api.gql(UPDATE, { id: view.id, v: 1, input: { ...base, name: 'Second' } }, { cookie: cookies.bob });
    const stale = await api.gql(
      UPDATE,
      { id: view.id, v: 1, input: { ...base, name: 'Lost' } },
      { cookie: cookies.bob },
    );
    expect(errorCode(stale)).toBe('CONFLICT');
    expect((await visible('bob')).map((v) => v.name)).toContain('Second');
  });
});

describe('validation', () => {
  it.each([
    [
      'an operator that does not fit the field',
      { filter: { and: [{ field: { field: 'NAME', op: 'GT', value: 'x' } }] } },
      'input.filter.and.0.field.op',
      'validation.filter.operator',
    ],
    [
      'a value of the wrong type',
      { filter: { or: [{ notContactedInDays: 3 }, { field: { field: 'CREATED_AT', op: 'BEFORE', value: 7 } }] } },
      'input.filter.or.1.field.value',
      'validation.filter.date',
    ],
    [
      'a filter node with two keys',
      { filter: { search: 'abc', notContactedInDays: 3 } },
      'input.filter',
      'validation.filter.oneKey',
    ],
    ['no columns', { columns: [] }, 'input.columns', 'validation.required'],
    ['an unknown column', { columns: ['NAME', 'SHOE_SIZE'] }, 'input.columns.1', 'validation.savedView.column'],
    ['a malformed attribute column', { columns: ['attr:Shoe Size'] }, 'input.columns.0', 'validation.savedView.column'],
    ['a repeated column', { columns: ['NAME', 'CITY', 'NAME'] }, 'input.columns.2', 'validation.duplicate'],
    [
      'more than 60 columns',
      { columns: Array.from({ length: 61 }, (_, i) => `attr:a${i}`) },
      'input.columns',
      'validation.tooMany',
    ],
    [
      'a sort key with both a field and an attribute',
      { sort: [{ field: 'NAME', attribute: 'x' }] },
      'input.sort.0',
      'validation.sort.oneKey',
    ],
    ['an empty name', { name: '  ' }, 'input.name', 'validation.required'],
  ])('refuses %s with BAD_USER_INPUT naming the field, and saves nothing', async (_what, override, field, message) => {
    const before = await api.db.savedView.count();
    const res = await api.gql(CREATE, { input: { ...base, ...override } }, { cookie: cookies.bob });
    expect(res.errors![0]).toMatchObject({ message, extensions: { code: 'BAD_USER_INPUT', field } });
    expect(await api.db.savedView.count()).toBe(before);
  });
});
