// The demo / benchmark generator: reproducible, and every generated record passes the same validation as user input.
import { validateAttributeValues, validateClientTaxId, type AttributeDef } from '@veza/shared';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestDatabase, type TestDatabase } from '../test/db.ts';
import { loadAttributeDefs } from '../modules/attributes/attributes.service.ts';
import { ensureDefaultDictionaries } from '../modules/dictionaries/dictionaries.defaults.ts';
import { ensureSeedProfiles } from '../modules/users/bootstrap.ts';
import { seedClients } from './demo-data.ts';
import { ensureTeam, teamSize } from './team.ts';

let first: TestDatabase;
let second: TestDatabase;
const anchor = new Date('2026-03-04T00:00:00Z');

beforeAll(async () => {
  [first, second] = await Promise.all([createTestDatabase(), createTestDatabase()]);
  for (const t of [first, second]) {
    await ensureDefaultDictionaries(t.prisma);
    await ensureSeedProfiles(t.prisma);
    await t.prisma.user.create({ data: { email: 'm@test.local', name: 'M', passwordHash: 'x' } });
    await ensureTeam(t.prisma, 300, 7);
    await seedClients(t.prisma, 300, { seed: 7, anchor });
  }
});
afterAll(async () => {
  await Promise.all([first.drop(), second.drop()]);
});

