// Demo call campaigns and hourly rates, so that the campaign pages and the reports open with numbers: each demo agent
// works an active call list of their own clients not contacted for 60 days (some calls logged with a result, one
// client skipped), the first agent also finished a list last month, and the demo users have hourly rates (one raised
// two months ago, one for meetings only) so that the activity reports show a cost. Runs once, with the demo clients.
import { Prisma, type Db } from '../db/prisma.ts';

const { sql } = Prisma;
const DAY = 86_400_000;
const OUTCOMES = [
  'further_talks',
  'no_answer',
  'offer_requested',
  'call_back_later',
  'not_interested',
  'contract_closed',
];

type CallList = {
  name: string;
  description: string;
  agentId: string;
  size: number;
  /** The first `done` clients were called (finished with a result), the next one skipped, unless `completed`. */
  done: number;
  /** The list was worked through and completed on this day. */
  completedAt?: Date;
  /** The day the list was generated. */
  createdAt: Date;
};

type Refs = { managerId: string; callTypeId: string; outcomeIds: string[] };

export async function seedDemoCampaigns(db: Db, now = new Date()): Promise<void> {
  const users = await db.user.findMany({ select: { id: true, email: true, name: true } });
  const user = (email: string) => users.find((u) => u.email === email)?.id;
  // Generated campaigns are named "<stem> – <agent>", one per agent.
  const named = (stem: string, agentId: string) => `${stem} – ${users.find((u) => u.id === agentId)!.name}`;
  const [agent, agent2, manager] = [user('agent@veza.local'), user('agent2@veza.local'), user('manager@veza.local')];
  const types = await db.dictionaryValue.findMany({
    where: { kind: { in: ['ACTIVITY_TYPE', 'ACTIVITY_RESULT'] } },
    select: { id: true, key: true, kind: true },
  });
  const value = (kind: string, key: string) => types.find((t) => t.kind === kind && t.key === key)?.id;
  const callTypeId = value('ACTIVITY_TYPE', 'call');
  const meetingTypeId = value('ACTIVITY_TYPE', 'meeting');
  const outcomeIds = OUTCOMES.map((k) => value('ACTIVITY_RESULT', k)).filter((id): id is string => !!id);
  if (!agent || !agent2 || !manager || !callTypeId || !meetingTypeId || !outcomeIds.length) return;
  await hourlyRates(db, now, { agent, agent2, manager, meetingTypeId });
  const refs: Refs = { managerId: manager, callTypeId, outcomeIds };
  const lists: CallList[] = [
    {
      name: named('Przypomnienie o ofercie', agent),
      description: 'Klienci, którym wysłaliśmy ofertę jesienią.',
      agentId: agent,
      size: 15,
      done: 15,
      createdAt: new Date(now.getTime() - 40 * DAY),
      completedAt: new Date(now.getTime() - 20 * DAY),
    },
    {
      name: named('Ponowny kontakt po 60 dniach', agent),
      description: 'Własni klienci bez kontaktu od 60 dni.',
      agentId: agent,
      size: 30,
      done: 12,
      createdAt: new Date(now.getTime() - 6 * DAY),
    },
    {
      name: named('Ponowny kontakt po 60 dniach', agent2),
      description: 'Własni klienci bez kontaktu od 60 dni.',
      agentId: agent2,
      size: 25,
      done: 7,
      createdAt: new Date(now.getTime() - 6 * DAY),
    },
  ];
  for (const list of lists) await db.$transaction((tx) => callList(tx as Db, list, refs, now));
}

/** Dated rates: a new rate starts on its day, earlier activities keep theirs. */
async function hourlyRates(
  db: Db,
  now: Date,
  u: { agent: string; agent2: string; manager: string; meetingTypeId: string },
) {
  const since = new Date(Date.UTC(now.getUTCFullYear() - 3, 0, 1));
  const raise = new Date(Date.UTC(now.getUTCFullYear(), now.getUTCMonth() - 2, 1));
  await db.hourlyRate.createMany({
    data: [
      { userId: u.agent, validFrom: since, rate: '22.00' },
      { userId: u.agent, validFrom: raise, rate: '26.00' },
      { userId: u.agent2, validFrom: since, rate: '24.00' },
      { userId: u.agent2, activityTypeId: u.meetingTypeId, validFrom: since, rate: '30.00' },
      { userId: u.manager, validFrom: since, rate: '35.00' },
    ],
  });
}

