// Attachments end to end over HTTP: uploads (CSRF, size, empty, names with paths and CRLF, type from the bytes, a
// renamed HTML file), linking, listing, renaming, soft delete, downloads (headers, inline previews only for images and
// PDFs) and the owning record's permissions on every path.
import fs from 'node:fs';
import path from 'node:path';
import { toGlobalId } from '@veza/shared';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { errorCode, startTestApi, type TestApi } from '../../test/api.ts';
import { ensureDefaultDictionaries } from '../dictionaries/index.ts';
import { onCallList } from '../../test/call-list.ts';

let api: TestApi;
type U = { cookie: string; rawId: string };
let agent: U, agent2: U, manager: U, noClients: U;
let clientId: string, activityId: string;

const PDF = Buffer.from('%PDF-1.4\n1 0 obj<</Type/Catalog>>endobj\ntrailer<</Root 1 0 R>>\n%%EOF\n');
const PNG = Buffer.from(
  'iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAADUlEQVR42mP8z8BQDwAEhQGAhKmMIQAAAABJRU5ErkJggg==',
  'base64',
);
const HTML = Buffer.from('<!doctype html><html><body><script>alert(document.cookie)</script></body></html>');

/** A multipart body built by hand, so names can carry what browsers would escape (CR, LF, quotes, paths). */
function multipart(name: string, bytes: Buffer) {
  const boundary = '----veza-test-boundary';
  const head = `--${boundary}\r\nContent-Disposition: form-data; name="file"; filename="${name}"\r\nContent-Type: application/octet-stream\r\n\r\n`;
  return {
    body: Buffer.concat([Buffer.from(head, 'utf8'), bytes, Buffer.from(`\r\n--${boundary}--\r\n`)]),
    type: `multipart/form-data; boundary=${boundary}`,
  };
}

async function upload(cookie: string | null, name: string, bytes: Buffer, headers: Record<string, string> = {}) {
  const { body, type } = multipart(name, bytes);
  const res = await api.raw('/api/files', {
    method: 'POST',
    headers: { 'content-type': type, 'apollo-require-preflight': 'true', ...(cookie ? { cookie } : {}), ...headers },
    body,
  });
  return { status: res.status, body: (await res.json()) as { id: string; name: string; error?: { message: string } } };
}

// eslint-disable-next-line @typescript-eslint/no-explicit-any -- test responses are checked by shape
async function gql<T = any>(u: U, query: string, variables: Record<string, unknown> = {}) {
  return api.gql<T>(query, variables, { cookie: u.cookie });
}

const ATTACH = `mutation($input: AttachFileInput!) { attachFile(input: $input) { id name size mimeType previewable url version createdBy { name } } }`;
const LIST = `query($o: ID!) { attachments(ownerId: $o) { totalCount edges { node { id name mimeType url version } } } }`;

async function attach(u: U, ownerId: string, name: string, bytes: Buffer) {
  const up = await upload(u.cookie, name, bytes);
  expect(up.status).toBe(201);
  const res = await gql(u, ATTACH, { input: { fileId: up.body.id, ownerId } });
  if (res.errors) throw new Error(JSON.stringify(res.errors));
  return res.data.attachFile as { id: string; url: string; version: number; name: string; mimeType: string };
}

async function user(profile: 'agent' | 'manager'): Promise<U> {
  const u = await api.createUser(profile);
  return { cookie: await api.login(u.email, u.password), rawId: u.id };
}

beforeAll(async () => {
  api = await startTestApi();
  await ensureDefaultDictionaries(api.db);
  [agent, agent2, manager] = [await user('agent'), await user('agent'), await user('manager')];
  const profile = await api.db.permissionProfile.create({
    data: { name: 'Calendar only', permissions: ['activities.read'] },
  });
  const u = await api.createUser('agent');
  await api.db.userProfile.deleteMany({ where: { userId: u.id } });
  await api.db.userProfile.create({ data: { userId: u.id, profileId: profile.id } });
  noClients = { cookie: await api.login(u.email, u.password), rawId: u.id };
  // The first agent manages the client; the second calls it (both read it under the seeded Agent's OWN scope).
  const client = await api.db.client.create({
    data: { kind: 'LEGAL', name: 'Mlinar d.o.o.', accountManagerId: agent.rawId },
  });
  await onCallList(api.db, agent2.rawId, [client.id]);
  clientId = toGlobalId('Client', client.id);
  const type = await api.db.dictionaryValue.findFirstOrThrow({ where: { kind: 'ACTIVITY_TYPE' } });
  const activity = await api.db.activity.create({
    data: { typeId: type.id, clientId: client.id, subject: 'Offer', ownerId: agent.rawId },
  });
  activityId = toGlobalId('Activity', activity.id);
});
afterAll(() => api.close());

