// Malformed client input is a 400 / BAD_USER_INPUT naming the field, never a 500 and never stored altered: deep
// nesting, forged cursors, impossible dates (never rolled over), NUL characters, unknown sort fields on the export.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { errorCode, startTestApi, type GqlResult, type TestApi } from '../test/api.ts';

let api: TestApi;
let cookie: string;

beforeAll(async () => {
  api = await startTestApi();
  const admin = await api.createUser('administrator');
  cookie = await api.login(admin.email, admin.password);
});
afterAll(() => api.close());

/** Refused before execution: 400; refused by a resolver: a GraphQL error in a 200 answer. Never a 500. */
function expectBadInput(res: GqlResult<unknown>, field: string | RegExp) {
  expect([200, 400], JSON.stringify(res.errors)).toContain(res.status);
  expect(errorCode(res)).toBe('BAD_USER_INPUT');
  expect(res.errors![0]!.extensions!.field).toMatch(field);
}

const CLIENTS = `query($f: ClientFilter, $after: String, $o: [ClientOrder!]) {
  clients(filter: $f, after: $after, orderBy: $o, first: 5) { totalCount edges { node { id } } } }`;
const CREATE_CLIENT = `mutation($input: CreateClientInput!) { createClient(input: $input) { id } }`;
const CREATE_ACTIVITY = `mutation($input: CreateActivityInput!) { createActivity(input: $input) { id startsAt } }`;

function nested(depth: number): Record<string, unknown> {
  let filter: Record<string, unknown> = { search: 'x' };
  for (let i = 0; i < depth; i++) filter = { not: filter };
  return filter;
}

/** JSON text of a filter `depth` levels deep (JSON.stringify itself overflows on the test's stack). */
const deepFilterJson = (depth: number) => `${'{"not":'.repeat(depth)}{"search":"x"}${'}'.repeat(depth)}`;

async function postJson(path: string, body: string) {
  return api.raw(path, { method: 'POST', headers: { 'content-type': 'application/json', cookie }, body });
}

const cursor = (values: unknown) => Buffer.from(JSON.stringify(values)).toString('base64url');
const UUID = '0190a0e0-0000-7000-8000-000000000000';

describe('deep nesting', () => {
  it('refuses a client filter nested 5 000 deep (no stack overflow), naming the filter', async () => {
    const res = await postJson(
      '/graphql',
      `{"query":${JSON.stringify(CLIENTS)},"variables":{"f":${deepFilterJson(5000)}}}`,
    );
    expect(res.status).toBe(400);
    const body = (await res.json()) as { errors: { extensions: { code: string; field: string } }[] };
    expect(body.errors[0]!.extensions).toMatchObject({
      code: 'BAD_USER_INPUT',
      field: expect.stringMatching(/^f(\.not)+$/),
    });
  });

  it('refuses it in the export body too', async () => {
    const res = await postJson(
      '/export/clients',
      `{"format":"csv","columns":["NAME"],"filter":${deepFilterJson(5000)}}`,
    );
    expect(res.status).toBe(400);
    expect(await res.json()).toMatchObject({
      error: { code: 'BAD_USER_INPUT', field: expect.stringMatching(/^filter/) },
    });
  });

  it('still accepts a filter at the allowed depth', async () => {
    expect((await api.gql(CLIENTS, { f: nested(6) }, { cookie })).errors).toBeUndefined();
  });
});

describe('forged cursors', () => {
  it.each([
    ['not base64 JSON', '!!!', undefined],
    ['an id that is no UUID', cursor(['Acme', 'not-a-uuid']), undefined],
    ['an object as a sort value', cursor([{ $gt: '' }, UUID]), undefined],
    ['a date that is text', cursor(['yesterday', UUID]), [{ field: 'CREATED_AT', direction: 'ASC' }]],
    ['a position that is text', cursor(['first', UUID]), [{ field: 'STATUS', direction: 'ASC' }]],
    ['a kind that does not exist', cursor(['ROBOT', UUID]), [{ field: 'KIND', direction: 'ASC' }]],
  ])('refuses %s on `after`', async (_what, after, o) => {
    expectBadInput(await api.gql(CLIENTS, { after, o }, { cookie }), 'after');
  });

  it.each([
    ['users', `query($a: String) { users(after: $a) { totalCount } }`],
    ['activities', `query($a: String) { activities(after: $a) { totalCount } }`],
  ])('refuses a cursor with a non-UUID id on %s', async (_list, query) => {
    expectBadInput(await api.gql(query, { a: cursor(['x', "1' OR '1'='1"]) }, { cookie }), 'after');
  });
});

