// Clients over GraphQL: create with validation, read, update with optimistic concurrency, soft delete and restore.
import { toGlobalId } from '@veza/shared';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { errorCode, startTestApi, type TestApi } from '../../test/api.ts';
import { ensureDefaultDictionaries } from '../dictionaries/index.ts';

let api: TestApi;
let manager: string;
let agent: string;
let statusIds: Record<string, string>;

const CREATE = `mutation($input: CreateClientInput!) { createClient(input: $input) {
  id name kind roles taxId country city emails version attributes status { key label } accountManager { name } createdBy { name } } }`;
const UPDATE = `mutation($id: ID!, $v: Int!, $input: UpdateClientInput!) { updateClient(id: $id, version: $v, input: $input) {
  id name city taxId country version attributes status { key } } }`;

type Created = { createClient: { id: string; version: number } };

beforeAll(async () => {
  api = await startTestApi();
  await ensureDefaultDictionaries(api.db);
  const m = await api.createUser('manager');
  manager = await api.login(m.email, m.password);
  const a = await api.createUser('agent');
  agent = await api.login(a.email, a.password);
  const rows = await api.db.dictionaryValue.findMany({ where: { kind: 'CLIENT_STATUS' } });
  statusIds = Object.fromEntries(rows.map((r) => [r.key, toGlobalId('DictionaryValue', r.id)]));
});
afterAll(() => api.close());

describe('creating clients', () => {
  it('stores a legal person with a normalised OIB, status and creator', async () => {
    const res = await api.gql(
      CREATE,
      {
        input: {
          kind: 'LEGAL',
          name: 'Drvo d.o.o.',
          country: 'hr',
          taxId: 'HR 6943 5151 530',
          city: 'Zagreb',
          emails: ['Ured@Drvo.HR'],
          roles: ['CUSTOMER'],
          statusId: statusIds.customer,
        },
      },
      { cookie: agent },
    );
    expect(res.errors).toBeUndefined();
    expect(res.data!.createClient).toMatchObject({
      name: 'Drvo d.o.o.',
      taxId: '69435151530',
      country: 'HR',
      emails: ['ured@drvo.hr'],
      roles: ['CUSTOMER'],
      version: 1,
      status: { key: 'customer' },
      createdBy: { name: expect.stringContaining('agent') },
    });
  });

  it.each([
    ['HR', '69435151531', 'validation.taxId.checksum'],
    ['HR', '6943515153', 'validation.taxId.length'],
    ['PL', '5260250275', 'validation.taxId.checksum'],
    ['CZ', '25596642', 'validation.taxId.checksum'],
  ])('refuses the %s tax id %s on the taxId field and saves nothing', async (country, taxId, message) => {
    const before = await api.db.client.count();
    const res = await api.gql(CREATE, { input: { kind: 'LEGAL', name: 'Bad tax', country, taxId } }, { cookie: agent });
    expect(res.errors![0]!.extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: 'taxId' });
    expect(res.errors![0]!.message).toBe(message);
    expect(await api.db.client.count()).toBe(before);
  });

  it.each([
    ['PL', '5260250274', '5260250274'],
    ['CZ', '25596641', '25596641'],
    ['DE', 'DE 123456789', 'DE123456789'],
  ])('accepts the %s tax id %s', async (country, taxId, normalized) => {
    const res = await api.gql<{ createClient: { taxId: string } }>(
      CREATE,
      { input: { kind: 'LEGAL', name: `Ok ${country}`, country, taxId } },
      { cookie: agent },
    );
    expect(res.data!.createClient.taxId).toBe(normalized);
  });

  it('refuses a dictionary value of the wrong kind and an unknown attribute, naming the field', async () => {
    const segment = await api.db.dictionaryValue.findFirstOrThrow({ where: { kind: 'CLIENT_SEGMENT' } });
    const wrongKind = await api.gql(
      CREATE,
      { input: { kind: 'LEGAL', name: 'X', statusId: toGlobalId('DictionaryValue', segment.id) } },
      { cookie: agent },
    );
    expect(wrongKind.errors![0]!.extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: 'statusId' });
    const unknownAttr = await api.gql(
      CREATE,
      { input: { kind: 'LEGAL', name: 'X', attributes: { nope: 1 } } },
      { cookie: agent },
    );
    expect(unknownAttr.errors![0]!.extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: 'attributes.nope' });
  });

  it('is forbidden without clients.write', async () => {
    const profile = await api.db.permissionProfile.create({
      data: { name: 'Readonly', permissions: ['clients.read'] },
    });
    const u = await api.createUser('agent');
    await api.db.userProfile.deleteMany({ where: { userId: u.id } });
    await api.db.userProfile.create({ data: { userId: u.id, profileId: profile.id } });
    const cookie = await api.login(u.email, u.password);
    expect(errorCode(await api.gql(CREATE, { input: { kind: 'LEGAL', name: 'No' } }, { cookie }))).toBe('FORBIDDEN');
  });
});

