// The viewer cache with two app instances on one database: a change committed through one (logout, token revoked,
// permissions) refuses or narrows the very next request on the other; the cache really serves (a change made without
// its notification stays unseen until one arrives); with the LISTEN connection lost the cache is bypassed.
import pg from 'pg';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createServices } from '../app.ts';
import { createPrisma, type Db } from '../db/prisma.ts';
import type { AppServices } from '../graphql/context.ts';
import { globalId } from '../graphql/ids.ts';
import { startServer, type RunningServer } from '../server.ts';
import { parseResponse, startTestApi, type TestApi } from '../test/api.ts';
import { until } from '../test/app-process.ts';

let api: TestApi;
let db2: Db;
let services2: AppServices;
let server2: RunningServer;
let agent: { id: string; email: string; password: string };

const ME = `{ me { user { id } permissions } }`;
type Me = { me: { user: { id: string }; permissions: string[] } | null };

/** `me` on the second instance. */
async function me2(auth: { cookie?: string; token?: string }) {
  const headers: Record<string, string> = { 'content-type': 'application/json' };
  if (auth.cookie) headers.cookie = auth.cookie;
  if (auth.token) headers.authorization = `Bearer ${auth.token}`;
  const res = await fetch(`${server2.url}/graphql`, { method: 'POST', headers, body: JSON.stringify({ query: ME }) });
  return parseResponse<Me>(res);
}

/** Runs SQL on a connection of its own; `quiet` disables triggers, so no change notification is sent. */
async function sql(text: string, { quiet = false } = {}) {
  const client = new pg.Client({ connectionString: api.databaseUrl });
  await client.connect();
  try {
    if (quiet) await client.query('SET session_replication_role = replica');
    return (await client.query(text)).rows;
  } finally {
    await client.end();
  }
}

/** Runs `change` and waits until the second instance has heard of it (its cache dropped). */
async function notified(change: () => Promise<unknown>) {
  const before = services2.viewerCache.drops;
  await change();
  await until(() => services2.viewerCache.drops > before, 5_000);
}

const bothActive = () => api.services.viewerCache.active && services2.viewerCache.active;

beforeAll(async () => {
  api = await startTestApi();
  db2 = createPrisma(api.databaseUrl);
  services2 = createServices(api.config, db2, api.databaseUrl);
  server2 = await startServer(services2, 0, '127.0.0.1');
  agent = await api.createUser('agent');
  await until(bothActive, 10_000);
});

afterAll(async () => {
  await server2?.close();
  await db2?.$disconnect();
  await api?.close();
});

describe('viewer cache across two instances', () => {
  it('refuses a session on the other instance at once after logging out on this one', async () => {
    const cookie = await api.login(agent.email, agent.password);
    for (let i = 0; i < 3; i++) expect((await me2({ cookie })).data?.me?.user.id).toBeTruthy();
    const out = await api.gql<{ logout: boolean }>('mutation { logout }', {}, { cookie });
    expect(out.data?.logout).toBe(true);
    expect((await me2({ cookie })).data?.me).toBeNull();
  });

  it('refuses an API token on the other instance at once after it is revoked', async () => {
    const admin = await api.createUser('administrator');
    const cookie = await api.login(admin.email, admin.password);
    const created = await api.gql<{ createApiToken: { secret: string; token: { id: string } } }>(
      `mutation { createApiToken(name: "cache test") { secret token { id } } }`,
      {},
      { cookie },
    );
    const { secret, token } = created.data!.createApiToken;
    expect((await me2({ token: secret })).data?.me?.user.id).toBeTruthy();
    expect((await me2({ token: secret })).data?.me?.user.id).toBeTruthy();
    await api.gql(`mutation($id: ID!) { revokeApiToken(id: $id) { id } }`, { id: token.id }, { cookie });
    const refused = await me2({ token: secret });
    expect(refused.status).toBe(401);
    expect(refused.errors?.[0]?.extensions?.code).toBe('UNAUTHENTICATED');
  });

  it('serves from the cache, and the change notification is what makes a permission change seen at once', async () => {
    const cookie = await api.login(agent.email, agent.password);
    const agentProfile = api.profiles.get('agent')!;
    expect((await me2({ cookie })).data?.me?.permissions).toContain('clients.read');
    // Taken away without a notification: the cached viewer still has it (this is what NOTIFY is there to prevent).
    await sql(
      `UPDATE permission_profiles SET permissions = array_remove(permissions, 'clients.read')
      WHERE id = '${agentProfile}'`,
      { quiet: true },
    );
    expect((await me2({ cookie })).data?.me?.permissions).toContain('clients.read');
    // Any committed change to the profiles table tells every instance: the request after the notice reads afresh.
    // The notice reaches the other process asynchronously, after the commit: a request racing it may still be
    // served from the cache (seen on a loaded machine), so each step waits for the drop it causes.
    await notified(() => sql(`UPDATE permission_profiles SET name = name WHERE id = '${agentProfile}'`));
    expect((await me2({ cookie })).data?.me?.permissions).not.toContain('clients.read');
    await notified(() =>
      sql(`UPDATE permission_profiles SET permissions = permissions || '{clients.read}' WHERE id = '${agentProfile}'`),
    );
    expect((await me2({ cookie })).data?.me?.permissions).toContain('clients.read');
  });

  it('drops its own cache when this process commits an auth change, even with no notification sent', async () => {
    const user = await api.createUser('agent');
    const cookie = await api.login(user.email, user.password);
    const meHere = () => api.gql<Me>(ME, {}, { cookie });
    expect((await meHere()).data?.me?.user.id).toBe(globalId('User', user.id));
    expect((await meHere()).data?.me?.user.id).toBe(globalId('User', user.id));
    // Triggers off inside the transaction: only the pool's own note of the write can drop the cached viewer.
    await api.db.$transaction(async (tx) => {
      await tx.$executeRaw`SET LOCAL session_replication_role = replica`;
      await tx.user.update({ where: { id: user.id }, data: { active: false } });
    });
    expect((await meHere()).data?.me).toBeNull();
  });

  it('bypasses the cache while its LISTEN connection is lost, and uses it again once back', async () => {
    const user = await api.createUser('agent');
    const cookie = await api.login(user.email, user.password);
    expect((await me2({ cookie })).data?.me?.user.id).toBe(globalId('User', user.id));
    await sql(`SELECT pg_terminate_backend(pid) FROM pg_stat_activity
      WHERE application_name = 'veza-auth-changes' AND datname = current_database()`);
    await until(() => !services2.viewerCache.active, 5_000);
    // A change nobody is told about: seen at once, because nothing is cached while the listener is down.
    await sql(`UPDATE users SET active = false WHERE id = '${user.id}'`, { quiet: true });
    expect((await me2({ cookie })).data?.me).toBeNull();
    await sql(`UPDATE users SET active = true WHERE id = '${user.id}'`, { quiet: true });
    const again = await api.login(user.email, user.password);
    await until(bothActive, 10_000);
    expect((await me2({ cookie: again })).data?.me?.user.id).toBe(globalId('User', user.id));
  });
});
