// Compiles a validated ClientFilter tree into a parameterised SQL predicate over `clients c`.
import {
  ATTRIBUTE_VALUE_TYPE,
  CLIENT_FIELDS,
  PERSON_FIELDS,
  conditionError,
  type ActivityCondition,
  type OpportunityCondition,
  type AttributeCondition,
  type AttributeDef,
  type ClientField,
  type ClientFilter,
  type FieldCondition,
  type PersonField,
  type PersonFilter,
} from '@veza/shared';
import { Prisma } from '../../db/prisma.ts';
import { badInput } from '../../graphql/errors.ts';
import { tryParseId } from '../../graphql/ids.ts';
import { attributeCondition, columnCondition } from './filter.sql.ts';

type Sql = Prisma.Sql;
const { sql, join, raw } = Prisma;

export type FilterEnv = {
  clientAttributes: Map<string, AttributeDef>;
  personAttributes: Map<string, AttributeDef>;
  timeZone: string;
  /** Dictionary value ids by kind and key, for the keys the filter names (see dictionaryKeysOf); unknown keys absent. */
  dictionaryIds: Map<string, Map<string, string>>;
  /** Which activities (alias `a`) the `activity` condition may see: the viewer's ACTIVITIES read scope; null: all. */
  activityScope: Sql | null;
};

/** Client columns by field; dictionary fields compare value keys through the dictionary table. */
const CLIENT_COLUMNS: Record<ClientField, string> = {
  NAME: 'c.name',
  KIND: 'c.kind::text',
  ROLES: 'c.roles::text[]',
  STREET: 'c.street',
  POSTAL_CODE: 'c.postal_code',
  CITY: 'c.city',
  COUNTRY: 'c.country',
  TAX_ID: 'c.tax_id',
  REGISTRATION_NO: 'c.registration_no',
  PHONES: 'c.phones',
  EMAILS: 'c.emails',
  WEBSITE: 'c.website',
  STATUS: 'c.status_id',
  SEGMENT: 'c.segment_id',
  INDUSTRY: 'c.industry_id',
  LEAD_SOURCE: 'c.lead_source_id',
  ACCOUNT_MANAGER: 'c.account_manager_id',
  // Notes are rows of their own now: the text filter reads all of the client's live notes.
  NOTE: `(SELECT string_agg(n.text, E'\\n') FROM notes n WHERE n.owner_type = 'Client' AND n.owner_id = c.id AND n.deleted_at IS NULL)`,
  CREATED_AT: 'c.created_at',
  UPDATED_AT: 'c.updated_at',
  LAST_CONTACT_AT: 'c.last_contact_at',
};

const DICTIONARY_FIELDS: Partial<Record<ClientField, string>> = {
  STATUS: 'CLIENT_STATUS',
  SEGMENT: 'CLIENT_SEGMENT',
  INDUSTRY: 'INDUSTRY',
  LEAD_SOURCE: 'LEAD_SOURCE',
};

/** Every (dictionary kind, key) a filter compares with, so they can be resolved to ids in one query first. */
export function dictionaryKeysOf(filter: ClientFilter, out: { kind: string; key: string }[] = []) {
  for (const f of [...(filter.and ?? []), ...(filter.or ?? []), ...(filter.not ? [filter.not] : [])])
    dictionaryKeysOf(f, out);
  const cond = filter.field;
  const kind = cond && DICTIONARY_FIELDS[cond.field];
  if (kind && cond.op !== 'IS_EMPTY' && cond.op !== 'IS_NOT_EMPTY' && cond.value != null) {
    for (const key of Array.isArray(cond.value) ? (cond.value as string[]) : [cond.value as string])
      out.push({ kind, key });
  }
  return out;
}

const PERSON_COLUMNS: Record<PersonField, string> = {
  FIRST_NAME: 'p.first_name',
  LAST_NAME: 'p.last_name',
  TITLE: 'p.title',
  JOB_TITLE: 'p.job_title',
  PHONES: 'p.phones',
  EMAILS: 'p.emails',
  BIRTHDAY: 'p.birthday',
  MARKETING_CONSENT: 'p.marketing_consent',
  ROLE: 'cp.role',
};