describe('uploading', () => {
  it('stores the bytes under their content hash and takes the type from the bytes, not the name', async () => {
    const up = await upload(agent.cookie, 'scan.jpg', PDF);
    expect(up.status).toBe(201);
    expect(up.body).toMatchObject({ name: 'scan.jpg', size: PDF.length, mimeType: 'application/pdf' });
    const file = await api.db.storedFile.findFirstOrThrow({ where: { originalName: 'scan.jpg' } });
    const stored = path.join(api.config.dataDir, 'files', file.sha256.slice(0, 2), file.sha256);
    expect(fs.readFileSync(stored).equals(PDF)).toBe(true);
    expect(fs.readdirSync(path.join(api.config.dataDir, 'files', 'tmp'))).toEqual([]);
  });

  it('refuses a multipart post without the preflight header (the CSRF rule of /graphql)', async () => {
    const { body, type } = multipart('a.txt', Buffer.from('x'));
    const res = await api.raw('/api/files', {
      method: 'POST',
      headers: { 'content-type': type, cookie: agent.cookie },
      body,
    });
    expect(res.status).toBe(400);
    expect(await api.db.storedFile.count({ where: { originalName: 'a.txt' } })).toBe(0);
  });

  it('refuses anonymous uploads', async () => {
    const res = await upload(null, 'a.txt', Buffer.from('hello'));
    expect(res.status).toBe(401);
  });

  it('refuses an empty file and a body without a file part', async () => {
    const empty = await upload(agent.cookie, 'empty.txt', Buffer.alloc(0));
    expect(empty).toMatchObject({
      status: 400,
      body: { error: { code: 'BAD_USER_INPUT', message: 'files.fileEmpty', field: 'file' } },
    });
    const res = await api.raw('/api/files', {
      method: 'POST',
      headers: {
        'content-type': 'multipart/form-data; boundary=x',
        'apollo-require-preflight': '1',
        cookie: agent.cookie,
      },
      body: '--x--\r\n',
    });
    expect(res.status).toBe(400);
  });

  it('refuses a file over the configured limit and keeps nothing of it', async () => {
    const before = await api.db.storedFile.count();
    api.config.uploadMaxBytes = 4096;
    try {
      const res = await upload(agent.cookie, 'big.bin', Buffer.alloc(10_000, 1));
      expect(res).toMatchObject({ status: 413, body: { error: { message: 'files.fileTooLarge' } } });
    } finally {
      api.config.uploadMaxBytes = 25 * 1024 * 1024;
    }
    expect(await api.db.storedFile.count()).toBe(before);
    expect(fs.readdirSync(path.join(api.config.dataDir, 'files', 'tmp'))).toEqual([]);
  });

  it('keeps only the last segment of a name with a path, and drops CR/LF', async () => {
    const a = await upload(agent.cookie, '../../etc/passwd', Buffer.from('root:x'));
    expect(a.body.name).toBe('passwd');
    const b = await upload(agent.cookie, '..\\..\\boot.ini', Buffer.from('x'));
    expect(b.body.name).toBe('boot.ini');
    // A raw CR/LF ends the part's header line: the part is malformed and refused, nothing is stored.
    const c = await upload(agent.cookie, 'report\r\nSet-Cookie: x=1.txt', Buffer.from('x'));
    expect(c.status).toBe(400);
    const d = await upload(agent.cookie, 'tab\tand\u0007bell.txt', Buffer.from('x'));
    expect(d.status).toBe(400);
  });

  it('refuses an HTML file renamed to look like a PDF or an image', async () => {
    for (const name of ['invoice.pdf', 'photo.png', 'notes.txt', 'noextension']) {
      const res = await upload(agent.cookie, name, HTML);
      expect(res).toMatchObject({ status: 415, body: { error: { message: 'files.fileTypeMismatch' } } });
    }
    const svg = await upload(
      agent.cookie,
      'logo.png',
      Buffer.from('<svg xmlns="http://www.w3.org/2000/svg"><script>1</script></svg>'),
    );
    expect(svg.status).toBe(415);
  });
});

