// Notes on clients and persons: the old single note text moved into a first note by the migration, listing (pinned
// first, then newest), adding, editing (text by its author only), pinning, soft delete, and the record's permissions.
import fs from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import pg from 'pg';
import { toGlobalId } from '@veza/shared';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { prismaDir } from '../../config/paths.ts';
import { applyPendingMigrations } from '../../db/migrations.ts';
import { errorCode, startTestApi, type TestApi } from '../../test/api.ts';
import { createEmptyTestDatabase } from '../../test/db.ts';
import { onCallList } from '../../test/call-list.ts';

let api: TestApi;
type U = { cookie: string; rawId: string };
let agent: U, agent2: U, manager: U, noClients: U;
let clientRowId = '';
let clientId: string;

const LIST = `query($o: ID!, $after: String, $first: Int) { notes(ownerId: $o, first: $first, after: $after) {
  totalCount edges { node { id text pinned version author { name } } } pageInfo { hasNextPage endCursor } } }`;
const CREATE = `mutation($input: CreateNoteInput!) { createNote(input: $input) { id text pinned version createdAt } }`;
const UPDATE = `mutation($id: ID!, $v: Int!, $input: UpdateNoteInput!) { updateNote(id: $id, version: $v, input: $input) { text pinned version } }`;
const DELETE = `mutation($id: ID!, $v: Int!) { deleteNote(id: $id, version: $v) { id } }`;

async function gql<T = Record<string, never>>(u: U, query: string, variables: Record<string, unknown> = {}) {
  return api.gql<T>(query, variables, { cookie: u.cookie });
}

type NoteOut = { id: string; text: string; pinned: boolean; version: number };
type Page = { totalCount: number; edges: { node: NoteOut }[]; pageInfo: { endCursor: string } };
async function create(u: U, ownerId: string, text: string, pinned = false) {
  const res = await gql<{ createNote: NoteOut }>(u, CREATE, { input: { ownerId, text, pinned } });
  if (res.errors) throw new Error(JSON.stringify(res.errors));
  return res.data!.createNote;
}

async function user(profile: 'agent' | 'manager'): Promise<U> {
  const u = await api.createUser(profile);
  return { cookie: await api.login(u.email, u.password), rawId: u.id };
}

beforeAll(async () => {
  api = await startTestApi();
  [agent, agent2, manager] = [await user('agent'), await user('agent'), await user('manager')];
  const profile = await api.db.permissionProfile.create({
    data: { name: 'Nothing', permissions: ['activities.read'] },
  });
  const u = await api.createUser('agent');
  await api.db.userProfile.deleteMany({ where: { userId: u.id } });
  await api.db.userProfile.create({ data: { userId: u.id, profileId: profile.id } });
  noClients = { cookie: await api.login(u.email, u.password), rawId: u.id };
  // The first agent manages the client; the second calls it (both read it under the seeded Agent's OWN scope).
  const client = await api.db.client.create({
    data: { kind: 'LEGAL', name: 'Note Ltd', accountManagerId: agent.rawId },
  });
  await onCallList(api.db, agent2.rawId, [client.id]);
  clientId = toGlobalId('Client', client.id);
  clientRowId = client.id;
});
afterAll(() => api.close());

describe('the notes migration', () => {
  it('moves each client’s and person’s note text into a first note and drops the text columns', async () => {
    const db = await createEmptyTestDatabase();
    const dir = await fs.mkdtemp(path.join(os.tmpdir(), 'veza-notes-migration-'));
    const client = new pg.Client({ connectionString: db.url });
    try {
      const all = (await fs.readdir(path.join(prismaDir, 'migrations'), { withFileTypes: true }))
        .filter((e) => e.isDirectory())
        .map((e) => e.name)
        .sort();
      const notes = all.findIndex((n) => n.endsWith('_notes'));
      await fs.cp(path.join(prismaDir, 'migrations'), dir, { recursive: true });
      for (const later of all.slice(notes)) await fs.rm(path.join(dir, later), { recursive: true });
      await applyPendingMigrations(db.url, dir);
      await client.connect();
      const { rows: users } = await client.query(
        `INSERT INTO users (id, email, name, password_hash, updated_at) VALUES (gen_random_uuid(), 'n@x', 'Nora', 'x', now()) RETURNING id`,
      );
      const at = '2025-03-04T05:06:07.000Z';
      await client.query(
        `INSERT INTO clients (id, kind, name, note, created_by_id, updated_at) VALUES
           ('01900000-0000-7000-8000-000000000001', 'LEGAL', 'A', 'Prvi red\nDrugi: łódź', $1, $2),
           ('01900000-0000-7000-8000-000000000002', 'LEGAL', 'B', '   ', NULL, $2),
           ('01900000-0000-7000-8000-000000000003', 'LEGAL', 'C', NULL, NULL, $2)`,
        [users[0].id, at],
      );
      await client.query(
        `INSERT INTO persons (id, first_name, last_name, note, updated_by_id, updated_at) VALUES
           ('01900000-0000-7000-8000-000000000004', 'Ana', 'Kos', 'Voli kavu', '01900000-0000-7000-8000-0000000000ff', $1)`,
        [at],
      );
      await applyPendingMigrations(db.url);
      const { rows } = await client.query(
        `SELECT owner_type, owner_id::text, text, pinned, author_id::text, created_at FROM notes ORDER BY owner_type`,
      );
      expect(rows).toEqual([
        {
          owner_type: 'Client',
          owner_id: '01900000-0000-7000-8000-000000000001',
          text: 'Prvi red\nDrugi: łódź',
          pinned: false,
          author_id: users[0].id,
          created_at: new Date(at),
        },
        {
          owner_type: 'Person',
          owner_id: '01900000-0000-7000-8000-000000000004',
          text: 'Voli kavu',
          pinned: false,
          author_id: null,
          created_at: new Date(at),
        },
      ]);
      const { rows: cols } = await client.query(
        `SELECT table_name FROM information_schema.columns WHERE column_name = 'note' AND table_name IN ('clients', 'persons')`,
      );
      expect(cols).toEqual([]);
    } finally {
      await client.end();
      await fs.rm(dir, { recursive: true, force: true });
      await db.drop();
    }
  });
});

