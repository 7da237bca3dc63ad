// Sorting client lists by built-in fields or attributes, and the keyset condition that continues after a cursor.
import { parseInstant } from '@veza/shared';
import { Prisma } from '../../db/prisma.ts';
import { badInput } from '../../graphql/errors.ts';

type Sql = Prisma.Sql;
const { sql, raw, join } = Prisma;

export type ClientSortField =
  | 'NAME'
  | 'KIND'
  | 'STREET'
  | 'POSTAL_CODE'
  | 'CITY'
  | 'COUNTRY'
  | 'TAX_ID'
  | 'REGISTRATION_NO'
  | 'WEBSITE'
  | 'STATUS'
  | 'SEGMENT'
  | 'INDUSTRY'
  | 'LEAD_SOURCE'
  | 'ACCOUNT_MANAGER'
  | 'CREATED_AT'
  | 'UPDATED_AT'
  | 'LAST_CONTACT_AT';

export type SortInput = {
  field?: ClientSortField | null;
  attribute?: string | null;
  direction?: 'ASC' | 'DESC' | null;
};

/** A sort key: its SQL expression, the cast that turns a cursor value back into its type, and an optional join. */
type SortKey = { expr: Sql; cast: string; nullable: boolean; desc: boolean; join?: Sql; select: Sql };

const dictionaryJoin = (alias: string, column: string) =>
  raw(`LEFT JOIN dictionary_values ${alias} ON ${alias}.id = c.${column}`);

const FIELD_KEYS: Record<ClientSortField, { expr: string; cast: string; nullable: boolean; join?: Sql }> = {
  NAME: { expr: 'c.name', cast: 'text', nullable: false },
  KIND: { expr: 'c.kind', cast: '"ClientKind"', nullable: false },
  STREET: { expr: 'c.street', cast: 'text', nullable: true },
  POSTAL_CODE: { expr: 'c.postal_code', cast: 'text', nullable: true },
  CITY: { expr: 'c.city', cast: 'text', nullable: true },
  COUNTRY: { expr: 'c.country', cast: 'bpchar', nullable: true },
  TAX_ID: { expr: 'c.tax_id', cast: 'text', nullable: true },
  REGISTRATION_NO: { expr: 'c.registration_no', cast: 'text', nullable: true },
  WEBSITE: { expr: 'c.website', cast: 'text', nullable: true },
  STATUS: { expr: 'ds.position', cast: 'int', nullable: true, join: dictionaryJoin('ds', 'status_id') },
  SEGMENT: { expr: 'dg.position', cast: 'int', nullable: true, join: dictionaryJoin('dg', 'segment_id') },
  INDUSTRY: { expr: 'di.position', cast: 'int', nullable: true, join: dictionaryJoin('di', 'industry_id') },
  LEAD_SOURCE: { expr: 'dl.position', cast: 'int', nullable: true, join: dictionaryJoin('dl', 'lead_source_id') },
  ACCOUNT_MANAGER: {
    expr: 'am.name',
    cast: 'text',
    nullable: true,
    join: raw('LEFT JOIN users am ON am.id = c.account_manager_id'),
  },
  CREATED_AT: { expr: 'c.created_at', cast: 'timestamptz', nullable: false },
  UPDATED_AT: { expr: 'c.updated_at', cast: 'timestamptz', nullable: false },
  LAST_CONTACT_AT: { expr: 'c.last_contact_at', cast: 'timestamptz', nullable: true },
};

export const CLIENT_SORT_FIELDS = Object.keys(FIELD_KEYS) as [ClientSortField, ...ClientSortField[]];

