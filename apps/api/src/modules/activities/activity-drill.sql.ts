// The activity filter's report drill-down part (activity-filter.sql.ts has the rest): owner only, the owner's manager,
// results, channels, empty fields, the client (compiled by the caller) and a period on one of the activity's dates,
// as instants and as local days in a time zone. The days become a range of instants on the date itself (so an
// index on that date serves it) plus the exact re-check of the local day.
import type { ActivityFilter } from '@veza/shared';
import { Prisma } from '../../db/prisma.ts';
import { badInput } from '../../graphql/errors.ts';
import { parseId } from '../../graphql/ids.ts';
import { ownerTeam, ownerWithoutTeam, periodOn } from '../../db/drill.sql.ts';

type Sql = Prisma.Sql;
const { sql, raw } = Prisma;

/** The date a report groups and filters activities by; STARTS_AT is the activity day. */
export const ACTIVITY_DATES = {
  STARTS_AT: 'COALESCE(a.starts_at, a.due_at, a.created_at)',
  CLOSED_AT: 'a.closed_at',
  CREATED_AT: 'a.created_at',
} as const;

const ids = (values: string[], type: string, field: string) => values.map((v, i) => parseId(v, type, `${field}.${i}`));

const EMPTY: Record<string, Sql> = {
  RESULT: sql`a.result_id IS NULL`,
  CHANNEL: sql`a.channel_id IS NULL`,
  TEAM: ownerWithoutTeam(raw('a.owner_id')),
};

export type DrillEnv = { prefix: string; timeZone: string; client: Sql | null };

export function compileDrillFilter(f: ActivityFilter, env: DrillEnv): Sql[] {
  const { prefix } = env;
  const out: Sql[] = [];
  if (f.ownerIds?.length) out.push(sql`a.owner_id = ANY(${ids(f.ownerIds, 'User', `${prefix}.ownerIds`)}::uuid[])`);
  if (f.teamIds?.length) out.push(ownerTeam(raw('a.owner_id'), ids(f.teamIds, 'User', `${prefix}.teamIds`)));
  const dict = (values: string[], column: string, field: string) =>
    sql`${raw(column)} = ANY(${ids(values, 'DictionaryValue', `${prefix}.${field}`)}::uuid[])`;
  if (f.resultIds?.length) out.push(dict(f.resultIds, 'a.result_id', 'resultIds'));
  if (f.channelIds?.length) out.push(dict(f.channelIds, 'a.channel_id', 'channelIds'));
  for (const field of new Set(f.without ?? [])) out.push(EMPTY[field]!);
  if (f.client) {
    // Only lists that compile the client filter (it needs the attribute definitions) may accept it.
    if (!env.client) throw badInput(`${prefix}.client`, 'validation.invalid');
    out.push(sql`EXISTS (SELECT 1 FROM clients c WHERE c.id = a.client_id AND ${env.client})`);
  } else if (f.liveClient)
    out.push(sql`EXISTS (SELECT 1 FROM clients c WHERE c.id = a.client_id AND c.deleted_at IS NULL)`);
  out.push(...periodOn(raw(ACTIVITY_DATES[f.dateField ?? 'STARTS_AT']), f, f.timeZone ?? env.timeZone));
  return out;
}