export function compileClientFilter(filter: ClientFilter, env: FilterEnv, path = 'filter'): Sql {
  if (filter.and)
    return group(
      filter.and.map((f, i) => compileClientFilter(f, env, `${path}.and.${i}`)),
      'AND',
    );
  if (filter.or)
    return group(
      filter.or.map((f, i) => compileClientFilter(f, env, `${path}.or.${i}`)),
      'OR',
    );
  // SQL's NULL would make NOT (territory = 'north') drop clients without a territory; users expect them included.
  if (filter.not) return sql`NOT COALESCE((${compileClientFilter(filter.not, env, `${path}.not`)}), false)`;
  if (filter.search != null) return searchCondition(filter.search);
  if (filter.field) return clientField(filter.field, env, `${path}.field`);
  if (filter.attribute) return attribute(sql`c`, filter.attribute, env.clientAttributes, `${path}.attribute`);
  if (filter.person) {
    const inner = compilePersonFilter(filter.person, env, `${path}.person`);
    return sql`EXISTS (SELECT 1 FROM client_persons cp JOIN persons p ON p.id = cp.person_id
      WHERE cp.client_id = c.id AND p.deleted_at IS NULL AND ${inner})`;
  }
  if (filter.notContactedInDays != null) {
    return sql`(c.last_contact_at IS NULL OR c.last_contact_at < now() - make_interval(days => ${filter.notContactedInDays}::int))`;
  }
  if (filter.activity) return activityCondition(filter.activity, env.activityScope);
  if (filter.opportunity) return opportunityCondition(filter.opportunity);
  throw badInput(path, 'validation.filter.oneKey');
}

/**
 * Has / has no done, live activity (of the given types) whose contact time falls in [from, to). The contact time is
 * the one clients.last_contact_at is built from: the start, or the close if that was earlier.
 */
function activityCondition(cond: ActivityCondition, activityScope: Sql | null): Sql {
  const parts = [sql`a.client_id = c.id`, sql`a.status = 'DONE'`, sql`a.deleted_at IS NULL`];
  // Only activities the caller could read: otherwise the filter answers questions about colleagues' private ones.
  if (activityScope) parts.push(activityScope);
  if (cond.typeKeys?.length)
    parts.push(sql`a.type_id IN (SELECT d.id FROM dictionary_values d
      WHERE d.kind = 'ACTIVITY_TYPE' AND d.key = ANY(${cond.typeKeys}::text[]))`);
  if (cond.from) parts.push(sql`LEAST(a.starts_at, a.closed_at) >= ${cond.from}::timestamptz`);
  if (cond.to) parts.push(sql`LEAST(a.starts_at, a.closed_at) < ${cond.to}::timestamptz`);
  const exists = sql`EXISTS (SELECT 1 FROM activities a WHERE ${join(parts, ' AND ')})`;
  return cond.has ? exists : sql`NOT ${exists}`;
}

/** Has / has no live opportunity in the status (default OPEN) and, when given, in one of the stages by key. */
function opportunityCondition(cond: OpportunityCondition): Sql {
  const status = cond.status ?? 'OPEN';
  const parts = [
    sql`o.client_id = c.id`,
    sql`o.deleted_at IS NULL`,
    status === 'OPEN'
      ? sql`o.closed_at IS NULL`
      : sql`o.closed_at IS NOT NULL AND o.lost_reason_id IS ${status === 'LOST' ? sql`NOT NULL` : sql`NULL`}`,
  ];
  if (cond.stageKeys?.length)
    parts.push(sql`o.stage_id IN (SELECT d.id FROM dictionary_values d
      WHERE d.kind = 'OPPORTUNITY_STAGE' AND d.key = ANY(${cond.stageKeys}::text[]))`);
  const exists = sql`EXISTS (SELECT 1 FROM opportunities o WHERE ${join(parts, ' AND ')})`;
  return cond.has ? exists : sql`NOT ${exists}`;
}

function group(parts: Sql[], op: 'AND' | 'OR'): Sql {
  return sql`(${join(parts, ` ${op} `)})`;
}

/** Name contains the text, or an identifier or e-mail equals it (each branch has its own index). */
function searchCondition(text: string): Sql {
  const q = text.trim();
  const digits = q.replace(/[\s\-./]/g, '').toUpperCase();
  return sql`(c.name ILIKE ${`%${q.replace(/[\\%_]/g, (ch) => `\\${ch}`)}%`}
    OR c.tax_id = ${digits} OR c.registration_no = ${digits} OR c.emails @> ARRAY[${q.toLowerCase()}])`;
}

