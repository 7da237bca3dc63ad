// Reproducible demo / benchmark clients, persons and activity history (fixed seed), inserted set-based in batches.
import { generateIco, generateNip, generateOib, generateRegon9, mulberry32, type RandomFn } from '@veza/shared';
import { Prisma, type Db } from '../db/prisma.ts';
import { ensureAttributeIndexes } from '../modules/attributes/attributes.service.ts';
import { COUNTRY_INDEX } from './activity-texts.ts';
import { clientBatchStatement, type ActivityRefs } from './client-batch-sql.ts';
import { DEMO_ATTRIBUTES } from './demo-attributes.ts';
import { COUNTRIES, type CountryData } from './names.ts';
import { demoRatesStatement, loadOpportunityRefs, opportunityBatchStatement } from './opportunity-batch-sql.ts';
import { prismaRunner, type SqlRunner } from './sql-runner.ts';

const { sql } = Prisma;

const BATCH = 5000;
const DAY = 86_400_000;

/** A UUID (v4 layout) from the seeded generator, so the same seed gives the same ids. */
function uuid(rand: RandomFn): string {
  const hex = Array.from({ length: 32 }, () => Math.floor(rand() * 16).toString(16));
  hex[12] = '4';
  hex[16] = ((parseInt(hex[16]!, 16) & 0x3) | 0x8).toString(16);
  const h = hex.join('');
  return `${h.slice(0, 8)}-${h.slice(8, 12)}-${h.slice(12, 16)}-${h.slice(16, 20)}-${h.slice(20)}`;
}

const pick = <T>(rand: RandomFn, list: readonly T[]): T => list[Math.floor(rand() * list.length)]!;
const slug = (s: string) =>
  s
    .normalize('NFD')
    .replace(/[\u0300-\u036f]/g, '')
    .replace(/[łŁ]/g, 'l')
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, '');

export async function ensureDemoAttributes(db: Db): Promise<void> {
  for (const def of DEMO_ATTRIBUTES) {
    await db.attributeDefinition.upsert({
      where: { entity_key: { entity: 'CLIENT', key: def.key } },
      create: { ...def, entity: 'CLIENT' },
      update: {},
    });
  }
  await ensureAttributeIndexes(db);
}

export type SeedRefs = {
  status: string[];
  segment: string[];
  industry: string[];
  lead: string[];
  /** Account managers: the agents, or every active user where nobody holds the agent profile. */
  managers: string[];
  activity: ActivityRefs;
};

/** Dictionary values and users the generated rows point to, read in one statement. */
export async function loadRefs(run: SqlRunner): Promise<SeedRefs> {
  const [row] = await run.rows<Record<string, string[] | null>>(sql`SELECT
    (SELECT array_agg(id ORDER BY position, id) FROM dictionary_values WHERE kind = 'CLIENT_STATUS') AS status,
    (SELECT array_agg(id ORDER BY position, id) FROM dictionary_values WHERE kind = 'CLIENT_SEGMENT') AS segment,
    (SELECT array_agg(id ORDER BY position, id) FROM dictionary_values WHERE kind = 'INDUSTRY') AS industry,
    (SELECT array_agg(id ORDER BY position, id) FROM dictionary_values WHERE kind = 'LEAD_SOURCE') AS lead,
    (SELECT array_agg(u.id ORDER BY u.email) FROM users u WHERE u.active AND EXISTS (SELECT 1 FROM user_profiles up
      JOIN permission_profiles p ON p.id = up.profile_id WHERE up.user_id = u.id AND p.system_key = 'agent')) AS agents,
    (SELECT array_agg(id ORDER BY email) FROM users WHERE active) AS active_users`);
  const keyed = await run.rows<{ kind: string; key: string; id: string }>(sql`SELECT kind::text, key, id
    FROM dictionary_values WHERE kind IN ('ACTIVITY_TYPE', 'ACTIVITY_CATEGORY', 'CONTACT_CHANNEL', 'ACTIVITY_RESULT')`);
  const ids = (kind: string, keys: string[]) =>
    keys.map((key) => {
      const found = keyed.find((d) => d.kind === kind && d.key === key);
      if (!found) throw new Error(`The dictionary ${kind} has no value "${key}" (run the seed on a Veza database).`);
      return found.id;
    });
  const users = row!.agents?.length ? row!.agents : (row!.active_users ?? []);
  if (!users.length) throw new Error('No active user exists to own the generated clients and activities.');
  return {
    status: row!.status ?? [],
    segment: row!.segment ?? [],
    industry: row!.industry ?? [],
    lead: row!.lead ?? [],
    managers: users,
    activity: {
      types: ids('ACTIVITY_TYPE', ['call', 'email', 'meeting', 'task', 'letter']),
      categories: ids('ACTIVITY_CATEGORY', ['sales', 'support', 'administration', 'marketing']),
      channels: ids('CONTACT_CHANNEL', ['phone', 'email', 'in_person', 'video_call', 'letter']),
      results: ids('ACTIVITY_RESULT', [
        'further_talks',
        'offer_requested',
        'contract_closed',
        'not_interested',
        'no_answer',
        'call_back_later',
      ]),
      owners: users,
    },
  };
}

