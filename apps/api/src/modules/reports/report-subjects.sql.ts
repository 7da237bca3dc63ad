// Per report subject: its FROM clause (always joined to the subject's client `c`), the agent column, grouping
// expressions, date fields and measure inputs, as SQL text. Only names from the shared catalog reach this map, and
// values (attribute keys, time zone, ids) are always bound parameters.
import type { ReportDimension, ReportSubject } from '@veza/shared';
import { Prisma } from '../../db/prisma.ts';

type Sql = Prisma.Sql;
const { sql, raw } = Prisma;

/** How a group key is shown: a user, a client, a dictionary value, a campaign, the text itself, or a day. */
export type LabelKind = 'USER' | 'CLIENT' | 'DICTIONARY' | 'CAMPAIGN' | 'TEXT' | 'DATE';

export type SubjectSql = {
  from: string;
  /** A FROM clause with parameters, read instead of `from` (the daily totals with their whole months: report-months). */
  fromSql?: Prisma.Sql;
  /**
   * The FROM clause without the client join and the subject's client id column: used when nothing reads the client
   * but its liveness, which is then checked against the (few) deleted clients only (report-query.sql.ts).
   */
  bare?: { from: string; clientId: string };
  live: string;
  agent: string;
  /** The activity type column (activity subjects: type filter and typed hourly rates). */
  type?: string;
  dims: Partial<Record<ReportDimension, { expr: string; label: LabelKind }>>;
  /** Date fields; `day: true` for DATE columns (no time zone conversion). */
  dates: Record<string, { expr: string; day?: boolean }>;
  fields: Record<string, string>;
  /**
   * Fields whose aggregate is divided by this after aggregating: cost sums exact work minutes × rate and divides by 60
   * once, so the daily totals (sum of minutes × rate) give the same cents as the activity rows.
   */
  divisors?: Record<string, number>;
  /**
   * How the status filter is written so the planner's column statistics apply: the enum column and its type, or
   * one predicate over plain columns per status value (a CASE expression made it guess a handful of rows).
   */
  statusFilter?: { column: string; type: string } | { predicates: Record<string, string> };
  /** Per-row lookups a field needs, joined after the filters (LATERAL), so the planner starts from the filtered rows. */
  lookups?: Record<string, string>;
  /**
   * Group keys in their own types (uuid, date, enum), made text after grouping: the daily totals, where turning every
   * row's keys into text was a third of the statement. Dimension expressions are then not cast.
   */
  nativeKeys?: boolean;
};

/** Group keys by a dictionary-valued column, labelled from the dictionary. */
const dictionaryDims = <K extends string>(columns: Record<K, string>) =>
  Object.fromEntries(
    Object.entries(columns).map(([dim, column]) => [dim, { expr: `${column as string}::text`, label: 'DICTIONARY' }]),
  ) as Record<K, { expr: string; label: 'DICTIONARY' }>;

const clientDims = {
  ...dictionaryDims({ INDUSTRY: 'c.industry_id', LEAD_SOURCE: 'c.lead_source_id', SEGMENT: 'c.segment_id' }),
  COUNTRY: { expr: 'c.country::text', label: 'TEXT' },
} as const;

/** An activity result counts as a success when its meta says `positive`, else for the default positive keys. */
export const successOf = (resultId: string) => `(${resultId} IN (SELECT d.id FROM dictionary_values d
  WHERE d.kind = 'ACTIVITY_RESULT'
  AND COALESCE((d.meta ->> 'positive')::boolean, d.key IN ('further_talks', 'offer_requested', 'contract_closed'))))`;
const SUCCESS = successOf('a.result_id');