export function sortKeys(orderBy: SortInput[] | null | undefined, attributeKeys: Set<string>): SortKey[] {
  const list = orderBy?.length ? orderBy : [{ field: 'NAME' as const, direction: 'ASC' as const }];
  if (list.length > 3) throw badInput('orderBy', 'validation.sort.tooMany');
  return list.map((o, i) => {
    const desc = o.direction === 'DESC';
    if (o.field && !o.attribute) {
      // The export route's JSON body is not checked against the GraphQL enum: an unknown name is the caller's error.
      if (!Object.hasOwn(FIELD_KEYS, o.field)) throw badInput(`orderBy.${i}.field`, 'validation.sort.unknownField');
      const k = FIELD_KEYS[o.field];
      return { expr: raw(k.expr), cast: k.cast, nullable: k.nullable, desc, join: k.join, select: raw(k.expr) };
    }
    if (o.attribute && !o.field && attributeKeys.has(o.attribute)) {
      const expr = sql`(c.attributes -> ${o.attribute})`;
      return { expr, cast: 'jsonb', nullable: true, desc, select: sql`${expr}::text` };
    }
    throw badInput(`orderBy.${i}`, o.attribute ? 'validation.filter.unknownAttribute' : 'validation.sort.oneKey');
  });
}

/** Whether decoded cursor values have the types their keys cast them to (a forged cursor must not reach SQL). */
export function cursorFits(keys: SortKey[], values: unknown[]): boolean {
  return keys.every((k, i) => {
    const v = values[i];
    if (v === null) return k.nullable;
    switch (k.cast) {
      case 'int':
        return Number.isSafeInteger(v);
      case 'timestamptz':
        return typeof v === 'string' && parseInstant(v) !== null;
      case '"ClientKind"':
        return v === 'LEGAL' || v === 'NATURAL';
      case 'jsonb':
        return typeof v === 'string' && isJson(v);
      default:
        return typeof v === 'string' && !v.includes('\u0000');
    }
  });
}

function isJson(text: string): boolean {
  try {
    JSON.parse(text);
    return true;
  } catch {
    return false;
  }
}

export function orderByClause(keys: SortKey[]): Sql {
  const parts = keys.map((k) => sql`${k.expr} ${raw(k.desc ? 'DESC' : 'ASC')} NULLS LAST`);
  // The id tiebreak follows the first key's direction so (name, id) indexes serve both directions.
  return sql`ORDER BY ${join([...parts, raw(keys[0]!.desc ? 'c.id DESC' : 'c.id ASC')], ', ')}`;
}

export function joins(keys: SortKey[]): Sql {
  const list = keys.filter((k) => k.join).map((k) => k.join!);
  return list.length ? join(list, ' ') : Prisma.empty;
}

/** The values to put in a row's cursor, selected alongside the row as sort_0, sort_1, …. */
export function sortSelect(keys: SortKey[]): Sql {
  return join(
    keys.map((k, i) => sql`${k.select} AS ${raw(`sort_${i}`)}`),
    ', ',
  );
}

/**
 * Rows strictly after the cursor in the ORDER BY above (NULLS LAST). When every key is non-null and ascending or
 * descending together, a row comparison lets PostgreSQL walk the matching index; otherwise the expanded form.
 */
export function keysetCondition(keys: SortKey[], values: unknown[], lastId: string): Sql {
  const idDesc = keys[0]!.desc;
  const param = (k: SortKey, v: unknown) => sql`${v}::${raw(k.cast)}`;
  if (keys.every((k) => !k.nullable && k.desc === idDesc)) {
    const lhs = join([...keys.map((k) => k.expr), raw('c.id')], ', ');
    const rhs = join([...keys.map((k, i) => param(k, values[i])), sql`${lastId}::uuid`], ', ');
    return sql`(${lhs}) ${raw(idDesc ? '<' : '>')} (${rhs})`;
  }
  const branches: Sql[] = [];
  const equalSoFar: Sql[] = [];
  keys.forEach((k, i) => {
    const v = values[i];
    if (v !== null) {
      const after = sql`${k.expr} ${raw(k.desc ? '<' : '>')} ${param(k, v)}`;
      branches.push(group([...equalSoFar, k.nullable ? sql`(${after} OR ${k.expr} IS NULL)` : after]));
    }
    equalSoFar.push(v === null ? sql`${k.expr} IS NULL` : sql`${k.expr} = ${param(k, v)}`);
  });
  branches.push(group([...equalSoFar, sql`c.id ${raw(idDesc ? '<' : '>')} ${lastId}::uuid`]));
  return sql`(${join(branches, ' OR ')})`;
}

function group(parts: Sql[]): Sql {
  return parts.length === 1 ? parts[0]! : sql`(${join(parts, ' AND ')})`;
}
