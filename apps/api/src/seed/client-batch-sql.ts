// One statement per batch: the batch's clients, their generated activity history (and meeting participants), and
// each client's last_contact_at computed from those activities — set-based, so nothing is updated afterwards.
//
// Randomness comes from hashing (seed, client id, activity number) with hashint8extended, not from random(): the data
// depends only on the seed and the client ids, never on row order, batch size or parallel plans.
import { Prisma } from '../db/prisma.ts';
import { ACTIVITY_NOTES, ACTIVITY_SUBJECTS } from './activity-texts.ts';

const { sql, raw } = Prisma;

/** Activity count per client: Lomax (Pareto II) with this shape and scale, capped — a few clients get very many. */
export const ACTIVITY_COUNT = { alpha: 1.5, scale: 5.8, cap: 2000 } as const;
/** History reaches this many days back and PLANNED activities this many days ahead of the anchor day. */
export const HISTORY_DAYS = 1095;
export const AHEAD_DAYS = 28;
/** Past activities left PLANNED (overdue) only within this many days: older ones are done or cancelled. */
export const OVERDUE_DAYS = 30;

export type ActivityRefs = {
  /** call, email, meeting, task, letter */
  types: string[];
  /** sales, support, administration, marketing */
  categories: string[];
  /** phone, email, in_person, video_call, letter */
  channels: string[];
  /** further_talks, offer_requested, contract_closed, not_interested, no_answer, call_back_later */
  results: string[];
  /** Users who own activities (agents). */
  owners: string[];
};

export type ClientBatchRow = {
  id: string;
  kind: string;
  name: string;
  street: string;
  postal: string;
  city: string;
  country: string;
  taxId: string;
  registrationNo: string | null;
  email: string;
  phone: string;
  statusId: string | null;
  segmentId: string | null;
  industryId: string | null;
  leadSourceId: string | null;
  managerId: string | null;
  attributes: string;
  createdAt: string;
  /** The client's primary contact person (already inserted), or null. */
  personId: string | null;
  /** 0 HR, 1 PL, 2 CZ: language of the activity subjects. */
  countryIndex: number;
};

export type BatchContext = {
  seed: number;
  /** UTC midnight the history is generated around (activities before it are past). */
  anchor: Date;
  /** Clients inserted before this batch in this run: keeps activity ids increasing from batch to batch. */
  offset: number;
  activities: boolean;
};

const int = (n: number) => {
  if (!Number.isSafeInteger(n)) throw new Error(`expected an integer, got ${n}`);
  return String(n);
};

/** A uniform number in [0, 1) from 16 bits (field 0–3) of a 64-bit hash column. */
const u = (h: string, field: number) => `(((${h} >> ${16 * field}) & 65535)::float8 / 65536)`;

/**
 * A version-7 layout UUID whose time field is `ts` (ms) and whose other 74 bits come from hash column h6: built as
 * two big-endian 64-bit words (int8send is far cheaper than formatting hex digit groups).
 */
const uuidFrom = (ts: string) =>
  `encode(int8send(((${ts}) << 16) | 28672 | (h6 & 4095))
    || int8send(((h6 >> 2) & 4611686018427387903) | (-9223372036854775807 - 1)), 'hex')::uuid`;

/** Monday = 0 … Sunday = 6 of the first history day. */
function firstWeekday(anchor: Date): number {
  const mondayBased = (anchor.getUTCDay() + 6) % 7;
  return (((mondayBased - HISTORY_DAYS) % 7) + 7) % 7;
}

