// Compiles an OpportunityFilter (already parsed, ids global) into SQL over `o` (opportunities) and `s` (its stage),
// and the list orders with their keyset expressions.
import { ATTRIBUTE_KEY, type OpportunityFilter } from '@veza/shared';
import { Prisma } from '../../db/prisma.ts';
import { badInput } from '../../graphql/errors.ts';
import { parseId } from '../../graphql/ids.ts';
import type { SortSpec } from './opportunities.repository.ts';
import { compileOpportunityDrill, type OpportunityDrillEnv } from './opportunity-drill.sql.ts';

const { sql, join } = Prisma;

export function all(parts: Prisma.Sql[]): Prisma.Sql {
  return parts.length ? join(parts, ' AND ') : sql`TRUE`;
}

const ids = (values: string[], type: string, field: string) => values.map((v, i) => parseId(v, type, `${field}.${i}`));

/** `env`: the days' default time zone and the compiled client filter (lists that accept `client` pass it). */
export function compileOpportunityFilter(
  f: OpportunityFilter | null,
  viewerId: string,
  env: OpportunityDrillEnv = { timeZone: 'UTC', client: null },
): Prisma.Sql[] {
  const out: Prisma.Sql[] = [sql`o.deleted_at IS NULL`];
  if (!f) return out;
  out.push(...compileOpportunityDrill(f, env));
  if (f.stageIds?.length)
    out.push(sql`o.stage_id = ANY(${ids(f.stageIds, 'DictionaryValue', 'filter.stageIds')}::uuid[])`);
  if (f.ownerIds?.length) out.push(sql`o.owner_id = ANY(${ids(f.ownerIds, 'User', 'filter.ownerIds')}::uuid[])`);
  if (f.mine) out.push(sql`o.owner_id = ${viewerId}::uuid`);
  if (f.clientId) out.push(sql`o.client_id = ${parseId(f.clientId, 'Client', 'filter.clientId')}::uuid`);
  if (f.status === 'OPEN') out.push(sql`o.closed_at IS NULL`);
  if (f.status === 'WON') out.push(sql`o.closed_at IS NOT NULL AND o.lost_reason_id IS NULL`);
  if (f.status === 'LOST') out.push(sql`o.closed_at IS NOT NULL AND o.lost_reason_id IS NOT NULL`);
  if (f.amountMin) out.push(sql`o.amount >= ${f.amountMin}::numeric`);
  if (f.amountMax) out.push(sql`o.amount <= ${f.amountMax}::numeric`);
  if (f.currency) out.push(sql`o.currency = ${f.currency}`);
  if (f.closeFrom) out.push(sql`o.expected_close_on >= ${f.closeFrom}::date`);
  if (f.closeTo) out.push(sql`o.expected_close_on <= ${f.closeTo}::date`);
  if (f.leadSourceIds?.length)
    out.push(sql`o.lead_source_id = ANY(${ids(f.leadSourceIds, 'DictionaryValue', 'filter.leadSourceIds')}::uuid[])`);
  if (f.text) out.push(sql`o.name ILIKE ${`%${f.text.replace(/[\\%_]/g, (c) => `\\${c}`)}%`}`);
  if (f.attributes && Object.keys(f.attributes).length) {
    const bad = Object.keys(f.attributes).find((k) => !ATTRIBUTE_KEY.test(k));
    if (bad) throw badInput(`filter.attributes.${bad}`, 'validation.key');
    out.push(sql`o.attributes @> ${JSON.stringify(f.attributes)}::jsonb`);
  }
  return out;
}

export type OrderInput = { field: keyof typeof SORTS; direction?: 'ASC' | 'DESC' | null };

const SORTS = {
  BOARD: { exprs: ['s.position', 'o.position'], casts: ['int', 'float8'] },
  NAME: { exprs: ['o.name'], casts: ['text'] },
  AMOUNT: { exprs: ['o.amount'], casts: ['numeric'] },
  EXPECTED_CLOSE: { exprs: [`COALESCE(o.expected_close_on, DATE '9999-12-31')`], casts: ['date'] },
  CREATED_AT: { exprs: ['o.created_at'], casts: ['timestamptz'] },
  CLOSED_AT: { exprs: [`COALESCE(o.closed_at, 'infinity'::timestamptz)`], casts: ['timestamptz'] },
} as const;

const CURSOR_VALUE: Record<string, RegExp> = {
  int: /^-?\d{1,9}$/,
  float8: /^-?(\d+(\.\d+)?(e[-+]?\d+)?|Infinity)$/i,
  numeric: /^-?\d{1,20}(\.\d{1,10})?$/,
  date: /^\d{4}-\d{2}-\d{2}$/,
  timestamptz: /^(\d{4}-\d{2}-\d{2}[ T][\d:.]+([+-]\d{2}(:\d{2})?|Z)?|infinity)$/,
  text: /^[\s\S]{0,400}$/,
  uuid: /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i,
};

export function sortSpec(order: OrderInput | null | undefined): SortSpec {
  const s = SORTS[order?.field ?? 'BOARD'];
  return { exprs: [...s.exprs], casts: [...s.casts], desc: order?.direction === 'DESC' };
}

/** Checks a decoded cursor against the sort's column types so a forged one is BAD_USER_INPUT, not an SQL error. */
export function checkCursor(values: unknown[] | null, spec: SortSpec): string[] | null {
  if (!values) return null;
  const casts = [...spec.casts, 'uuid'];
  const ok = values.every((v, i) => typeof v === 'string' && CURSOR_VALUE[casts[i]!]!.test(v));
  if (!ok) throw badInput('after', 'validation.cursor');
  return values as string[];
}

/** Opportunities in one stage (a board column). */
export const inStage = (stageRowId: string): Prisma.Sql => sql`o.stage_id = ${stageRowId}::uuid`;