describe('notes', () => {
  it('lists pinned notes first, then newest first, page by page, with their author', async () => {
    const a = await create(agent, clientId, 'first');
    const b = await create(agent2, clientId, 'second');
    const p = await create(agent, clientId, 'pinned one', true);
    const page1 = await gql<{ notes: Page }>(agent, LIST, { o: clientId, first: 2 });
    expect(page1.data!.notes.edges.map((e) => e.node.text)).toEqual(['pinned one', 'second']);
    expect(page1.data!.notes.totalCount).toBe(3);
    const page2 = await gql<{ notes: Page }>(agent, LIST, {
      o: clientId,
      first: 2,
      after: page1.data!.notes.pageInfo.endCursor,
    });
    expect(page2.data!.notes.edges.map((e) => e.node.text)).toEqual(['first']);
    expect([a.id, b.id, p.id]).toHaveLength(3);
    const client = await gql<{ client: { note: string } }>(agent, `query($id: ID!) { client(id: $id) { note } }`, {
      id: clientId,
    });
    expect(client.data!.client.note).toBe('pinned one');
  });

  it('lets the author edit the text, anyone who may write pin it, and refuses a stale version', async () => {
    const n = await create(agent, clientId, 'draft');
    const edited = await gql<{ updateNote: NoteOut }>(agent, UPDATE, {
      id: n.id,
      v: n.version,
      input: { text: 'final' },
    });
    expect(edited.data!.updateNote).toMatchObject({ text: 'final', version: n.version + 1 });
    const other = await gql(agent2, UPDATE, { id: n.id, v: n.version + 1, input: { text: 'mine now' } });
    expect(errorCode(other)).toBe('FORBIDDEN');
    const pin = await gql<{ updateNote: NoteOut }>(agent2, UPDATE, {
      id: n.id,
      v: n.version + 1,
      input: { pinned: true },
    });
    expect(pin.data!.updateNote.pinned).toBe(true);
    expect(errorCode(await gql(agent, UPDATE, { id: n.id, v: n.version, input: { pinned: false } }))).toBe('CONFLICT');
  });

  it('refuses empty and overlong text, naming the field', async () => {
    for (const text of ['   ', 'x'.repeat(20_001)]) {
      const res = await gql(agent, CREATE, { input: { ownerId: clientId, text } });
      expect(res.errors?.[0]?.extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: 'input.text' });
    }
  });

  it('deletes softly: by the author or a user with clients.delete, not by another agent', async () => {
    const n = await create(agent, clientId, 'to delete');
    expect(errorCode(await gql(agent2, DELETE, { id: n.id, v: n.version }))).toBe('FORBIDDEN');
    expect((await gql(manager, DELETE, { id: n.id, v: n.version })).errors).toBeUndefined();
    expect(await api.db.note.count({ where: { text: 'to delete', deletedAt: { not: null } } })).toBe(1);
    const list = await gql<{ notes: { edges: { node: NoteOut }[] } }>(agent, LIST, { o: clientId });
    expect(list.data!.notes.edges.map((e) => e.node.text)).not.toContain('to delete');
  });

  it('works on persons too, and on no other record type', async () => {
    // A person is visible through one of their clients.
    const person = await api.db.person.create({
      data: { firstName: 'Ana', lastName: 'Kos', clients: { create: [{ clientId: clientRowId }] } },
    });
    const pid = toGlobalId('Person', person.id);
    await create(agent, pid, 'Voli kavu');
    const res = await gql<{ person: { note: string } }>(agent, `query($id: ID!) { person(id: $id) { note } }`, {
      id: pid,
    });
    expect(res.data!.person.note).toBe('Voli kavu');
    const user = await gql(agent, CREATE, { input: { ownerId: toGlobalId('Activity', person.id), text: 'x' } });
    expect(user.errors?.[0]?.extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: 'input.ownerId' });
  });

  it('follows the record’s permissions: no clients.read, no notes; an anonymous caller is refused', async () => {
    expect(errorCode(await gql(noClients, LIST, { o: clientId }))).toBe('FORBIDDEN');
    expect(errorCode(await gql(noClients, CREATE, { input: { ownerId: clientId, text: 'x' } }))).toBe('FORBIDDEN');
    expect(errorCode(await api.gql(LIST, { o: clientId }))).toBe('UNAUTHENTICATED');
    const n = await create(agent, clientId, 'secret');
    const node = await gql<{ node: unknown }>(noClients, `query($id: ID!) { node(id: $id) { id } }`, { id: n.id });
    expect(node.data!.node).toBeNull();
  });
});