/** `h`: per activity, six hashes and the integers derived from them (day, type, duration, times, status, owners). */
function hashedActivities(ctx: BatchContext): string {
  const s = ctx.seed * 64;
  const days = HISTORY_DAYS + AHEAD_DAYS;
  const { alpha, scale, cap } = ACTIVITY_COUNT;
  const count = `LEAST(${cap}, floor(${scale} * (power(1 - ((hashint8extended(s.hc, ${int(s)}) & 2147483647)::float8 / 2147483648), ${-1 / alpha}) - 1)))::int`;
  const x = 's.hc + g.k * 1000003';
  const now = int(ctx.anchor.getTime() / 1000);
  // Day number 0 … days-1 moved off weekends (Saturday to Friday, Sunday to Monday), its type and its time slot.
  const dn = `floor(${u('h1', 0)} * ${days})::int`;
  const day = `(${dn} + CASE (${firstWeekday(ctx.anchor)} + ${dn}) % 7 WHEN 5 THEN -1 WHEN 6 THEN 1 ELSE 0 END)`;
  const typ = `CASE WHEN ${u('h1', 1)} < 0.40 THEN 1 WHEN ${u('h1', 1)} < 0.58 THEN 2 WHEN ${u('h1', 1)} < 0.75 THEN 3
    WHEN ${u('h1', 1)} < 0.95 THEN 4 ELSE 5 END`;
  const dur = `CASE y.typ WHEN 1 THEN 5 + floor(${u('h1', 2)} * 6)::int * 5
    WHEN 3 THEN 30 + floor(${u('h1', 2)} * 7)::int * 15 ELSE 10 END`;
  const dayStart = `(${now}::bigint + (y.day - ${HISTORY_DAYS}) * 86400)`;
  return `h AS MATERIALIZED (
    SELECT s.id AS client_id, s.person_id, s.ci, s.ord + ${int(ctx.offset)} AS gord, g.k, x.h2, x.h3, x.h4, x.h5, x.h6,
      y.typ, z.dur,
      CASE WHEN y.typ <> 4 THEN ${dayStart} + 25200 + floor(${u('h1', 3)} * 36)::int * 900 END AS start_s,
      CASE WHEN y.typ = 4 THEN ${dayStart} + 54000 END AS due_s,
      CASE WHEN y.day >= ${HISTORY_DAYS} THEN 0
        WHEN y.day >= ${HISTORY_DAYS - OVERDUE_DAYS} AND ${u('h2', 0)} >= 0.88 THEN 0
        WHEN ${u('h2', 0)} < 0.95 THEN 1 ELSE 2 END AS st,
      CASE WHEN s.manager_id IS NOT NULL AND ${u('h4', 1)} < 0.8 THEN s.manager_id
        ELSE refs.own[1 + floor(${u('h4', 2)} * cardinality(refs.own))::int] END AS owner_id,
      CASE WHEN y.typ = 3 AND ${u('h5', 2)} < 0.1
        THEN refs.own[1 + floor(${u('h5', 3)} * cardinality(refs.own))::int] END AS co_owner
    FROM src s CROSS JOIN refs CROSS JOIN LATERAL generate_series(1, ${ctx.activities ? count : '0'}) AS g(k)
    CROSS JOIN LATERAL (SELECT hashint8extended(${x}, ${int(s + 1)}) AS h1, hashint8extended(${x}, ${int(s + 2)}) AS h2,
      hashint8extended(${x}, ${int(s + 3)}) AS h3, hashint8extended(${x}, ${int(s + 4)}) AS h4,
      hashint8extended(${x}, ${int(s + 5)}) AS h5, hashint8extended(${x}, ${int(s + 6)}) AS h6 OFFSET 0) x
    CROSS JOIN LATERAL (SELECT ${typ} AS typ, ${day} AS day) y
    CROSS JOIN LATERAL (SELECT ${dur} AS dur) z)`;
}