describe('attachments on records', () => {
  it('attaches, lists, renames and soft-deletes on a client', async () => {
    const a = await attach(agent, clientId, 'Ponuda 2026 – čćž.pdf', PDF);
    expect(a).toMatchObject({ name: 'Ponuda 2026 – čćž.pdf', mimeType: 'application/pdf' });
    const list = await gql(agent2, LIST, { o: clientId });
    expect(list.data.attachments.edges.map((e: { node: { id: string } }) => e.node.id)).toContain(a.id);
    const renamed = await gql(
      agent,
      `mutation($id:ID!,$v:Int!,$n:String!){ renameAttachment(id:$id,version:$v,name:$n){ name version } }`,
      {
        id: a.id,
        v: a.version,
        n: 'Offer.pdf',
      },
    );
    expect(renamed.data.renameAttachment).toEqual({ name: 'Offer.pdf', version: a.version + 1 });
    const stale = await gql(agent, `mutation($id:ID!,$v:Int!){ deleteAttachment(id:$id,version:$v){ id } }`, {
      id: a.id,
      v: a.version,
    });
    expect(errorCode(stale)).toBe('CONFLICT');
    await gql(agent, `mutation($id:ID!,$v:Int!){ deleteAttachment(id:$id,version:$v){ id } }`, {
      id: a.id,
      v: a.version + 1,
    });
    const after = await gql(agent, LIST, { o: clientId });
    expect(after.data.attachments.edges.map((e: { node: { id: string } }) => e.node.id)).not.toContain(a.id);
    expect((await api.raw(a.url, { headers: { cookie: agent.cookie } })).status).toBe(404);
  });

  it('refuses names with a path, CR/LF or only dots on rename, and a rename that hides an HTML file', async () => {
    const a = await attach(agent, clientId, 'n.txt', Buffer.from('plain'));
    const rename = (n: string) =>
      gql(agent, `mutation($id:ID!,$v:Int!,$n:String!){ renameAttachment(id:$id,version:$v,name:$n){ name } }`, {
        id: a.id,
        v: a.version,
        n,
      });
    for (const bad of ['../x.txt', 'a\r\nb.txt', '..', '']) {
      const res = await rename(bad);
      expect(res.errors?.[0]?.extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: 'name' });
    }
    const html = await attach(agent, clientId, 'page.html', HTML);
    const res = await gql(
      agent,
      `mutation($id:ID!,$v:Int!,$n:String!){ renameAttachment(id:$id,version:$v,name:$n){ name } }`,
      {
        id: html.id,
        v: html.version,
        n: 'page.pdf',
      },
    );
    expect(res.errors?.[0]?.message).toBe('files.fileTypeMismatch');
  });

  it('only lets the uploader attach an upload', async () => {
    const up = await upload(agent.cookie, 'mine.txt', Buffer.from('secret'));
    const res = await gql(agent2, ATTACH, { input: { fileId: up.body.id, ownerId: clientId } });
    expect(res.errors?.[0]?.extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: 'input.fileId' });
  });

  it('refuses owners of other types and unknown records', async () => {
    const up = await upload(agent.cookie, 'x.txt', Buffer.from('x'));
    const user = await gql(agent, ATTACH, { input: { fileId: up.body.id, ownerId: toGlobalId('User', agent.rawId) } });
    expect(user.errors?.[0]?.extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: 'input.ownerId' });
    const missing = await gql(agent, ATTACH, {
      input: { fileId: up.body.id, ownerId: toGlobalId('Client', '01900000-0000-7000-8000-000000000000') },
    });
    expect(errorCode(missing)).toBe('NOT_FOUND');
  });
});

