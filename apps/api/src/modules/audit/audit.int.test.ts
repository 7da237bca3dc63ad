// The audit log on the real PostgreSQL: GraphQL edits recorded with field, old, new, user and session or token;
// secrets never recorded; a failing audit insert rolls the change back; bulk SQL audited set-based; the auditLog
// filters and paging; an agent reads a record's Changes but not the admin log.
import pg from 'pg';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { runWithAudit } from '../../db/audit-context.ts';
import { globalId } from '../../graphql/ids.ts';
import { errorCode, startTestApi, type TestApi } from '../../test/api.ts';
import { ensureDefaultDictionaries } from '../dictionaries/index.ts';

let api: TestApi;
let admin: { id: string; cookie: string };
let agent: { id: string; cookie: string };
let clientId: string;

const LOG = `query($filter: AuditLogFilter, $first: Int, $after: String) {
  auditLog(filter: $filter, first: $first, after: $after) {
    totalCount
    pageInfo { hasNextPage endCursor }
    edges { node { id at recordKind recordId operation via sessionId apiTokenId source actor { id name }
      changes { field oldValue newValue hidden } } }
  }
}`;
const UPDATE_CLIENT = `mutation($id: ID!, $version: Int!, $input: UpdateClientInput!) {
  updateClient(id: $id, version: $version, input: $input) { id version name city }
}`;

type Entry = {
  id: string;
  at: string;
  recordKind: string;
  recordId: string | null;
  operation: string;
  via: string;
  sessionId: string | null;
  apiTokenId: string | null;
  source: string | null;
  actor: { id: string } | null;
  changes: { field: string; oldValue: unknown; newValue: unknown; hidden: boolean }[];
};
type Log = {
  auditLog: { totalCount: number; pageInfo: { hasNextPage: boolean; endCursor: string }; edges: { node: Entry }[] };
};

async function log(filter: Record<string, unknown>, cookie = admin.cookie, first = 50, after?: string) {
  return api.gql<Log>(LOG, { filter, first, after }, { cookie });
}

async function sql<T extends pg.QueryResultRow>(text: string, values: unknown[] = []): Promise<T[]> {
  const client = new pg.Client({ connectionString: api.databaseUrl });
  await client.connect();
  try {
    return (await client.query<T>(text, values)).rows;
  } finally {
    await client.end();
  }
}

async function editClient(cookie: string, input: Record<string, unknown>) {
  const { version } = await api.db.client.findUniqueOrThrow({ where: { id: clientId } });
  return api.gql(UPDATE_CLIENT, { id: globalId('Client', clientId), version, input }, { cookie });
}

beforeAll(async () => {
  api = await startTestApi();
  const a = await api.createUser('administrator');
  const g = await api.createUser('agent');
  admin = { id: a.id, cookie: await api.login(a.email, a.password) };
  agent = { id: g.id, cookie: await api.login(g.email, g.password) };
  // The agent's own client: agents edit the clients they manage (record visibility).
  clientId = (
    await api.db.client.create({ data: { kind: 'LEGAL', name: 'Alfa d.o.o.', city: 'Split', accountManagerId: g.id } })
  ).id;
});

afterAll(async () => {
  await api?.close();
});

