// Files on opportunities: readers of opportunities list and download them, writers attach only to opportunities they
// may edit (their own, or all with opportunities.editAll), nobody reaches the files of a deleted opportunity, and a
// user without opportunities.read is refused.
import { toGlobalId } from '@veza/shared';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { errorCode, startTestApi, type TestApi } from '../../test/api.ts';
import { ensureDefaultDictionaries } from '../dictionaries/index.ts';
import { onCallList } from '../../test/call-list.ts';

let api: TestApi;
type U = { cookie: string; rawId: string };
let owner: U, colleague: U, manager: U, noOpportunities: U;
let clientId: string;

const PDF = Buffer.from('%PDF-1.4\n1 0 obj<</Type/Catalog>>endobj\ntrailer<</Root 1 0 R>>\n%%EOF\n');
const ATTACH = `mutation($input: AttachFileInput!) { attachFile(input: $input) { id name url version } }`;
const LIST = `query($o: ID!) { attachments(ownerId: $o) { totalCount edges { node { id name url } } } }`;

async function user(profile: 'agent' | 'manager'): Promise<U> {
  const u = await api.createUser(profile);
  return { cookie: await api.login(u.email, u.password), rawId: u.id };
}

async function upload(u: U, name: string) {
  const form = new FormData();
  form.append('file', new Blob([PDF]), name);
  const res = await api.raw('/api/files', {
    method: 'POST',
    headers: { cookie: u.cookie, 'apollo-require-preflight': 'true' },
    body: form,
  });
  expect(res.status).toBe(201);
  return ((await res.json()) as { id: string }).id;
}

// eslint-disable-next-line @typescript-eslint/no-explicit-any -- test responses are checked by shape
const gql = <T = any>(u: U, query: string, variables: Record<string, unknown> = {}) =>
  api.gql<T>(query, variables, { cookie: u.cookie });

async function opportunity(u: U, name: string) {
  const res = await gql(
    u,
    `mutation($input: CreateOpportunityInput!) { createOpportunity(input: $input) { id version } }`,
    {
      input: { clientId, name, amount: '1000.00', currency: 'EUR' },
    },
  );
  if (res.errors) throw new Error(JSON.stringify(res.errors));
  return res.data.createOpportunity as { id: string; version: number };
}

async function attach(u: U, ownerId: string, name: string) {
  return gql(u, ATTACH, { input: { fileId: await upload(u, name), ownerId } });
}

beforeAll(async () => {
  api = await startTestApi();
  await ensureDefaultDictionaries(api.db);
  [owner, colleague, manager] = [await user('agent'), await user('agent'), await user('manager')];
  const profile = await api.db.permissionProfile.create({
    data: { name: 'Clients only', permissions: ['clients.read', 'clients.write'] },
  });
  const u = await api.createUser('agent');
  await api.db.userProfile.deleteMany({ where: { userId: u.id } });
  await api.db.userProfile.create({ data: { userId: u.id, profileId: profile.id } });
  noOpportunities = { cookie: await api.login(u.email, u.password), rawId: u.id };
  // The owner manages the client, the colleague calls it: both read it under the seeded Agent's OWN client scope.
  const client = await api.db.client.create({
    data: { kind: 'LEGAL', name: 'Brodogradnja d.d.', accountManagerId: owner.rawId },
  });
  await onCallList(api.db, colleague.rawId, [client.id]);
  clientId = toGlobalId('Client', client.id);
});
afterAll(() => api?.close());

describe('attachments on opportunities', () => {
  it('the owner attaches a file; readers list it and download the same bytes', async () => {
    const o = await opportunity(owner, 'Hull paint');
    const res = await attach(owner, o.id, 'ponuda.pdf');
    expect(res.errors).toBeUndefined();
    const file = res.data.attachFile as { id: string; url: string };
    for (const reader of [owner, colleague]) {
      const list = await gql(reader, LIST, { o: o.id });
      expect(list.data.attachments).toMatchObject({
        totalCount: 1,
        edges: [{ node: { id: file.id, name: 'ponuda.pdf' } }],
      });
      const download = await api.raw(file.url, { headers: { cookie: reader.cookie } });
      expect(download.status).toBe(200);
      expect(Buffer.from(await download.arrayBuffer()).equals(PDF)).toBe(true);
    }
  });

  it('an agent may not attach to a colleague’s opportunity; a manager (editAll) may', async () => {
    const o = await opportunity(owner, 'Deck cranes');
    expect(errorCode(await attach(colleague, o.id, 'x.pdf'))).toBe('NOT_FOUND');
    expect((await attach(manager, o.id, 'y.pdf')).errors).toBeUndefined();
    expect((await gql(owner, LIST, { o: o.id })).data.attachments.totalCount).toBe(1);
  });

  it('a user without opportunities.read neither lists, downloads nor attaches', async () => {
    const o = await opportunity(owner, 'Anchors');
    const file = (await attach(owner, o.id, 'anchors.pdf')).data.attachFile as { url: string };
    expect(errorCode(await gql(noOpportunities, LIST, { o: o.id }))).toBe('FORBIDDEN');
    expect((await api.raw(file.url, { headers: { cookie: noOpportunities.cookie } })).status).toBe(403);
    expect(errorCode(await attach(noOpportunities, o.id, 'z.pdf'))).toBe('FORBIDDEN');
  });

  it('the files of a deleted opportunity are gone for everyone, and nothing more can be attached', async () => {
    const o = await opportunity(owner, 'Sails');
    const file = (await attach(owner, o.id, 'sails.pdf')).data.attachFile as { url: string };
    const del = await gql(owner, `mutation($id: ID!, $v: Int) { deleteOpportunity(id: $id, version: $v) }`, {
      id: o.id,
      v: o.version,
    });
    expect(del.errors).toBeUndefined();
    expect(errorCode(await gql(manager, LIST, { o: o.id }))).toBe('NOT_FOUND');
    expect((await api.raw(file.url, { headers: { cookie: owner.cookie } })).status).toBe(404);
    expect(errorCode(await attach(owner, o.id, 'late.pdf'))).toBe('NOT_FOUND');
  });
});