const OPPORTUNITY_STATUSES = {
  OPEN: 'o.closed_at IS NULL',
  WON: 'o.closed_at IS NOT NULL AND o.lost_reason_id IS NULL',
  LOST: 'o.closed_at IS NOT NULL AND o.lost_reason_id IS NOT NULL',
};
const OPPORTUNITY_STATUS = `CASE WHEN o.closed_at IS NULL THEN 'OPEN' WHEN o.lost_reason_id IS NULL THEN 'WON' ELSE 'LOST' END`;
const IS_WON = `(${OPPORTUNITY_STATUSES.WON})`;
/** Base-currency value: locked at close, else converted at the latest rate (the `xr` join, see rateJoin). */
const VALUE = `COALESCE(o.base_amount, o.amount / NULLIF(CASE WHEN o.currency = bc.code THEN 1 ELSE xr.rate END, 0))`;
const WON_DAYS = (start: string) => `CASE WHEN ${IS_WON} THEN extract(epoch FROM o.closed_at - ${start}) / 86400 END`;
/**
 * The client's first done contact, one lookup per row by `activities_first_contact_idx` (its first entry). As a
 * LATERAL join rather than a subquery in the select list: there its cost was added to every scan of opportunities
 * alike, and within the planner's 1 % fuzz a sequential scan won over the closed_at index.
 */
const FIRST_CONTACT_JOIN = ` LEFT JOIN LATERAL (SELECT min(COALESCE(fa.starts_at, fa.created_at)) AS at FROM activities fa
  WHERE fa.client_id = o.client_id AND fa.status = 'DONE' AND fa.deleted_at IS NULL) fc ON true`;
const FIRST_CONTACT = `LEAST(o.created_at, fc.at)`;

/** An aggregate over a campaign item's done contacts. */
const itemContacts = (aggregate: string) => `(SELECT ${aggregate} FROM activities ca
  WHERE ca.campaign_item_id = i.id AND ca.status = 'DONE' AND ca.deleted_at IS NULL)`;

export const SUBJECTS: Record<ReportSubject, SubjectSql> = {
  ACTIVITIES: {
    from: 'activities a JOIN clients c ON c.id = a.client_id',
    bare: { from: 'activities a', clientId: 'a.client_id' },
    live: 'a.deleted_at IS NULL',
    agent: 'a.owner_id',
    type: 'a.type_id',
    dims: {
      ...clientDims,
      CLIENT: { expr: 'a.client_id::text', label: 'CLIENT' },
      ...dictionaryDims({ TYPE: 'a.type_id', RESULT: 'a.result_id', CHANNEL: 'a.channel_id' }),
      STATUS: { expr: 'a.status::text', label: 'TEXT' },
    },
    dates: {
      STARTS_AT: { expr: 'COALESCE(a.starts_at, a.due_at, a.created_at)' },
      CLOSED_AT: { expr: 'a.closed_at' },
      CREATED_AT: { expr: 'a.created_at' },
    },
    fields: {
      WORK_MINUTES: 'a.work_minutes',
      DISTANCE_KM: 'a.distance_km',
      COST: 'a.work_minutes * COALESCE(rt.rate, ru.rate)',
      SUCCESS: SUCCESS,
    },
    divisors: { COST: 60 },
    statusFilter: { column: 'a.status', type: '"ActivityStatus"' },
  },
  OPPORTUNITIES: {
    from: 'opportunities o JOIN clients c ON c.id = o.client_id',
    bare: { from: 'opportunities o', clientId: 'o.client_id' },
    live: 'o.deleted_at IS NULL',
    agent: 'o.owner_id',
    dims: {
      ...clientDims,
      ...dictionaryDims({ LEAD_SOURCE: 'o.lead_source_id', STAGE: 'o.stage_id', LOST_REASON: 'o.lost_reason_id' }),
      CLIENT: { expr: 'o.client_id::text', label: 'CLIENT' },
      STATUS: { expr: OPPORTUNITY_STATUS, label: 'TEXT' },
      CURRENCY: { expr: 'o.currency::text', label: 'TEXT' },
    },
    dates: {
      CREATED_AT: { expr: 'o.created_at' },
      CLOSED_AT: { expr: 'o.closed_at' },
      EXPECTED_CLOSE_ON: { expr: 'o.expected_close_on', day: true },
    },
    fields: {
      VALUE,
      WON_VALUE: `CASE WHEN ${IS_WON} THEN ${VALUE} END`,
      WEIGHTED_VALUE: `${VALUE} * o.probability / 100`,
      PROBABILITY: 'o.probability',
      DAYS_TO_DEAL: WON_DAYS('o.created_at'),
      DAYS_FROM_FIRST_CONTACT: WON_DAYS(FIRST_CONTACT),
      WON: IS_WON,
    },
    statusFilter: { predicates: OPPORTUNITY_STATUSES },
    lookups: { DAYS_FROM_FIRST_CONTACT: FIRST_CONTACT_JOIN },
  },
  CLIENTS: {
    from: 'clients c',
    live: 'TRUE',
    agent: 'c.account_manager_id',
    dims: {
      ...clientDims,
      CLIENT: { expr: 'c.id::text', label: 'CLIENT' },
      ...dictionaryDims({ STATUS: 'c.status_id' }),
    },
    dates: { CREATED_AT: { expr: 'c.created_at' }, LAST_CONTACT_AT: { expr: 'c.last_contact_at' } },
    fields: {
      DAYS_SINCE_CONTACT: 'extract(epoch FROM now() - c.last_contact_at) / 86400',
      CONTACTED: 'c.last_contact_at IS NOT NULL',
    },
  },
  CAMPAIGN_ITEMS: {
    from: 'campaign_items i JOIN campaigns k ON k.id = i.campaign_id JOIN clients c ON c.id = i.client_id',
    bare: { from: 'campaign_items i JOIN campaigns k ON k.id = i.campaign_id', clientId: 'i.client_id' },
    live: 'TRUE',
    agent: 'k.agent_id',
    dims: {
      ...clientDims,
      CLIENT: { expr: 'i.client_id::text', label: 'CLIENT' },
      CAMPAIGN: { expr: 'i.campaign_id::text', label: 'CAMPAIGN' },
      STATUS: { expr: 'i.state::text', label: 'TEXT' },
      ...dictionaryDims({ OUTCOME: 'i.outcome_id' }),
    },
    dates: { COMPLETED_AT: { expr: 'i.completed_at' }, CREATED_AT: { expr: 'i.created_at' } },
    fields: {
      CONTACTS: itemContacts('count(*)'),
      TALK_MINUTES: itemContacts('COALESCE(sum(ca.work_minutes), 0)'),
      DONE: `i.state = 'DONE'`,
    },
    statusFilter: { column: 'i.state', type: '"CampaignItemState"' },
  },
};