describe('seedClients', () => {
  it('creates clients whose tax ids and attributes are valid, with contact persons', async () => {
    expect(await first.prisma.client.count()).toBe(300);
    expect(await first.prisma.person.count()).toBeGreaterThan(150);
    const defs: AttributeDef[] = await loadAttributeDefs(first.prisma, 'CLIENT');
    expect(defs).toHaveLength(10);
    const clients = await first.prisma.client.findMany();
    for (const c of clients) {
      expect(validateClientTaxId(c.country!, c.taxId!)).toMatchObject({ ok: true, normalized: c.taxId });
      expect(validateAttributeValues(defs, c.attributes as Record<string, unknown>)).toMatchObject({ ok: true });
    }
    expect(new Set(clients.map((c) => c.country))).toEqual(new Set(['HR', 'PL', 'CZ']));
  });

  it('gives the same clients and activities for the same seed and day', async () => {
    const clients = (t: TestDatabase) =>
      t.prisma.client.findMany({
        orderBy: { id: 'asc' },
        select: { id: true, name: true, taxId: true, attributes: true, lastContactAt: true, createdAt: true },
      });
    expect(await clients(second)).toEqual(await clients(first));
    const activities = (t: TestDatabase) =>
      t.prisma.$queryRaw`SELECT a.id, a.client_id, d.key, a.subject, a.starts_at, a.due_at, a.status::text, u.email,
          a.contact_person_id, a.closed_at, a.work_minutes
        FROM activities a JOIN dictionary_values d ON d.id = a.type_id JOIN users u ON u.id = a.owner_id ORDER BY a.id`;
    const got = (await activities(first)) as unknown[];
    expect(got.length).toBeGreaterThan(1000);
    expect(await activities(second)).toEqual(got);
  });

  it('gives about ten activities per client, skewed: many with few or none, a few with very many', async () => {
    const [s] = await first.prisma.$queryRaw<{ mean: number; max: number; none: number; median: number }[]>`
      SELECT avg(coalesce(n, 0))::float8 AS mean, max(n)::int AS max, count(*) FILTER (WHERE n IS NULL)::int AS none,
        percentile_disc(0.5) WITHIN GROUP (ORDER BY coalesce(n, 0))::int AS median
      FROM clients c LEFT JOIN (SELECT client_id, count(*) AS n FROM activities GROUP BY 1) a ON a.client_id = c.id`;
    expect(s!.mean).toBeGreaterThan(5);
    expect(s!.mean).toBeLessThan(20);
    expect(s!.median).toBeLessThan(s!.mean);
    expect(s!.max).toBeGreaterThan(5 * s!.mean);
    expect(s!.none).toBeGreaterThan(0);
  });

  it('makes the past done with results and work time (a few recent ones overdue), the future planned, on working days', async () => {
    const [s] = await first.prisma.$queryRaw<Record<string, number>[]>`SELECT
        count(*) FILTER (WHERE COALESCE(starts_at, due_at) >= ${anchor} AND status <> 'PLANNED')::int AS future_not_planned,
        count(*) FILTER (WHERE COALESCE(starts_at, due_at) < ${anchor})::int AS past,
        count(*) FILTER (WHERE COALESCE(starts_at, due_at) < ${anchor} AND status = 'DONE')::int AS past_done,
        count(*) FILTER (WHERE status = 'DONE' AND (work_minutes IS NULL OR closed_at IS NULL OR closed_at > ${anchor}))::int AS bad_done,
        count(*) FILTER (WHERE status = 'DONE' AND result_id IS NOT NULL)::int AS with_result,
        count(*) FILTER (WHERE extract(isodow FROM COALESCE(starts_at, due_at) AT TIME ZONE 'UTC') > 5)::int AS weekend,
        count(*) FILTER (WHERE COALESCE(starts_at, due_at) < ${anchor}::timestamptz - interval '1096 days'
          OR COALESCE(starts_at, due_at) > ${anchor}::timestamptz + interval '29 days')::int AS out_of_range,
        count(*) FILTER (WHERE ends_at < starts_at)::int AS backwards,
        count(*) FILTER (WHERE status = 'PLANNED' AND COALESCE(starts_at, due_at) < ${anchor}::timestamptz - interval '31 days')::int AS stale_planned,
        count(*) FILTER (WHERE status = 'PLANNED' AND COALESCE(starts_at, due_at) < ${anchor})::int AS overdue
      FROM activities`;
    expect(s).toMatchObject({
      future_not_planned: 0,
      bad_done: 0,
      weekend: 0,
      out_of_range: 0,
      backwards: 0,
      stale_planned: 0,
    });
    expect(s!.overdue).toBeGreaterThan(0);
    expect(s!.past_done / s!.past).toBeGreaterThan(0.85);
    expect(s!.with_result / s!.past_done).toBeGreaterThan(0.5);
  });

  it('keeps clients.last_contact_at equal to the latest done contact, as the activities service maintains it', async () => {
    const [s] = await first.prisma.$queryRaw<{ wrong: number; contacted: number }[]>`SELECT
        count(*) FILTER (WHERE c.last_contact_at IS DISTINCT FROM x.last)::int AS wrong,
        count(c.last_contact_at)::int AS contacted
      FROM clients c LEFT JOIN LATERAL (SELECT max(LEAST(a.starts_at, a.closed_at)) AS last FROM activities a
        WHERE a.client_id = c.id AND a.status = 'DONE' AND a.deleted_at IS NULL) x ON true`;
    expect(s).toMatchObject({ wrong: 0 });
    expect(s!.contacted).toBeGreaterThan(150);
  });

  it('lets the agents own the activities, mostly the client’s account manager, with contact persons of the client', async () => {
    const [s] = await first.prisma.$queryRaw<Record<string, number>[]>`SELECT
        count(*) FILTER (WHERE NOT EXISTS (SELECT 1 FROM user_profiles up JOIN permission_profiles p ON p.id = up.profile_id
          WHERE up.user_id = a.owner_id AND p.system_key = 'agent'))::int AS not_agent,
        count(*) FILTER (WHERE a.owner_id = c.account_manager_id)::int AS by_manager,
        count(*)::int AS total,
        count(*) FILTER (WHERE a.contact_person_id IS NOT NULL AND NOT EXISTS (SELECT 1 FROM client_persons cp
          WHERE cp.client_id = a.client_id AND cp.person_id = a.contact_person_id))::int AS foreign_person
      FROM activities a JOIN clients c ON c.id = a.client_id`;
    expect(s).toMatchObject({ not_agent: 0, foreign_person: 0 });
    expect(s!.by_manager / s!.total).toBeGreaterThan(0.6);
    const agents = await first.prisma.user.count({
      where: { profiles: { some: { profile: { systemKey: 'agent' } } } },
    });
    expect(agents).toBe(teamSize(300).agents);
  });

  it('gives about one opportunity per five clients, spread over stages and three years, with history', async () => {
    const rows = await first.prisma.$queryRaw<{ key: string; n: number; reasons: number; history: number }[]>`
      SELECT d.key, count(*)::int AS n, count(o.lost_reason_id)::int AS reasons,
        min((SELECT count(*) FROM opportunity_stage_changes h WHERE h.opportunity_id = o.id))::int AS history
      FROM opportunities o JOIN dictionary_values d ON d.id = o.stage_id GROUP BY d.key`;
    const by = Object.fromEntries(rows.map((r) => [r.key, r]));
    const total = rows.reduce((n, r) => n + r.n, 0);
    expect(total).toBeGreaterThan(35);
    expect(total).toBeLessThan(90);
    expect(by.won!.n).toBeGreaterThan(3);
    expect(by.lost!.reasons).toBe(by.lost!.n);
    expect(rows.filter((r) => !['won', 'lost'].includes(r.key)).length).toBeGreaterThanOrEqual(3);
    expect(rows.every((r) => r.history >= 1)).toBe(true);
    const [span] = await first.prisma.$queryRaw<{ days: number; unlocked: number }[]>`
      SELECT (max(created_at)::date - min(created_at)::date)::int AS days,
        count(*) FILTER (WHERE closed_at IS NOT NULL AND base_amount IS NULL)::int AS unlocked FROM opportunities`;
    expect(span!.days).toBeGreaterThan(700);
    expect(span!.unlocked).toBe(0);
    const ids = (t: TestDatabase) =>
      t.prisma.$queryRaw`SELECT o.id, o.amount::text, d.key, o.closed_at FROM opportunities o
        JOIN dictionary_values d ON d.id = o.stage_id ORDER BY o.id`;
    expect(await ids(second)).toEqual(await ids(first));
  });
});
