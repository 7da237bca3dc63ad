// SQL for single conditions: text, choice, dates, numbers, lists and JSONB attribute values. Values are always
// bound parameters; the only raw SQL is column expressions chosen from fixed tables in this module.
import { type FilterOp, type ValueType } from '@veza/shared';
import { Prisma } from '../../db/prisma.ts';

type Sql = Prisma.Sql;
const { sql, join, raw } = Prisma;

export function escapeLike(value: string): string {
  return value.replace(/[\\%_]/g, (c) => `\\${c}`);
}

/** A day (YYYY-MM-DD) as the instant its midnight falls on in the user's time zone. */
function dayStart(day: string, timeZone: string): Sql {
  return sql`((${day}::date)::timestamp AT TIME ZONE ${timeZone})`;
}

function instant(value: string, timeZone: string, endOfDay = false): Sql {
  if (/^\d{4}-\d{2}-\d{2}$/.test(value)) {
    return endOfDay ? sql`(${dayStart(value, timeZone)} + interval '1 day')` : dayStart(value, timeZone);
  }
  return sql`${value}::timestamptz`;
}

/**
 * A condition's value as the shared filter schema checked it (`conditionError`): of the shape its type and operator
 * need. Each branch below reads the variant that its operator implies.
 */
type CheckedValue = string & string[] & number & number[] & [string, string] & [number, number];

const daysAgo = (days: number) => sql`(now() - make_interval(days => ${days}::int))`;

/** Conditions on a plain (nullable) column or expression. */
export function columnCondition(col: Sql, type: ValueType, op: FilterOp, value: unknown, timeZone: string): Sql {
  const v = value as CheckedValue;
  switch (type) {
    case 'text':
      return textCondition(col, op, v);
    case 'textList':
      return textListCondition(col, op, v);
    case 'datetime':
      return datetimeCondition(col, op, v, timeZone);
    case 'date':
      return dateCondition(col, op, v);
    case 'boolean':
      return op === 'EQ' ? sql`${col} = ${value as boolean}` : emptiness(col, op);
    case 'integer':
    case 'decimal':
      return numberCondition(col, op, v);
    case 'choice':
      return choiceCondition(col, op, v);
    case 'multiChoice':
      throw new Error('multiChoice columns are compiled by their owners');
  }
}

function emptiness(col: Sql, op: FilterOp, emptyValue?: Sql): Sql {
  const empty = emptyValue ? sql`(${col} IS NULL OR ${col} = ${emptyValue})` : sql`${col} IS NULL`;
  return op === 'IS_EMPTY' ? empty : sql`NOT ${empty}`;
}

// Text equality is case-insensitive: users type "zagreb" for "Zagreb". ILIKE without wildcards uses the trigram indexes.
function textCondition(col: Sql, op: FilterOp, value: string & string[]): Sql {
  switch (op) {
    case 'EQ':
      return sql`${col} ILIKE ${escapeLike(value)}`;
    case 'NEQ':
      return sql`(${col} IS NULL OR NOT ${col} ILIKE ${escapeLike(value)})`;
    case 'CONTAINS':
      return sql`${col} ILIKE ${`%${escapeLike(value)}%`}`;
    case 'STARTS_WITH':
      return sql`${col} ILIKE ${`${escapeLike(value)}%`}`;
    case 'IN':
      return sql`${col} ILIKE ANY(${value.map(escapeLike)}::text[])`;
    default:
      return emptiness(col, op, sql`''`);
  }
}

function textListCondition(col: Sql, op: FilterOp, value: string): Sql {
  if (op === 'IS_EMPTY') return sql`cardinality(${col}) = 0`;
  if (op === 'IS_NOT_EMPTY') return sql`cardinality(${col}) > 0`;
  const pattern = op === 'CONTAINS' ? `%${escapeLike(value)}%` : `${escapeLike(value)}%`;
  return sql`EXISTS (SELECT 1 FROM unnest(${col}) AS item WHERE item ILIKE ${pattern})`;
}

function datetimeCondition(col: Sql, op: FilterOp, value: string & [string, string] & number, tz: string): Sql {
  switch (op) {
    case 'BEFORE':
      return sql`${col} < ${instant(value, tz)}`;
    case 'AFTER':
      return sql`${col} >= ${instant(value, tz, true)}`;
    case 'BETWEEN':
      return sql`(${col} >= ${instant(value[0], tz)} AND ${col} < ${instant(value[1], tz, true)})`;
    case 'IN_LAST_DAYS':
      return sql`${col} >= ${daysAgo(value)}`;
    case 'NOT_IN_LAST_DAYS':
      return sql`(${col} IS NULL OR ${col} < ${daysAgo(value)})`;
    default:
      return emptiness(col, op);
  }
}

function dateCondition(col: Sql, op: FilterOp, value: string & [string, string] & number): Sql {
  switch (op) {
    case 'EQ':
      return sql`${col} = ${value}::date`;
    case 'BEFORE':
      return sql`${col} < ${value}::date`;
    case 'AFTER':
      return sql`${col} > ${value}::date`;
    case 'BETWEEN':
      return sql`${col} BETWEEN ${value[0]}::date AND ${value[1]}::date`;
    case 'IN_LAST_DAYS':
      return sql`${col} >= current_date - ${value}::int`;
    case 'NOT_IN_LAST_DAYS':
      return sql`(${col} IS NULL OR ${col} < current_date - ${value}::int)`;
    default:
      return emptiness(col, op);
  }
}

