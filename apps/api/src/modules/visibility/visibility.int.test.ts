// Record visibility end to end: teams, profile scopes (OWN / TEAM / ALL for reading and editing), and their effect on
// client lists, counts, node(), edits, activities and opportunities.
import { toGlobalId, type RecordScope } from '@veza/shared';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { errorCode, startTestApi, type TestApi } from '../../test/api.ts';

let api: TestApi;
let admin: string;
const users: Record<string, { id: string; cookie: string }> = {};
const clientIds: Record<string, string> = {};

const CLIENTS = `query { clients(first: 50) { totalCount edges { node { id name } } } }`;
const UPDATE = `mutation($id: ID!, $v: Int!) { updateClient(id: $id, version: $v, input: { city: "Split" }) { id } }`;
const NODE = `query($id: ID!) { node(id: $id) { id } }`;

/** A user holding one custom profile with the given client scopes (other kinds OWN). */
async function scopedUser(name: string, read: RecordScope, edit: RecordScope) {
  const profile = await api.db.permissionProfile.create({
    data: {
      name: `${name} profile`,
      permissions: ['clients.read', 'clients.write', 'activities.read', 'opportunities.read'],
      clientsRead: read,
      clientsEdit: edit,
      activitiesRead: 'OWN',
      activitiesEdit: 'OWN',
      opportunitiesRead: read,
      opportunitiesEdit: edit,
    },
  });
  const u = await api.createUser('agent', { name });
  await api.db.userProfile.deleteMany({ where: { userId: u.id } });
  await api.db.userProfile.create({ data: { userId: u.id, profileId: profile.id } });
  users[name] = { id: u.id, cookie: await api.login(u.email, u.password) };
}

const names = async (cookie: string) => {
  const res = await api.gql<{ clients: { totalCount: number; edges: { node: { name: string } }[] } }>(
    CLIENTS,
    {},
    {
      cookie,
    },
  );
  expect(res.errors).toBeUndefined();
  const list = res.data!.clients.edges.map((e) => e.node.name).sort();
  expect(res.data!.clients.totalCount).toBe(list.length);
  return list;
};

beforeAll(async () => {
  api = await startTestApi();
  const a = await api.createUser('administrator');
  admin = await api.login(a.email, a.password);
  await scopedUser('Olga', 'OWN', 'OWN');
  await scopedUser('Tena', 'TEAM', 'OWN');
  await scopedUser('Rea', 'ALL', 'OWN');
  await scopedUser('Ivo', 'OWN', 'OWN');
  for (const [name, owner] of [
    ['Olga client', 'Olga'],
    ['Tena client', 'Tena'],
    ['Ivo client', 'Ivo'],
  ] as const) {
    const row = await api.db.client.create({ data: { kind: 'LEGAL', name, accountManagerId: users[owner]!.id } });
    clientIds[name] = toGlobalId('Client', row.id);
  }
  await api.db.client.create({ data: { kind: 'LEGAL', name: 'Nobody client' } });
});
afterAll(() => api.close());

const TEAM_FIELDS = `id name version manager { id } members { id name }`;
const CREATE_TEAM = `mutation($input: TeamInput!) { createTeam(input: $input) { ${TEAM_FIELDS} } }`;
const UPDATE_TEAM = `mutation($id: ID!, $v: Int!, $input: TeamInput!) { updateTeam(id: $id, version: $v, input: $input) {
  ${TEAM_FIELDS} } }`;
const userGid = (name: string) => toGlobalId('User', users[name]!.id);

describe('teams', () => {
  it('creates a team with a manager and members, lists it and refuses a second team of the same name', async () => {
    const input = { name: 'North', managerId: userGid('Tena'), memberIds: [userGid('Olga')] };
    const res = await api.gql<{ createTeam: { id: string; members: { name: string }[] } }>(
      CREATE_TEAM,
      { input },
      { cookie: admin },
    );
    expect(res.errors).toBeUndefined();
    expect(res.data!.createTeam.members.map((m) => m.name)).toEqual(['Olga']);
    const again = await api.gql(CREATE_TEAM, { input: { ...input, name: 'north' } }, { cookie: admin });
    expect(again.errors?.[0]?.extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: 'input.name' });
    const list = await api.gql<{ teams: { name: string }[] }>(`{ teams { name } }`, {}, { cookie: admin });
    expect(list.data!.teams.map((t) => t.name)).toEqual(['North']);
  });

  it('refuses an agent before reading the input, an unknown member by field, and a stale version', async () => {
    const forbidden = await api.gql(CREATE_TEAM, { input: { name: '' } }, { cookie: users.Olga!.cookie });
    expect(errorCode(forbidden)).toBe('FORBIDDEN');
    const unknown = await api.gql(
      CREATE_TEAM,
      { input: { name: 'X', memberIds: [toGlobalId('User', '0190f0f0-0000-7000-8000-000000000000')] } },
      { cookie: admin },
    );
    expect(unknown.errors?.[0]?.extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: 'input.memberIds' });
    const team = await api.db.team.findFirstOrThrow({ where: { name: 'North' } });
    const stale = await api.gql(
      UPDATE_TEAM,
      { id: toGlobalId('Team', team.id), v: team.version + 5, input: { name: 'North' } },
      { cookie: admin },
    );
    expect(errorCode(stale)).toBe('CONFLICT');
  });
});