describe('updating clients', () => {
  it('changes only the given fields, re-validates the tax id against a new country, and refuses stale versions', async () => {
    const created = await api.gql<Created>(
      CREATE,
      { input: { kind: 'LEGAL', name: 'Tvrtka', country: 'HR', taxId: '94577403194', city: 'Split' } },
      { cookie: agent },
    );
    const { id } = created.data!.createClient;
    const moved = await api.gql(UPDATE, { id, v: 1, input: { country: 'PL' } }, { cookie: agent });
    expect(moved.errors![0]!.extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: 'input.taxId' });
    const ok = await api.gql<{ updateClient: { version: number } }>(
      UPDATE,
      { id, v: 1, input: { name: 'Tvrtka 2', city: null } },
      { cookie: agent },
    );
    expect(ok.data!.updateClient).toMatchObject({ name: 'Tvrtka 2', city: null, taxId: '94577403194', version: 2 });
    const stale = await api.gql(UPDATE, { id, v: 1, input: { name: 'Lost' } }, { cookie: agent });
    expect(errorCode(stale)).toBe('CONFLICT');
    expect((await api.db.client.findFirstOrThrow({ where: { name: 'Tvrtka 2' } })).version).toBe(2);
  });
});

describe('deleting clients', () => {
  it('hides a deleted client from lists, keeps it readable by id, and restores it', async () => {
    const created = await api.gql<Created>(CREATE, { input: { kind: 'NATURAL', name: 'Ivo Ivić' } }, { cookie: agent });
    const { id } = created.data!.createClient;
    const LIST = `{ clients(filter: { search: "Ivo Ivić" }) { totalCount } }`;
    expect((await api.gql(LIST, {}, { cookie: agent })).data).toEqual({ clients: { totalCount: 1 } });
    expect(
      errorCode(
        await api.gql(`mutation($id: ID!) { deleteClient(id: $id, version: 1) { id } }`, { id }, { cookie: agent }),
      ),
    ).toBe('FORBIDDEN');
    const del = await api.gql(
      `mutation($id: ID!) { deleteClient(id: $id, version: 1) { deletedAt } }`,
      { id },
      { cookie: manager },
    );
    expect(del.data).toEqual({ deleteClient: { deletedAt: expect.any(String) } });
    expect((await api.gql(LIST, {}, { cookie: agent })).data).toEqual({ clients: { totalCount: 0 } });
    expect(
      (await api.gql(`query($id: ID!) { client(id: $id) { deletedAt } }`, { id }, { cookie: agent })).data,
    ).toEqual({ client: { deletedAt: expect.any(String) } });
    await api.gql(`mutation($id: ID!) { restoreClient(id: $id) { id } }`, { id }, { cookie: manager });
    expect((await api.gql(LIST, {}, { cookie: agent })).data).toEqual({ clients: { totalCount: 1 } });
  });
});