describe('downloads', () => {
  it('serves a file as an attachment with a safe filename*, nosniff and its detected type', async () => {
    const a = await attach(agent, clientId, 'Zápis \u201cnový\u201d.pdf', PDF);
    const res = await api.raw(a.url, { headers: { cookie: agent.cookie } });
    expect(res.status).toBe(200);
    expect(res.headers.get('content-type')).toBe('application/pdf');
    expect(res.headers.get('x-content-type-options')).toBe('nosniff');
    const disposition = res.headers.get('content-disposition')!;
    expect(disposition).toMatch(/^attachment; filename="[\x20-\x7e]+"; filename\*=UTF-8''/);
    expect(decodeURIComponent(disposition.split("UTF-8''")[1]!)).toBe('Zápis \u201cnový\u201d.pdf');
    expect(Buffer.from(await res.arrayBuffer()).equals(PDF)).toBe(true);
  });

  it('previews images and PDFs inline on request, never HTML', async () => {
    const png = await attach(agent, clientId, 'pixel.png', PNG);
    const inline = await api.raw(`${png.url}?inline=1`, { headers: { cookie: agent.cookie } });
    expect(inline.headers.get('content-type')).toBe('image/png');
    expect(inline.headers.get('content-disposition')).toMatch(/^inline;/);
    const html = await attach(agent, clientId, 'page.html', HTML);
    const res = await api.raw(`${html.url}?inline=1`, { headers: { cookie: agent.cookie } });
    expect(res.headers.get('content-type')).toBe('application/octet-stream');
    expect(res.headers.get('content-disposition')).toMatch(/^attachment;/);
    expect(res.headers.get('content-security-policy')).toContain('sandbox');
    expect(html.mimeType).toBe('text/html');
  });

  it('refuses a CR/LF name given when attaching, so no header can be injected', async () => {
    const up = await upload(agent.cookie, 'a.txt', Buffer.from('x'));
    const res = await gql(agent, ATTACH, {
      input: { fileId: up.body.id, ownerId: clientId, name: 'a\r\nX-Evil: 1.txt' },
    });
    expect(res.errors?.[0]?.extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: 'input.name' });
  });
});

describe('permissions follow the record on every path', () => {
  it('an activity the viewer may not see: its files are not listed, downloaded, attached to, renamed or deleted', async () => {
    const a = await attach(agent, activityId, 'visit.pdf', PDF);
    expect((await gql(manager, LIST, { o: activityId })).data.attachments.totalCount).toBe(1);
    expect(errorCode(await gql(agent2, LIST, { o: activityId }))).toBe('NOT_FOUND');
    expect((await api.raw(a.url, { headers: { cookie: agent2.cookie } })).status).toBe(404);
    const up = await upload(agent2.cookie, 'x.pdf', PDF);
    expect(errorCode(await gql(agent2, ATTACH, { input: { fileId: up.body.id, ownerId: activityId } }))).toBe(
      'NOT_FOUND',
    );
    const rename = await gql(agent2, `mutation($id:ID!){ renameAttachment(id:$id,version:1,name:"x.pdf"){ id } }`, {
      id: a.id,
    });
    expect(errorCode(rename)).toBe('NOT_FOUND');
    const del = await gql(agent2, `mutation($id:ID!){ deleteAttachment(id:$id,version:1){ id } }`, { id: a.id });
    expect(errorCode(del)).toBe('NOT_FOUND');
    const node = await gql(agent2, `query($id:ID!){ node(id:$id){ id } }`, { id: a.id });
    expect(node.data.node).toBeNull();
  });

  it('a user without clients.read cannot list or download a client’s files', async () => {
    const a = await attach(agent, clientId, 'contract.pdf', PDF);
    expect(errorCode(await gql(noClients, LIST, { o: clientId }))).toBe('FORBIDDEN');
    expect((await api.raw(a.url, { headers: { cookie: noClients.cookie } })).status).toBe(403);
    expect((await api.raw(a.url)).status).toBe(401);
  });

  it('files of a deleted client stay readable only to those who may restore it, and nobody adds to it', async () => {
    const c = await api.db.client.create({ data: { kind: 'LEGAL', name: 'Gone Ltd', accountManagerId: agent.rawId } });
    const id = toGlobalId('Client', c.id);
    const a = await attach(agent, id, 'old.pdf', PDF);
    await api.db.client.update({ where: { id: c.id }, data: { deletedAt: new Date() } });
    expect((await api.raw(a.url, { headers: { cookie: agent.cookie } })).status).toBe(404);
    expect((await api.raw(a.url, { headers: { cookie: manager.cookie } })).status).toBe(200);
    const up = await upload(manager.cookie, 'new.pdf', PDF);
    expect(errorCode(await gql(manager, ATTACH, { input: { fileId: up.body.id, ownerId: id } }))).toBe('NOT_FOUND');
  });
});