/** `acts`: the activity rows' columns derived from the hashes in `h`. */
function activityColumns(ctx: BatchContext): string {
  const now = int(ctx.anchor.getTime() / 1000);
  return `acts AS MATERIALIZED (
    SELECT h.client_id, h.typ, h.owner_id, h.co_owner, h.gord, h.k, h.h6,
      ${uuidFrom(`${int(ctx.anchor.getTime())} + h.gord * 4096 + h.k`)} AS id,
      CASE h.st WHEN 0 THEN 'PLANNED' WHEN 1 THEN 'DONE' ELSE 'CANCELLED' END AS status,
      to_timestamp(h.start_s) AS starts_at, to_timestamp(h.start_s + h.dur * 60) AS ends_at,
      to_timestamp(h.due_s) AS due_at,
      refs.ty[h.typ] AS type_id,
      refs.cat[CASE WHEN ${u('h4', 0)} < 0.6 THEN 1 WHEN ${u('h4', 0)} < 0.85 THEN 2 WHEN ${u('h4', 0)} < 0.95 THEN 3
        ELSE 4 END] AS category_id,
      CASE h.typ WHEN 1 THEN refs.ch[1] WHEN 2 THEN refs.ch[2] WHEN 5 THEN refs.ch[5]
        WHEN 3 THEN refs.ch[CASE WHEN ${u('h2', 1)} < 0.7 THEN 3 ELSE 4 END] END AS channel_id,
      CASE WHEN h.st = 1 AND (h.typ IN (1, 3) OR ${u('h2', 2)} < 0.3) THEN refs.res[CASE
        WHEN ${u('h2', 3)} < 0.30 THEN 1 WHEN ${u('h2', 3)} < 0.45 THEN 2 WHEN ${u('h2', 3)} < 0.53 THEN 3
        WHEN ${u('h2', 3)} < 0.65 THEN 4 WHEN ${u('h2', 3)} < 0.85 THEN 5 ELSE 6 END] END AS result_id,
      CASE WHEN ${u('h3', 0)} < 0.75 THEN h.person_id END AS contact_person_id,
      subj.text AS subject,
      CASE WHEN h.st = 1 AND ${u('h3', 2)} < 0.25 THEN notes.text END AS note,
      CASE WHEN ${u('h4', 0)} < 0.1 THEN 'LOW' WHEN ${u('h4', 0)} < 0.85 THEN 'NORMAL' ELSE 'HIGH' END AS priority,
      CASE WHEN h.st = 1 THEN 100 ELSE 0 END AS percent_complete,
      CASE WHEN h.st = 1 THEN CASE h.typ WHEN 4 THEN 15 + floor(${u('h4', 3)} * 8)::int * 15
        ELSE h.dur + floor(${u('h4', 3)} * 10)::int END END AS work_minutes,
      CASE WHEN h.st = 1 AND h.typ = 3 AND ${u('h2', 1)} < 0.7
        THEN round((${u('h4', 3)} * 80)::numeric, 1)::float8 END AS distance_km,
      to_timestamp(CASE h.st
        WHEN 1 THEN LEAST(COALESCE(h.start_s + h.dur * 60, h.due_s) + floor(${u('h5', 0)} * 180)::int * 60, ${now})
        WHEN 2 THEN COALESCE(h.start_s, h.due_s) - (1 + floor(${u('h5', 0)} * 72)::int) * 3600 END) AS closed_at,
      to_timestamp(LEAST(COALESCE(h.start_s, h.due_s), ${now}) - (1 + floor(${u('h5', 1)} * 336)::int) * 3600)
        AS created_at
    FROM h CROSS JOIN refs
    JOIN unnest(refs.subj) WITH ORDINALITY AS subj(text, i)
      ON subj.i = 1 + h.ci * 15 + (h.typ - 1) * 3 + floor(${u('h3', 1)} * 3)::int
    JOIN unnest(refs.notes) WITH ORDINALITY AS notes(text, i) ON notes.i = 1 + h.ci * 3 + floor(${u('h3', 3)} * 3)::int)`;
}

/**
 * Every generated activity (number k of client s): six 64-bit hashes, computed once (the OFFSET 0 subquery is not
 * flattened), then everything derived from them as integers — codes and epoch seconds — so the expensive work
 * (timestamps, texts, UUIDs) happens once per column in `acts`.
 */
function generatedActivities(ctx: BatchContext): Prisma.Sql {
  return raw(`${hashedActivities(ctx)},
  ${activityColumns(ctx)}`);
}