function attributesFor(rand: RandomFn, employees: number) {
  const attrs: Record<string, unknown> = {
    territory: pick(rand, ['north', 'south', 'east', 'west', 'central']),
    employees,
    cooperation: pick(rand, ['new', 'active', 'active', 'paused', 'ended']),
  };
  if (rand() < 0.8) attrs.annual_revenue = Math.round(employees * (40 + rand() * 120) * 100) / 100;
  if (rand() < 0.7)
    attrs.founded = new Date(
      Date.UTC(1990 + Math.floor(rand() * 34), Math.floor(rand() * 12), 1 + Math.floor(rand() * 28)),
    )
      .toISOString()
      .slice(0, 10);
  if (rand() < 0.5) attrs.key_account = rand() < 0.2;
  if (rand() < 0.6)
    attrs.interests = ['software', 'training', 'consulting', 'hardware', 'support'].filter(() => rand() < 0.35);
  if (rand() < 0.3)
    attrs.competitor = pick(rand, ['Infosys d.o.o.', 'Comarch', 'Helios', 'Pantheon', 'Money S3', 'Optima']);
  if (rand() < 0.4) attrs.credit_limit = Math.round(rand() * 50) * 1000;
  if (Array.isArray(attrs.interests) && attrs.interests.length === 0) delete attrs.interests;
  return attrs;
}

function clientRow(i: number, rand: RandomFn, refs: SeedRefs, now: number) {
  const country: CountryData = pick(rand, COUNTRIES);
  const city = pick(rand, country.cities);
  const legal = rand() < 0.85;
  const last = pick(rand, country.lastNames);
  const name = legal
    ? `${pick(rand, country.firmWords)} ${last} ${pick(rand, country.legalForms)}`
    : `${pick(rand, country.firstNames)} ${last}`;
  const taxId =
    country.code === 'HR' ? generateOib(rand) : country.code === 'PL' ? generateNip(rand) : generateIco(rand);
  const employees = legal ? Math.max(1, Math.round(Math.exp(rand() * 6.5))) : 1;
  const domain = `${slug(name).slice(0, 18) || 'firma'}${i}.${country.code.toLowerCase()}`;
  return {
    id: uuid(rand),
    kind: legal ? 'LEGAL' : 'NATURAL',
    name,
    street: `${pick(rand, country.streets)} ${1 + Math.floor(rand() * 120)}`,
    postal: city.postal,
    city: city.name,
    country: country.code,
    taxId,
    registrationNo: country.code === 'PL' && legal ? generateRegon9(rand) : null,
    email: `info@${domain}`,
    phone: `+${country.code === 'HR' ? '385' : country.code === 'PL' ? '48' : '420'} ${100 + Math.floor(rand() * 899)} ${1000 + Math.floor(rand() * 8999)}`,
    statusId: pick(rand, refs.status),
    segmentId: pick(rand, refs.segment),
    industryId: pick(rand, refs.industry),
    leadSourceId: rand() < 0.8 ? pick(rand, refs.lead) : null,
    managerId: rand() < 0.9 ? pick(rand, refs.managers) : null,
    attributes: JSON.stringify(attributesFor(rand, employees)),
    createdAt: new Date(now - Math.floor(rand() * 3 * 365 * DAY)).toISOString(),
    personId: null as string | null,
    countryIndex: COUNTRY_INDEX[country.code]!,
    country_data: country,
    legal,
  };
}

type ClientSeed = ReturnType<typeof clientRow>;
type PersonSeed = {
  id: string;
  client: string;
  first: string;
  last: string;
  email: string;
  role: string;
  consent: boolean;
};

/** 1–5 contact persons per firm (few have many); the first one, the owner, becomes the client's primary person. */
function personRows(rows: ClientSeed[], rand: RandomFn): PersonSeed[] {
  const persons: PersonSeed[] = [];
  const roles = ['Owner', 'Director', 'Purchasing', 'Accounting', 'Sales'];
  for (const c of rows) {
    if (!c.legal) continue;
    const n = 1 + Math.floor(rand() * rand() * 5);
    for (let k = 0; k < n; k++) {
      const first = pick(rand, c.country_data.firstNames);
      const last = pick(rand, c.country_data.lastNames);
      const domain = c.email.split('@')[1];
      const id = uuid(rand);
      if (k === 0) c.personId = id;
      persons.push({
        id,
        client: c.id,
        first,
        last,
        email: `${slug(first)}.${slug(last)}${k}@${domain}`,
        role: roles[k % roles.length]!,
        consent: rand() < 0.6,
      });
    }
  }
  return persons;
}