describe('impossible dates', () => {
  it.each(['2026-02-30T10:00:00Z', '0000-01-01T10:00:00Z', '2026-05-04T24:00:00Z', '2026-05-04T10:00:00+25:00'])(
    'refuses the instant %s naming the field, and stores nothing',
    async (startsAt) => {
      const before = await api.db.activity.count();
      const input = { clientId: 'Q2xpZW50OjE', typeId: 'x', subject: 'Call', startsAt };
      expectBadInput(await api.gql(CREATE_ACTIVITY, { input }, { cookie }), 'input.startsAt');
      expect(await api.db.activity.count()).toBe(before);
    },
  );

  it.each([
    ['a day that does not exist', 'LAST_CONTACT_AT', 'BEFORE', '2026-02-30'],
    ['year 0000', 'CREATED_AT', 'AFTER', '0000-01-01'],
  ])('refuses %s in a client filter', async (_what, field, op, value) => {
    const res = await api.gql(CLIENTS, { f: { field: { field, op, value } } }, { cookie });
    expectBadInput(res, /^filter/);
  });

  it('refuses an impossible date written as a literal in the document', async () => {
    const res = await api.gql(
      `{ calendarEvents(from: "2026-02-30T00:00:00Z", to: "2026-03-05T00:00:00Z") { title } }`,
      {},
      { cookie },
    );
    expect(res.status).toBe(400);
    expect(JSON.stringify(res.errors)).toMatch(/existing ISO 8601 instant/);
  });
});

describe('NUL characters', () => {
  it('refuses one in a client name, naming the field', async () => {
    const res = await api.gql(CREATE_CLIENT, { input: { kind: 'LEGAL', name: 'Acme\u0000 d.o.o.' } }, { cookie });
    expectBadInput(res, 'input.name');
  });

  it.each([
    ['attributes', { kind: 'LEGAL', name: 'A', attributes: { note: 'x\u0000' } }, 'input.attributes.note'],
    ['an attribute key', { kind: 'LEGAL', name: 'A', attributes: { 'k\u0000': 'x' } }, 'input.attributes'],
    ['a note', { kind: 'LEGAL', name: 'A', note: '\u0000' }, 'input.note'],
  ])('refuses one in %s', async (_where, input, field) => {
    expectBadInput(await api.gql(CREATE_CLIENT, { input }, { cookie }), field);
  });

  it('refuses one in a filter and in the login e-mail', async () => {
    expectBadInput(await api.gql(CLIENTS, { f: { search: 'a\u0000' } }, { cookie }), 'f.search');
    const login = await api.gql(`mutation($e:String!,$p:String!){ login(email:$e,password:$p){ via } }`, {
      e: 'admin\u0000@veza.local',
      p: 'whatever',
    });
    expectBadInput(login, 'e');
  });

  it('refuses one written as an escape in a literal', async () => {
    const res = await api.gql(
      `mutation { createClient(input: { kind: LEGAL, name: "A\\u0000B" }) { id } }`,
      {},
      {
        cookie,
      },
    );
    expectBadInput(res, 'input.name');
  });
});

describe('export', () => {
  it('refuses an unknown orderBy field as BAD_USER_INPUT naming it', async () => {
    const res = await api.raw('/export/clients', {
      method: 'POST',
      headers: { 'content-type': 'application/json', cookie },
      body: JSON.stringify({ format: 'csv', columns: ['NAME'], orderBy: [{ field: 'PASSWORD', direction: 'ASC' }] }),
    });
    expect(res.status).toBe(400);
    expect(await res.json()).toMatchObject({ error: { code: 'BAD_USER_INPUT', field: 'orderBy.0.field' } });
  });
});