function clientField(cond: FieldCondition<ClientField>, env: FilterEnv, path: string): Sql {
  const col = raw(CLIENT_COLUMNS[cond.field]);
  const dictionary = DICTIONARY_FIELDS[cond.field];
  if (dictionary) return dictionaryCondition(col, dictionary, cond, env);
  if (cond.field === 'ACCOUNT_MANAGER') return userCondition(col, cond, path);
  if (cond.field === 'ROLES') {
    if (cond.op === 'IS_EMPTY') return sql`cardinality(c.roles) = 0`;
    if (cond.op === 'IS_NOT_EMPTY') return sql`cardinality(c.roles) > 0`;
    const op = cond.op === 'HAS_ALL' ? raw('@>') : raw('&&');
    return sql`${col} ${op} ${cond.value as string[]}::text[]`;
  }
  return columnCondition(col, CLIENT_FIELDS[cond.field], cond.op, cond.value, env.timeZone);
}

/**
 * Compares with ids resolved beforehand (env.dictionaryIds), as literals the planner can see: a subquery over
 * dictionary_values would hide which value is meant. Unknown keys match nothing, as the subquery did.
 */
function dictionaryCondition(col: Sql, kind: string, cond: FieldCondition<ClientField>, env: FilterEnv): Sql {
  if (cond.op === 'IS_EMPTY') return sql`${col} IS NULL`;
  if (cond.op === 'IS_NOT_EMPTY') return sql`${col} IS NOT NULL`;
  const keys = Array.isArray(cond.value) ? (cond.value as string[]) : [cond.value as string];
  const known = env.dictionaryIds.get(kind);
  const ids = [...new Set(keys.flatMap((k) => known?.get(k) ?? []))];
  const positive = cond.op === 'EQ' || cond.op === 'IN';
  if (!ids.length) return positive ? sql`FALSE` : sql`TRUE`;
  const match = ids.length === 1 ? sql`${col} = ${ids[0]}::uuid` : sql`${col} = ANY(${ids}::uuid[])`;
  return positive ? match : sql`(${col} IS NULL OR NOT ${match})`;
}

function userCondition(col: Sql, cond: FieldCondition<ClientField>, path: string): Sql {
  if (cond.op === 'IS_EMPTY') return sql`${col} IS NULL`;
  if (cond.op === 'IS_NOT_EMPTY') return sql`${col} IS NOT NULL`;
  const given = Array.isArray(cond.value) ? (cond.value as string[]) : [cond.value as string];
  const ids = given.map((g, i) => {
    const id = tryParseId(g, 'User');
    if (!id) throw badInput(`${path}.value${Array.isArray(cond.value) ? `.${i}` : ''}`, 'validation.id');
    return id;
  });
  const positive = cond.op === 'EQ' || cond.op === 'IN';
  return positive ? sql`${col} = ANY(${ids}::uuid[])` : sql`(${col} IS NULL OR NOT ${col} = ANY(${ids}::uuid[]))`;
}

function attribute(table: Sql, cond: AttributeCondition, defs: Map<string, AttributeDef>, path: string): Sql {
  const def = defs.get(cond.key);
  if (!def) throw badInput(`${path}.key`, 'validation.filter.unknownAttribute');
  const type = ATTRIBUTE_VALUE_TYPE[def.type];
  const error = conditionError(type, cond.op, cond.value ?? null);
  if (error) throw badInput(`${path}.${error === 'validation.filter.operator' ? 'op' : 'value'}`, error);
  return attributeCondition(table, cond.key, type, cond.op, cond.value);
}

function compilePersonFilter(filter: PersonFilter, env: FilterEnv, path: string): Sql {
  if (filter.and)
    return group(
      filter.and.map((f, i) => compilePersonFilter(f, env, `${path}.and.${i}`)),
      'AND',
    );
  if (filter.or)
    return group(
      filter.or.map((f, i) => compilePersonFilter(f, env, `${path}.or.${i}`)),
      'OR',
    );
  if (filter.not) return sql`NOT COALESCE((${compilePersonFilter(filter.not, env, `${path}.not`)}), false)`;
  if (filter.attribute) return attribute(sql`p`, filter.attribute, env.personAttributes, `${path}.attribute`);
  if (filter.field) {
    const { field, op, value } = filter.field;
    return columnCondition(raw(PERSON_COLUMNS[field]), PERSON_FIELDS[field], op, value, env.timeZone);
  }
  throw badInput(path, 'validation.filter.oneKey');
}

/** The WHERE clause over `clients c` for a validated filter: live clients only unless `includeDeleted`. */
export function clientCondition(filter: ClientFilter | null, env: FilterEnv, includeDeleted = false): Sql {
  const visible = includeDeleted ? sql`TRUE` : sql`c.deleted_at IS NULL`;
  return filter ? sql`${visible} AND ${compileClientFilter(filter, env)}` : visible;
}