/** One call list: the items, the logged calls of the finished ones (set-based), then the clients' last contact. */
async function callList(db: Db, list: CallList, refs: Refs, now: Date): Promise<void> {
  const campaign = await db.campaign.create({
    data: {
      name: list.name,
      description: list.description,
      agentId: list.agentId,
      createdById: refs.managerId,
      startsOn: list.createdAt,
      endsOn: new Date((list.completedAt ?? now).getTime() + 14 * DAY),
      status: list.completedAt ? 'COMPLETED' : 'ACTIVE',
      completedAt: list.completedAt ?? null,
      strategy: 'BY_ACCOUNT_MANAGER',
      filter: { notContactedInDays: 60 },
      createdAt: list.createdAt,
    },
  });
  // Finished calls are spread over the days between the list's creation and its completion (or today).
  const span = (list.completedAt ?? now).getTime() - list.createdAt.getTime();
  await db.$executeRaw(sql`
    WITH picked AS (
      SELECT c.id AS client_id, row_number() OVER (ORDER BY c.last_contact_at NULLS FIRST, c.id)::int AS pos
      FROM clients c
      WHERE c.account_manager_id = ${list.agentId}::uuid AND c.deleted_at IS NULL
        AND (c.last_contact_at IS NULL OR c.last_contact_at < ${list.createdAt}::timestamptz - interval '60 days')
        AND NOT EXISTS (SELECT 1 FROM campaign_items i JOIN campaigns k ON k.id = i.campaign_id
          WHERE i.client_id = c.id AND k.status IN ('DRAFT', 'ACTIVE'))
      ORDER BY pos LIMIT ${list.size}
    ), items AS (
      INSERT INTO campaign_items (id, campaign_id, client_id, state, outcome_id, skip_reason, position, started_at,
        completed_at, created_at, updated_at)
      SELECT gen_random_uuid(), ${campaign.id}::uuid, p.client_id,
        (CASE WHEN p.pos <= ${list.done} THEN 'DONE' WHEN p.pos = ${list.done} + 1 THEN 'SKIPPED' ELSE 'PENDING' END)::"CampaignItemState",
        CASE WHEN p.pos <= ${list.done} THEN (${refs.outcomeIds}::uuid[])[1 + (p.pos - 1) % ${refs.outcomeIds.length}] END,
        CASE WHEN p.pos = ${list.done} + 1 THEN 'Firma w likwidacji' END, p.pos,
        CASE WHEN p.pos <= ${list.done} THEN d.at END, CASE WHEN p.pos <= ${list.done} THEN d.at + interval '8 minutes' END,
        ${list.createdAt}, now()
      FROM picked p
      CROSS JOIN LATERAL (SELECT ${list.createdAt}::timestamptz + make_interval(secs => ${span / 1000}::float8 * p.pos
        / (${list.done} + 1)) AS at) d
      RETURNING id, client_id, outcome_id, started_at, position
    )
    INSERT INTO activities (id, type_id, result_id, client_id, contact_person_id, subject, status, starts_at, ends_at,
      closed_at, work_minutes, owner_id, created_by_id, campaign_item_id, created_at, updated_at)
    SELECT gen_random_uuid(), ${refs.callTypeId}::uuid, i.outcome_id, i.client_id,
      (SELECT cp.person_id FROM client_persons cp WHERE cp.client_id = i.client_id ORDER BY cp.is_primary DESC LIMIT 1),
      ${list.name}, 'DONE', i.started_at, i.started_at + interval '8 minutes', i.started_at + interval '8 minutes',
      4 + i.position % 9, ${list.agentId}::uuid, ${list.agentId}::uuid, i.id, i.started_at, now()
    FROM items i WHERE i.started_at IS NOT NULL`);
  await db.$executeRaw(sql`UPDATE campaign_items i SET activity_id = a.id
    FROM activities a WHERE a.campaign_item_id = i.id AND i.campaign_id = ${campaign.id}::uuid AND i.state = 'DONE'`);
  await db.$executeRaw(sql`UPDATE clients c SET last_contact_at = (
      SELECT max(LEAST(a.starts_at, a.closed_at)) FROM activities a
      WHERE a.client_id = c.id AND a.status = 'DONE' AND a.deleted_at IS NULL)
    WHERE c.id IN (SELECT client_id FROM campaign_items WHERE campaign_id = ${campaign.id}::uuid)`);
}