async function insertPersons(run: SqlRunner, persons: PersonSeed[]): Promise<void> {
  if (!persons.length) return;
  const col = <K extends keyof PersonSeed>(k: K) => persons.map((p) => p[k]);
  await run.exec(sql`
    INSERT INTO persons (id, first_name, last_name, emails, marketing_consent, consent_at, updated_at)
    SELECT id, first, last, ARRAY[email], consent, CASE WHEN consent THEN now() END, now()
    FROM unnest(${col('id')}::uuid[], ${col('first')}::text[], ${col('last')}::text[], ${col('email')}::text[], ${col('consent')}::boolean[])
      AS t(id, first, last, email, consent)`);
}

async function linkPersons(run: SqlRunner, persons: PersonSeed[]): Promise<void> {
  if (!persons.length) return;
  const col = <K extends keyof PersonSeed>(k: K) => persons.map((p) => p[k]);
  await run.exec(sql`
    INSERT INTO client_persons (client_id, person_id, role, is_primary)
    SELECT client, id, role, role = 'Owner' FROM unnest(${col('client')}::uuid[], ${col('id')}::uuid[], ${col('role')}::text[]) AS t(client, id, role)`);
}

export type SeedCounts = {
  clients: number;
  persons: number;
  activities: number;
  participants: number;
  opportunities: number;
};

export type SeedOptions = {
  seed?: number;
  /** Generate each client's activity history (default true). */
  activities?: boolean;
  /** The day the data is generated around (default today, UTC): the same seed and day give the same data. */
  anchor?: Date;
  /** Clients already in the database: a second run continues the sequence instead of repeating the first. */
  startIndex?: number;
  onProgress?: (done: SeedCounts) => void;
};

/** UTC midnight of the given moment. */
export const utcDay = (d: Date) => new Date(Date.UTC(d.getUTCFullYear(), d.getUTCMonth(), d.getUTCDate()));

/**
 * Adds `count` clients with persons and activity history through `run`, a batch per statement group; the next batch
 * is generated while the database works on the previous one. `ensureDemoAttributes` must have run.
 */
export async function seedBatches(run: SqlRunner, count: number, options: SeedOptions = {}): Promise<SeedCounts> {
  const refs = await loadRefs(run);
  const seed = options.seed ?? 2026;
  const start = options.startIndex ?? 0;
  const rand = mulberry32(seed + start * 7919);
  const anchor = utcDay(options.anchor ?? new Date());
  const totals: SeedCounts = { clients: 0, persons: 0, activities: 0, participants: 0, opportunities: 0 };
  const opportunityRefs = await loadOpportunityRefs(run, refs.managers);
  if (opportunityRefs) await run.exec(demoRatesStatement(anchor));
  let pending: Promise<void> = Promise.resolve();
  for (let done = 0; done < count; done += BATCH) {
    const rows = Array.from({ length: Math.min(BATCH, count - done) }, (_, k) =>
      clientRow(start + done + k, rand, refs, anchor.getTime()),
    );
    const persons = personRows(rows, rand);
    const ctx = { seed, anchor, offset: start + done, activities: options.activities ?? true };
    await pending;
    pending = (async () => {
      await insertPersons(run, persons);
      const [inserted] = await run.rows<Omit<SeedCounts, 'persons'>>(clientBatchStatement(rows, refs.activity, ctx));
      await linkPersons(run, persons);
      if (opportunityRefs) {
        const ids = rows.map((r) => r.id);
        const [o] = await run.rows<{ opportunities: number }>(opportunityBatchStatement(ids, opportunityRefs, anchor));
        totals.opportunities += Number(o!.opportunities);
      }
      totals.clients += Number(inserted!.clients);
      totals.activities += Number(inserted!.activities);
      totals.participants += Number(inserted!.participants);
      totals.persons += persons.length;
      options.onProgress?.({ ...totals });
    })();
  }
  await pending;
  return totals;
}

/** Adds `count` clients (with persons and activity history) to the database, reproducibly for a given seed. */
export async function seedClients(db: Db, count: number, options: SeedOptions = {}): Promise<SeedCounts> {
  await ensureDemoAttributes(db);
  const run = prismaRunner(db);
  const totals = await seedBatches(run, count, options);
  await run.exec(
    sql`ANALYZE clients, persons, client_persons, activities, activity_participants, opportunities, opportunity_stage_changes`,
  );
  return totals;
}