function numberCondition(col: Sql, op: FilterOp, value: number & [number, number] & number[]): Sql {
  const cmp: Partial<Record<FilterOp, string>> = { EQ: '=', GT: '>', GTE: '>=', LT: '<', LTE: '<=' };
  if (cmp[op]) return sql`${col} ${raw(cmp[op]!)} ${value}`;
  if (op === 'NEQ') return sql`${col} IS DISTINCT FROM ${value}`;
  if (op === 'BETWEEN') return sql`${col} BETWEEN ${value[0]} AND ${value[1]}`;
  if (op === 'IN') return sql`${col} = ANY(${value}::numeric[])`;
  return emptiness(col, op);
}

function choiceCondition(col: Sql, op: FilterOp, value: string & string[]): Sql {
  switch (op) {
    case 'EQ':
      return sql`${col} = ${value}`;
    case 'NEQ':
      return sql`${col} IS DISTINCT FROM ${value}`;
    case 'IN':
      return sql`${col} = ANY(${value}::text[])`;
    case 'NOT_IN':
      return sql`(${col} IS NULL OR NOT ${col} = ANY(${value}::text[]))`;
    default:
      return emptiness(col, op);
  }
}

/**
 * A user-defined attribute: `attributes -> key` (jsonb), the same expression the per-attribute btree index is built
 * on, compared with jsonb constants so the index serves equality, ranges and sorting.
 */
export function attributeCondition(table: Sql, key: string, type: ValueType, op: FilterOp, value: unknown): Sql {
  const a = sql`(${table}.attributes -> ${key})`;
  const j = (v: unknown) => sql`${JSON.stringify(v)}::jsonb`;
  const list = (vs: unknown[]) => sql`ARRAY[${join(vs.map(j))}]`;
  if (op === 'IS_EMPTY') return sql`${a} IS NULL`;
  if (op === 'IS_NOT_EMPTY') return sql`${a} IS NOT NULL`;
  const v = value as CheckedValue;
  switch (type) {
    case 'text':
      return textCondition(sql`(${table}.attributes ->> ${key})`, op, v);
    case 'integer':
    case 'decimal':
      return numberAttribute(a, op, value, j, list);
    case 'date':
      return dateAttribute(a, op, value, j);
    case 'boolean':
      return sql`${a} = ${j(value)}`;
    case 'choice':
      return jsonCompare(a, op, value, j, list);
    case 'multiChoice': {
      const keys = value as string[];
      return op === 'HAS_ALL' ? sql`${a} ?& ${keys}::text[]` : sql`${a} ?| ${keys}::text[]`;
    }
    default:
      throw new Error(`Attribute type ${type} cannot be filtered`);
  }
}

/**
 * Numbers only. In jsonb order every number sorts above strings and null and below booleans, arrays and objects, so
 * EQ / IN / BETWEEN against numbers can only match numbers, and GT / GTE are bounded above by `false`: both forms are
 * ranges on the attribute's expression index whose selectivity PostgreSQL estimates from the index statistics. A
 * `jsonb_typeof(...) = 'number'` test (still needed for LT / LTE) is estimated at 0.5 %, which at a million clients
 * made the planner read every match and sort instead of walking the name index. NEQ / NOT_IN include records without
 * a value, as for every other type.
 */
function numberAttribute(a: Sql, op: FilterOp, value: unknown, j: (v: unknown) => Sql, list: (vs: unknown[]) => Sql) {
  const compare = jsonCompare(a, op, value, j, list);
  if (op === 'NEQ' || op === 'NOT_IN' || op === 'EQ' || op === 'IN' || op === 'BETWEEN') return compare;
  if (op === 'GT' || op === 'GTE') return sql`(${compare} AND ${a} < 'false'::jsonb)`;
  return sql`(jsonb_typeof(${a}) = 'number' AND ${compare})`;
}

function jsonCompare(a: Sql, op: FilterOp, value: unknown, j: (v: unknown) => Sql, list: (vs: unknown[]) => Sql): Sql {
  const cmp: Partial<Record<FilterOp, string>> = { EQ: '=', GT: '>', GTE: '>=', LT: '<', LTE: '<=' };
  if (cmp[op]) return sql`${a} ${raw(cmp[op]!)} ${j(value)}`;
  const pair = value as [unknown, unknown];
  if (op === 'BETWEEN') return sql`(${a} >= ${j(pair[0])} AND ${a} <= ${j(pair[1])})`;
  if (op === 'IN') return sql`${a} = ANY(${list(value as unknown[])})`;
  if (op === 'NOT_IN') return sql`(${a} IS NULL OR NOT ${a} = ANY(${list(value as unknown[])}))`;
  if (op === 'NEQ') return sql`${a} IS DISTINCT FROM ${j(value)}`;
  throw new Error(`Operator ${op} does not apply`);
}

// Dates are stored as "YYYY-MM-DD" JSON strings, which order like the dates they name.
function dateAttribute(a: Sql, op: FilterOp, value: unknown, j: (v: unknown) => Sql): Sql {
  const typed = (cond: Sql) => sql`(jsonb_typeof(${a}) = 'string' AND ${cond})`;
  const ago = (days: number) => sql`to_jsonb(to_char(current_date - ${days}::int, 'YYYY-MM-DD'))`;
  switch (op) {
    case 'EQ':
      return sql`${a} = ${j(value)}`;
    case 'BEFORE':
      return typed(sql`${a} < ${j(value)}`);
    case 'AFTER':
      return typed(sql`${a} > ${j(value)}`);
    case 'BETWEEN': {
      const [from, to] = value as [string, string];
      return typed(sql`${a} >= ${j(from)} AND ${a} <= ${j(to)}`);
    }
    case 'IN_LAST_DAYS':
      return typed(sql`${a} >= ${ago(value as number)}`);
    case 'NOT_IN_LAST_DAYS':
      return sql`(${a} IS NULL OR ${a} < ${ago(value as number)})`;
    default:
      throw new Error(`Operator ${op} does not apply to dates`);
  }
}
