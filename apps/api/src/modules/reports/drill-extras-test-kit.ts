// Extra data for the drill-down tests beyond the seeded year: client attributes of every type (a text attribute whose
// values differ only in case, numbers, yes/no, dates, choices, multiple choices; some clients without a value) and a
// second campaign (agent B, who has a manager) with items in every state, with and without an outcome, completed
// across local-day and month edges — some on a client deleted later.
import type { TestApi } from '../../test/api.ts';

const choices = (keys: string[]) => keys.map((key) => ({ key, labels: { en: key }, active: true }));

export async function seedDrillExtras(api: TestApi, users: { agentB: string; manager: string }) {
  const db = api.db;
  for (const [key, type, list] of [
    ['region', 'TEXT', []],
    ['employees', 'INTEGER', []],
    ['rating', 'DECIMAL', []],
    ['vip', 'BOOLEAN', []],
    ['since', 'DATE', []],
    ['tier', 'CHOICE', ['gold', 'silver']],
    ['tags', 'MULTI_CHOICE', ['a', 'b']],
  ] as const)
    await db.attributeDefinition.create({
      data: { entity: 'CLIENT', key, labels: { en: key }, type, choices: choices([...list]) },
    });
  await db.$executeRaw`UPDATE clients c SET attributes = c.attributes || jsonb_strip_nulls(jsonb_build_object(
      'region', (ARRAY['Zagreb', 'zagreb', 'Split', NULL])[1 + s.n % 4],
      'employees', CASE WHEN s.n % 5 <> 0 THEN (s.n % 3) * 10 END,
      'rating', CASE WHEN s.n % 2 = 0 THEN 1.5 + s.n % 2 END,
      'vip', CASE WHEN s.n % 3 <> 0 THEN s.n % 3 = 1 END,
      'since', CASE WHEN s.n % 4 <> 0 THEN '2024-0' || (1 + s.n % 3) || '-15' END,
      'tier', CASE WHEN s.n % 3 <> 2 THEN (ARRAY['gold', 'silver'])[1 + s.n % 2] END,
      'tags', CASE WHEN s.n % 2 = 1 THEN to_jsonb(ARRAY['a', 'b']) WHEN s.n % 4 = 0 THEN to_jsonb(ARRAY['a']) END))
    FROM (SELECT id, row_number() OVER (ORDER BY name) AS n FROM clients) s WHERE s.id = c.id`;
  await db.user.update({ where: { id: users.agentB }, data: { managerId: users.manager } });
  const k = await db.campaign.create({ data: { name: 'Autumn calls', agentId: users.agentB }, select: { id: true } });
  // Items on 24 clients (the 7th by name is deleted afterwards): states round robin, outcomes on some done ones,
  // completed every 19 hours from 30 March 22:30 UTC (across the end of March in Zagreb and Warsaw).
  await db.$executeRaw`INSERT INTO campaign_items (id, campaign_id, client_id, state, outcome_id, position,
      completed_at, created_at, updated_at)
    SELECT gen_random_uuid(), ${k.id}::uuid, c.id,
      (ARRAY['DONE', 'SKIPPED', 'PENDING', 'DONE'])[1 + c.n % 4]::"CampaignItemState",
      CASE WHEN c.n % 4 = 0 THEN (SELECT id FROM dictionary_values WHERE kind = 'ACTIVITY_RESULT'
        ORDER BY key OFFSET c.n % 3 LIMIT 1) END,
      c.n,
      CASE WHEN c.n % 4 IN (0, 1, 3) THEN timestamptz '2026-03-30 22:30Z' + c.n * interval '19 hours' END,
      timestamptz '2026-02-27 23:30Z' + c.n * interval '3 hours', now()
    FROM (SELECT id, row_number() OVER (ORDER BY name) AS n FROM clients OFFSET 2 LIMIT 24) c`;
}