export function clientBatchStatement(rows: ClientBatchRow[], refs: ActivityRefs, ctx: BatchContext): Prisma.Sql {
  const col = <K extends keyof ClientBatchRow>(k: K) => rows.map((r) => r[k]);
  return sql`WITH refs AS MATERIALIZED (
    SELECT ${refs.types}::uuid[] AS ty, ${refs.categories}::uuid[] AS cat, ${refs.channels}::uuid[] AS ch,
      ${refs.results}::uuid[] AS res, ${refs.owners}::uuid[] AS own, ${ACTIVITY_SUBJECTS.flat(2)}::text[] AS subj,
      ${ACTIVITY_NOTES.flat()}::text[] AS notes, ${ctx.anchor.toISOString()}::timestamptz AS now0),
  src AS MATERIALIZED (
    SELECT t.*, hashtextextended(t.id::text, ${ctx.seed}::bigint) AS hc
    FROM unnest(${col('id')}::uuid[], ${col('kind')}::text[], ${col('name')}::text[], ${col('street')}::text[],
      ${col('postal')}::text[], ${col('city')}::text[], ${col('country')}::text[], ${col('taxId')}::text[],
      ${col('registrationNo')}::text[], ${col('email')}::text[], ${col('phone')}::text[], ${col('statusId')}::uuid[],
      ${col('segmentId')}::uuid[], ${col('industryId')}::uuid[], ${col('leadSourceId')}::uuid[],
      ${col('managerId')}::uuid[], ${col('attributes')}::text[], ${col('createdAt')}::timestamptz[],
      ${col('personId')}::uuid[], ${col('countryIndex')}::int[])
      WITH ORDINALITY AS t(id, kind, name, street, postal, city, country, tax_id, reg, email, phone, status_id,
        segment_id, industry_id, lead_id, manager_id, attributes, created_at, person_id, ci, ord)),
  ${generatedActivities(ctx)},
  ins_c AS (
    INSERT INTO clients (id, kind, roles, name, street, postal_code, city, country, tax_id, registration_no, emails,
      phones, status_id, segment_id, industry_id, lead_source_id, account_manager_id, attributes, last_contact_at,
      created_at, updated_at)
    SELECT s.id, s.kind::"ClientKind", ARRAY['CUSTOMER']::"ClientRole"[], s.name, s.street, s.postal, s.city, s.country,
      s.tax_id, s.reg, ARRAY[s.email], ARRAY[s.phone], s.status_id, s.segment_id, s.industry_id, s.lead_id,
      s.manager_id, s.attributes::jsonb, lc.last_contact, LEAST(s.created_at, lc.first_created),
      LEAST(s.created_at, lc.first_created)
    FROM src s LEFT JOIN (
      SELECT client_id, max(LEAST(starts_at, closed_at)) FILTER (WHERE status = 'DONE') AS last_contact,
        min(created_at) AS first_created
      FROM acts GROUP BY client_id) lc ON lc.client_id = s.id
    RETURNING 1),
  ins_a AS (
    INSERT INTO activities (id, type_id, category_id, channel_id, result_id, client_id, contact_person_id, subject, note,
      starts_at, ends_at, all_day, due_at, status, priority, percent_complete, owner_id, created_by_id, updated_by_id,
      work_minutes, distance_km, closed_at, created_at, updated_at)
    SELECT id, type_id, category_id, channel_id, result_id, client_id, contact_person_id, subject, note, starts_at,
      ends_at, false, due_at, status::"ActivityStatus", priority::"ActivityPriority", percent_complete, owner_id,
      owner_id, owner_id, work_minutes, distance_km, closed_at, created_at, COALESCE(closed_at, created_at)
    FROM acts
    RETURNING 1),
  ins_p AS (
    -- The span columns are given here: the trigger that fills them cannot see this statement's activities.
    INSERT INTO activity_participants (id, activity_id, user_id, person_id, starts_at, ends_at)
    SELECT ${raw(uuidFrom(`${int(ctx.anchor.getTime() + 2 ** 40)} + gord * 4096 + k`))}, id, NULL, contact_person_id,
      COALESCE(starts_at, due_at), COALESCE(ends_at, starts_at, due_at)
    FROM acts WHERE typ = 3 AND contact_person_id IS NOT NULL
    UNION ALL
    SELECT ${raw(uuidFrom(`${int(ctx.anchor.getTime() + 2 ** 41)} + gord * 4096 + k`))}, id, co_owner, NULL,
      COALESCE(starts_at, due_at), COALESCE(ends_at, starts_at, due_at)
    FROM acts WHERE co_owner IS NOT NULL AND co_owner <> owner_id
    RETURNING 1)
  SELECT (SELECT count(*) FROM ins_c)::int AS clients, (SELECT count(*) FROM ins_a)::int AS activities,
    (SELECT count(*) FROM ins_p)::int AS participants`;
}
