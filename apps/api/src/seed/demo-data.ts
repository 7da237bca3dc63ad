// Reproducible demo / benchmark clients and persons (fixed seed), inserted set-based in batches with unnest().
import { generateIco, generateNip, generateOib, generateRegon9, mulberry32, type RandomFn } from '@veza/shared';
import type { Db } from '../db/prisma.ts';
import { ensureAttributeIndexes } from '../modules/attributes/attributes.service.ts';
import { DEMO_ATTRIBUTES } from './demo-attributes.ts';
import { COUNTRIES, type CountryData } from './names.ts';

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

type Refs = { status: string[]; segment: string[]; industry: string[]; lead: string[]; managers: string[] };

async function loadRefs(db: Db): Promise<Refs> {
  const values = await db.dictionaryValue.findMany({ select: { id: true, kind: true } });
  const of = (kind: string) => values.filter((v) => v.kind === kind).map((v) => v.id);
  const managers = await db.user.findMany({ where: { active: true }, select: { id: true } });
  return {
    status: of('CLIENT_STATUS'),
    segment: of('CLIENT_SEGMENT'),
    industry: of('INDUSTRY'),
    lead: of('LEAD_SOURCE'),
    managers: managers.map((m) => m.id),
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

function clientRow(i: number, rand: RandomFn, refs: Refs, now: number) {
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
    country_data: country,
    legal,
  };
}

type ClientSeed = ReturnType<typeof clientRow>;

async function insertClients(db: Db, rows: ClientSeed[]): Promise<void> {
  const col = <K extends keyof ClientSeed>(k: K) => rows.map((r) => r[k]);
  await db.$executeRaw`
    INSERT INTO clients (id, kind, roles, name, street, postal_code, city, country, tax_id, registration_no, emails, phones,
      status_id, segment_id, industry_id, lead_source_id, account_manager_id, attributes, created_at, updated_at)
    SELECT id, kind::"ClientKind", ARRAY['CUSTOMER']::"ClientRole"[], name, street, postal, city, country, tax_id, reg,
      ARRAY[email], ARRAY[phone], status_id, segment_id, industry_id, lead_id, manager_id, attributes::jsonb, created_at, created_at
    FROM unnest(${col('id')}::uuid[], ${col('kind')}::text[], ${col('name')}::text[], ${col('street')}::text[],
      ${col('postal')}::text[], ${col('city')}::text[], ${col('country')}::text[], ${col('taxId')}::text[],
      ${col('registrationNo')}::text[], ${col('email')}::text[], ${col('phone')}::text[], ${col('statusId')}::uuid[],
      ${col('segmentId')}::uuid[], ${col('industryId')}::uuid[], ${col('leadSourceId')}::uuid[], ${col('managerId')}::uuid[],
      ${col('attributes')}::text[], ${col('createdAt')}::timestamptz[])
      AS t(id, kind, name, street, postal, city, country, tax_id, reg, email, phone, status_id, segment_id, industry_id,
           lead_id, manager_id, attributes, created_at)`;
}

async function insertPersons(db: Db, rows: ClientSeed[], rand: RandomFn): Promise<number> {
  const persons: {
    id: string;
    client: string;
    first: string;
    last: string;
    email: string;
    role: string;
    consent: boolean;
  }[] = [];
  const roles = ['Owner', 'Director', 'Purchasing', 'Accounting', 'Sales'];
  for (const c of rows) {
    if (!c.legal) continue;
    const n = 1 + Math.floor(rand() * rand() * 5);
    for (let k = 0; k < n; k++) {
      const first = pick(rand, c.country_data.firstNames);
      const last = pick(rand, c.country_data.lastNames);
      const domain = c.email.split('@')[1];
      persons.push({
        id: uuid(rand),
        client: c.id,
        first,
        last,
        email: `${slug(first)}.${slug(last)}${k}@${domain}`,
        role: roles[k % roles.length]!,
        consent: rand() < 0.6,
      });
    }
  }
  if (!persons.length) return 0;
  const col = <K extends keyof (typeof persons)[number]>(k: K) => persons.map((p) => p[k]);
  await db.$executeRaw`
    INSERT INTO persons (id, first_name, last_name, emails, marketing_consent, consent_at, updated_at)
    SELECT id, first, last, ARRAY[email], consent, CASE WHEN consent THEN now() END, now()
    FROM unnest(${col('id')}::uuid[], ${col('first')}::text[], ${col('last')}::text[], ${col('email')}::text[], ${col('consent')}::boolean[])
      AS t(id, first, last, email, consent)`;
  await db.$executeRaw`
    INSERT INTO client_persons (client_id, person_id, role, is_primary)
    SELECT client, id, role, role = 'Owner' FROM unnest(${col('client')}::uuid[], ${col('id')}::uuid[], ${col('role')}::text[]) AS t(client, id, role)`;
  return persons.length;
}

/** Adds `count` clients (with persons) to the database, reproducibly for a given seed; reports progress per batch. */
export async function seedClients(
  db: Db,
  count: number,
  options: { seed?: number; onProgress?: (done: number) => void } = {},
) {
  await ensureDemoAttributes(db);
  const refs = await loadRefs(db);
  const rand = mulberry32(options.seed ?? 2026);
  const now = Date.now();
  let persons = 0;
  for (let done = 0; done < count; done += BATCH) {
    const rows = Array.from({ length: Math.min(BATCH, count - done) }, (_, k) => clientRow(done + k, rand, refs, now));
    await insertClients(db, rows);
    persons += await insertPersons(db, rows, rand);
    options.onProgress?.(Math.min(done + BATCH, count));
  }
  await db.$executeRaw`ANALYZE clients`;
  return { clients: count, persons };
}