/** A timestamp's (or a date's) day in `timeZone`. */
export function dayOf(subject: SubjectSql, dateField: string, timeZone: string): Sql {
  const d = subject.dates[dateField]!;
  return d.day ? raw(d.expr) : sql`(${raw(d.expr)} AT TIME ZONE ${timeZone})::date`;
}

/**
 * The hourly rates in force on each activity's (or daily total's) day: the owner's rate for the activity's type (`rt`) or else the
 * owner's general rate (`ru`), each a range [valid_from, next valid_from) so one row at most matches.
 */
export function rateJoins(day: Sql, subject: SubjectSql): Sql {
  const [owner, type] = [raw(subject.agent), raw(subject.type!)];
  const join = (alias: string, typed: boolean) => {
    const r = raw(alias);
    return sql` LEFT JOIN (SELECT user_id, activity_type_id, rate, valid_from,
        lead(valid_from, 1, 'infinity'::date) OVER (PARTITION BY user_id, activity_type_id ORDER BY valid_from) AS valid_to
      FROM hourly_rates WHERE activity_type_id IS ${raw(typed ? 'NOT NULL' : 'NULL')}) ${r}
      ON ${r}.user_id = ${owner}${typed ? sql` AND ${r}.activity_type_id = ${type}` : Prisma.empty}
      AND ${day} >= ${r}.valid_from AND ${day} < ${r}.valid_to`;
  };
  return sql`${join('rt', true)}${join('ru', false)}`;
}

/** The base currency (`bc.code`) and the latest exchange rate on or before today per currency (`xr`). */
export const RATE_JOIN = sql` LEFT JOIN (SELECT code FROM currencies WHERE is_base) bc ON true
  LEFT JOIN (SELECT DISTINCT ON (x.currency) x.currency, x.rate FROM exchange_rates x JOIN currencies b
    ON b.is_base AND b.code = x.base_currency WHERE x.rate_date <= current_date
    ORDER BY x.currency, x.rate_date DESC) xr ON xr.currency = o.currency`;