describe('auditLog', () => {
  it('records a client edit through GraphQL with field, old, new, the user and the session', async () => {
    const res = await editClient(agent.cookie, { city: 'Zagreb', name: 'Alfa plus d.o.o.' });
    expect(res.errors).toBeUndefined();
    const [session] = await sql<{ id: string }>('SELECT id FROM sessions WHERE user_id = $1', [agent.id]);

    const { data } = await log({ recordId: globalId('Client', clientId) });
    const entry = data!.auditLog.edges[0]!.node;
    expect(entry).toMatchObject({
      recordKind: 'CLIENT',
      recordId: globalId('Client', clientId),
      operation: 'UPDATE',
      via: 'SESSION',
      sessionId: session!.id,
      apiTokenId: null,
      actor: { id: globalId('User', agent.id) },
    });
    expect(entry.changes).toEqual([
      { field: 'city', oldValue: 'Split', newValue: 'Zagreb', hidden: false },
      { field: 'name', oldValue: 'Alfa d.o.o.', newValue: 'Alfa plus d.o.o.', hidden: false },
    ]);
    // The insert made outside any request is recorded too, with no actor.
    expect(data!.auditLog.edges.at(-1)!.node).toMatchObject({ operation: 'INSERT', actor: null, via: 'SYSTEM' });
  });

  it('records the API token a change came through', async () => {
    const created = await api.gql<{ createApiToken: { token: { id: string }; secret: string } }>(
      `mutation { createApiToken(name: "sync") { token { id } secret } }`,
      {},
      { cookie: admin.cookie },
    );
    const { token, secret } = created.data!.createApiToken;
    const { version } = await api.db.client.findUniqueOrThrow({ where: { id: clientId } });
    const res = await api.gql(
      UPDATE_CLIENT,
      { id: globalId('Client', clientId), version, input: { city: 'Rijeka' } },
      { token: secret },
    );
    expect(res.errors).toBeUndefined();
    const entry = (await log({ recordId: globalId('Client', clientId) })).data!.auditLog.edges[0]!.node;
    expect(entry).toMatchObject({ via: 'API_TOKEN', actor: { id: globalId('User', admin.id) }, sessionId: null });
    expect(globalId('ApiToken', entry.apiTokenId!)).toBe(token.id);
  });

  it('never records a secret: a password change is a hidden field and the hash appears nowhere', async () => {
    const user = await api.createUser('agent');
    const res = await api.gql(
      `mutation($id: ID!, $v: Int!) { updateUser(id: $id, version: $v, input: { password: "a much newer secret" }) { id } }`,
      { id: globalId('User', user.id), v: user.version },
      { cookie: admin.cookie },
    );
    expect(res.errors).toBeUndefined();
    const { passwordHash } = await api.db.user.findUniqueOrThrow({ where: { id: user.id } });
    const entry = (await log({ recordId: globalId('User', user.id), field: 'passwordHash' })).data!.auditLog.edges[0]!
      .node;
    expect(entry.changes).toContainEqual({ field: 'passwordHash', oldValue: null, newValue: null, hidden: true });
    const leaked = await sql(
      `SELECT id FROM audit_log WHERE changes::text LIKE '%' || $1 || '%' OR changes::text LIKE '%$argon2%'`,
      [passwordHash],
    );
    expect(leaked).toEqual([]);
  });

  it('rolls the change back when its audit row cannot be written', async () => {
    await sql(`ALTER TABLE audit_log ADD CONSTRAINT test_no_client_rows CHECK (record_kind <> 'CLIENT') NOT VALID`);
    try {
      const before = await api.db.client.findUniqueOrThrow({ where: { id: clientId } });
      const res = await editClient(admin.cookie, { city: 'Osijek' });
      expect(res.errors?.length).toBeGreaterThan(0);
      const after = await api.db.client.findUniqueOrThrow({ where: { id: clientId } });
      expect(after).toMatchObject({ city: before.city, version: before.version });
    } finally {
      await sql('ALTER TABLE audit_log DROP CONSTRAINT test_no_client_rows');
    }
  });

  it('audits a bulk update set-based, with the source named by the job that ran it', async () => {
    const rows = Array.from({ length: 300 }, (_, i) => ({ kind: 'LEGAL' as const, name: `Bulk ${i}`, city: 'Pula' }));
    await api.db.client.createMany({ data: rows });
    // Prisma's promises are lazy: the statement runs when awaited, so await inside the context.
    const updated = await runWithAudit({ source: 'system: import job 42' }, async () => {
      const result = await api.db.client.updateMany({
        where: { name: { startsWith: 'Bulk ' } },
        data: { city: 'Zadar' },
      });
      return result;
    });
    expect(updated.count).toBe(300);
    const [stats] = await sql<{ n: string; sources: string[]; statements: string }>(
      `SELECT count(*) AS n, array_agg(DISTINCT source) AS sources, count(DISTINCT at) AS statements FROM audit_log
        WHERE record_kind = 'CLIENT' AND op = 'UPDATE' AND changes -> 'city' = '["Pula", "Zadar"]'`,
    );
    expect(stats).toEqual({ n: '300', sources: ['system: import job 42'], statements: '1' });
  });

  it('names the automation rule that wrote, and records a write from outside Veza with no actor', async () => {
    await sql(`BEGIN; SELECT set_config('veza.automation_rule', 'rule-7', true);
      UPDATE clients SET website = 'https://rule.example' WHERE id = '${clientId}'; COMMIT`);
    await sql(`UPDATE clients SET website = 'https://psql.example' WHERE id = '${clientId}'`);
    const rows = await sql<{ source: string | null; actor_id: string | null }>(
      `SELECT source, actor_id FROM audit_log WHERE record_id = $1 AND fields @> '{website}' ORDER BY at DESC, id DESC LIMIT 2`,
      [clientId],
    );
    expect(rows).toEqual([
      { source: null, actor_id: null },
      { source: 'automation rule rule-7', actor_id: null },
    ]);
  });

  it('filters by kind, user, field and period and pages with a cursor', async () => {
    const mine = await log({ actorId: globalId('User', agent.id), recordKind: 'CLIENT', field: 'city' });
    expect(mine.data!.auditLog.edges.map((e) => e.node.changes.find((c) => c.field === 'city')?.newValue)).toEqual([
      'Zagreb',
    ]);
    const future = await log({ from: '2999-01-01T00:00:00Z' });
    expect(future.data!.auditLog.totalCount).toBe(0);
    const past = await log({ to: '2000-01-01T00:00:00Z' });
    expect(past.data!.auditLog.edges).toEqual([]);

    const all = await log({ recordKind: 'CLIENT' }, admin.cookie, 1);
    const seen: Entry[] = [];
    let after: string | undefined;
    for (let page = 0; page < 100; page++) {
      const res = await log({ recordKind: 'CLIENT' }, admin.cookie, 97, after);
      seen.push(...res.data!.auditLog.edges.map((e) => e.node));
      if (!res.data!.auditLog.pageInfo.hasNextPage) break;
      after = res.data!.auditLog.pageInfo.endCursor;
    }
    expect(seen.length).toBe(all.data!.auditLog.totalCount);
    expect(new Set(seen.map((e) => e.id)).size).toBe(seen.length);
    const keys = seen.map((e) => `${e.at} ${e.id}`);
    expect(keys).toEqual([...keys].sort().reverse());
  });

  it('refuses bad filters naming the field', async () => {
    expect((await log({ field: 'city; DROP' })).errors?.[0]?.extensions).toMatchObject({
      code: 'BAD_USER_INPUT',
      field: 'filter.field',
    });
    expect((await log({ recordId: 'garbage' })).errors?.[0]?.extensions?.field).toBe('filter.recordId');
    expect(errorCode(await api.gql(LOG, { first: 10, after: 'forged' }, { cookie: admin.cookie }))).toBe(
      'BAD_USER_INPUT',
    );
  });

  it('lets an agent read the Changes of a client but not the admin log or a user’s history', async () => {
    expect(errorCode(await log({}, agent.cookie))).toBe('FORBIDDEN');
    expect(errorCode(await log({ recordId: globalId('User', admin.id) }, agent.cookie))).toBe('FORBIDDEN');
    const own = await log({ recordId: globalId('Client', clientId) }, agent.cookie);
    expect(own.errors).toBeUndefined();
    expect(own.data!.auditLog.totalCount).toBeGreaterThan(1);
    expect(errorCode(await log({ recordId: globalId('Client', crypto.randomUUID()) }, agent.cookie))).toBe('NOT_FOUND');
    expect(errorCode(await api.gql(LOG, {}))).toBe('UNAUTHENTICATED');
  });

  it('labels dictionary and user references in the viewer’s language', async () => {
    await ensureDefaultDictionaries(api.db);
    const status = await api.db.dictionaryValue.findFirstOrThrow({ where: { kind: 'CLIENT_STATUS' } });
    await editClient(admin.cookie, {
      statusId: globalId('DictionaryValue', status.id),
      accountManagerId: globalId('User', admin.id),
    });
    const res = await api.gql<{
      auditLog: { edges: { node: { changes: { field: string; newLabel: string | null }[] } }[] };
    }>(
      `query($f: AuditLogFilter) { auditLog(filter: $f, first: 1) { edges { node { changes { field newLabel } } } } }`,
      { f: { recordId: globalId('Client', clientId) } },
      { cookie: admin.cookie },
    );
    const changes = res.data!.auditLog.edges[0]!.node.changes;
    expect(changes).toContainEqual({ field: 'statusId', newLabel: (status.labels as { en: string }).en });
    expect(changes).toContainEqual({ field: 'accountManagerId', newLabel: expect.stringContaining('administrator') });
  });

  it('lists a merged client’s history on the survivor’s Changes tab', async () => {
    const loser = await api.db.client.create({ data: { kind: 'LEGAL', name: 'Alfa (dup)' } });
    await api.db.client.update({ where: { id: loser.id }, data: { city: 'Knin' } });
    await api.db.client.update({ where: { id: loser.id }, data: { mergedIntoId: clientId, deletedAt: new Date() } });
    const { data } = await log({ recordId: globalId('Client', clientId), field: 'city' });
    expect(data!.auditLog.edges.map((e) => e.node.recordId)).toContain(globalId('Client', loser.id));
  });
});
