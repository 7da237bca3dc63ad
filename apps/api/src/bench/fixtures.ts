// The ids, dates and cursors the workloads need, read from the benchmark database once per run.
import type pg from 'pg';
import { BROAD_WHERE, DEEP_PAGE, PAGE } from './workloads/clients.ts';
import type { Fixtures } from './workloads/types.ts';

export const CAMPAIGN_CLIENTS = 50_000;
export const CALENDAR_AGENTS = 10;

async function one<T>(client: pg.Client, text: string, values: unknown[] = []): Promise<T> {
  const { rows } = await client.query(text, values);
  if (!rows[0]) throw new Error(`The benchmark data lacks what this needs: ${text.split('\n')[0]}`);
  return rows[0] as T;
}

/** Monday 00:00 UTC of the week holding `day`, and the next Monday. */
export function weekOf(day: Date): { from: string; to: string } {
  const monday = new Date(Date.UTC(day.getUTCFullYear(), day.getUTCMonth(), day.getUTCDate()));
  monday.setUTCDate(monday.getUTCDate() - ((monday.getUTCDay() + 6) % 7));
  const next = new Date(monday);
  next.setUTCDate(next.getUTCDate() + 7);
  return { from: monday.toISOString(), to: next.toISOString() };
}

export async function loadFixtures(client: pg.Client, anchor: Date, tokenHash: string): Promise<Fixtures> {
  const status = (key: string) =>
    one<{ id: string }>(client, `SELECT id FROM dictionary_values WHERE kind = 'CLIENT_STATUS' AND key = $1`, [key]);
  const admin = await one<{ id: string }>(client, `SELECT id FROM users WHERE email = 'admin@veza.local'`);
  const customer = await status('customer');
  const notInterested = await status('not_interested');
  const { rows: agents } = await client.query<{ id: string }>(
    `SELECT u.id FROM users u WHERE u.active AND EXISTS (SELECT 1 FROM user_profiles up
       JOIN permission_profiles p ON p.id = up.profile_id WHERE up.user_id = u.id AND p.system_key = 'agent')
     ORDER BY u.email LIMIT ${CALENDAR_AGENTS}`,
  );
  if (agents.length < CALENDAR_AGENTS)
    throw new Error(`The benchmark needs ${CALENDAR_AGENTS} agents, found ${agents.length}`);

  const matched = (
    await one<{ n: number }>(client, `SELECT count(*)::int AS n FROM clients c WHERE ${BROAD_WHERE}`, [
      notInterested.id,
    ])
  ).n;
  const page = Math.max(1, Math.min(DEEP_PAGE, Math.floor(matched / PAGE)));
  const before =
    page > 1
      ? await one<{ name: string; id: string }>(
          client,
          `SELECT c.name, c.id FROM clients c WHERE ${BROAD_WHERE} ORDER BY c.name, c.id OFFSET $2 LIMIT 1`,
          [notInterested.id, (page - 1) * PAGE - 1],
        )
      : null;

  const total = (await one<{ n: number }>(client, `SELECT count(*)::int AS n FROM clients WHERE deleted_at IS NULL`)).n;
  const want = Math.min(CAMPAIGN_CLIENTS, Math.floor(total / 2));
  const since = await one<{ at: Date }>(
    client,
    `SELECT created_at AS at FROM clients WHERE deleted_at IS NULL ORDER BY created_at DESC, id DESC OFFSET $1 LIMIT 1`,
    [want - 1],
  );
  const clients = (
    await one<{ n: number }>(
      client,
      `SELECT count(*)::int AS n FROM clients WHERE deleted_at IS NULL AND created_at >= $1`,
      [since.at],
    )
  ).n;
  return {
    adminId: admin.id,
    customerStatusId: customer.id,
    notInterestedStatusId: notInterested.id,
    agentIds: agents.map((a) => a.id),
    week: weekOf(anchor),
    deep: { page, after: before ? [before.name, before.id] : null, matched },
    campaign: { since: since.at.toISOString(), clients },
    tokenHash,
    newId:
      Number((await one<{ v: string }>(client, `SELECT current_setting('server_version_num') AS v`)).v) >= 180000
        ? 'uuidv7()'
        : 'gen_random_uuid()',
  };
}