describe('profile scopes', () => {
  const PROFILE = `mutation($input: PermissionProfileInput!) { createPermissionProfile(input: $input) {
    scopes { kind read edit } } }`;

  it('stores scopes per kind, keeping defaults for kinds left out', async () => {
    const input = { name: 'Scoped', permissions: [], scopes: [{ kind: 'CLIENTS', read: 'TEAM', edit: 'OWN' }] };
    const res = await api.gql<{ createPermissionProfile: { scopes: unknown[] } }>(
      PROFILE,
      { input },
      {
        cookie: admin,
      },
    );
    expect(res.errors).toBeUndefined();
    expect(res.data!.createPermissionProfile.scopes).toEqual([
      { kind: 'CLIENTS', read: 'TEAM', edit: 'OWN' },
      { kind: 'ACTIVITIES', read: 'OWN', edit: 'OWN' },
      { kind: 'OPPORTUNITIES', read: 'ALL', edit: 'OWN' },
      { kind: 'CAMPAIGNS', read: 'OWN', edit: 'OWN' },
    ]);
  });

  it('refuses an edit scope wider than the read scope, naming the field', async () => {
    const input = { name: 'Wide', permissions: [], scopes: [{ kind: 'ACTIVITIES', read: 'OWN', edit: 'ALL' }] };
    const res = await api.gql(PROFILE, { input }, { cookie: admin });
    expect(res.errors?.[0]?.extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: 'input.scopes.0.edit' });
  });

  it('gives a user with several profiles the widest scope per kind (me.scopes)', async () => {
    const wide = await api.db.permissionProfile.findFirstOrThrow({ where: { name: 'Rea profile' } });
    await api.db.userProfile.create({ data: { userId: users.Ivo!.id, profileId: wide.id } });
    const res = await api.gql<{ me: { scopes: { kind: string; read: string }[] } }>(
      `{ me { scopes { kind read edit } } }`,
      {},
      { cookie: users.Ivo!.cookie },
    );
    expect(res.data!.me.scopes.find((s) => s.kind === 'CLIENTS')).toEqual({
      kind: 'CLIENTS',
      read: 'ALL',
      edit: 'OWN',
    });
    await api.db.userProfile.delete({ where: { userId_profileId: { userId: users.Ivo!.id, profileId: wide.id } } });
  });
});

describe('client visibility', () => {
  it('shows an OWN-scoped user only the clients they manage, in the list and its count', async () => {
    expect(await names(users.Olga!.cookie)).toEqual(['Olga client']);
    expect(await names(users.Ivo!.cookie)).toEqual(['Ivo client']);
  });

  it('shows a TEAM-scoped manager of a team their members’ clients and their own', async () => {
    expect(await names(users.Tena!.cookie)).toEqual(['Olga client', 'Tena client']);
  });

  it('shows an ALL-scoped user every client', async () => {
    expect(await names(users.Rea!.cookie)).toHaveLength(4);
  });

  it('answers node() on a client outside the scope with null, like a missing one', async () => {
    const res = await api.gql(NODE, { id: clientIds['Ivo client'] }, { cookie: users.Olga!.cookie });
    expect(res.errors).toBeUndefined();
    expect(res.data).toEqual({ node: null });
    const own = await api.gql(NODE, { id: clientIds['Olga client'] }, { cookie: users.Olga!.cookie });
    expect(own.data).toEqual({ node: { id: clientIds['Olga client'] } });
  });

  it('refuses editing an unreadable client as NOT_FOUND and a readable one outside the edit scope as FORBIDDEN', async () => {
    const hidden = await api.gql(UPDATE, { id: clientIds['Ivo client'], v: 1 }, { cookie: users.Olga!.cookie });
    expect(errorCode(hidden)).toBe('NOT_FOUND');
    const readable = await api.gql(UPDATE, { id: clientIds['Ivo client'], v: 1 }, { cookie: users.Rea!.cookie });
    expect(errorCode(readable)).toBe('FORBIDDEN');
    const own = await api.gql(UPDATE, { id: clientIds['Olga client'], v: 1 }, { cookie: users.Olga!.cookie });
    expect(own.errors).toBeUndefined();
  });

  it('takes a member out of the team at once (the next request)', async () => {
    const team = await api.db.team.findFirstOrThrow({ where: { name: 'North' } });
    const res = await api.gql(
      UPDATE_TEAM,
      { id: toGlobalId('Team', team.id), v: team.version, input: { name: 'North', managerId: userGid('Tena') } },
      { cookie: admin },
    );
    expect(res.errors).toBeUndefined();
    expect(await names(users.Tena!.cookie)).toEqual(['Tena client']);
  });
});
