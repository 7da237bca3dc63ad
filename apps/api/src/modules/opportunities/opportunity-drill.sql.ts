// The opportunity filter's report drill-down part (opportunity-filter.sql.ts has the rest): several statuses, lost
// reasons, the owner's team, empty fields, the client (compiled by the caller) and a period on one of the dates.
import type { OpportunityFilter } from '@veza/shared';
import { ownerTeam, ownerWithoutTeam, periodOn } from '../../db/drill.sql.ts';
import { Prisma } from '../../db/prisma.ts';
import { badInput } from '../../graphql/errors.ts';
import { parseId } from '../../graphql/ids.ts';

type Sql = Prisma.Sql;
const { sql, raw, join } = Prisma;

const STATUS = {
  OPEN: 'o.closed_at IS NULL',
  WON: 'o.closed_at IS NOT NULL AND o.lost_reason_id IS NULL',
  LOST: 'o.closed_at IS NOT NULL AND o.lost_reason_id IS NOT NULL',
};

const EMPTY: Record<string, Sql> = {
  STAGE: sql`o.stage_id IS NULL`,
  LEAD_SOURCE: sql`o.lead_source_id IS NULL`,
  LOST_REASON: sql`o.lost_reason_id IS NULL`,
  TEAM: ownerWithoutTeam(raw('o.owner_id')),
};

export type OpportunityDrillEnv = { timeZone: string; client: Sql | null };

/** The expected close date is a day already: the instants' local days bound it, the days directly. */
function expectedClose(f: OpportunityFilter, timeZone: string): Sql[] {
  const out: Sql[] = [];
  const dayOf = (at: string) => sql`(${at}::timestamptz AT TIME ZONE ${timeZone})::date`;
  if (f.dateFrom) out.push(sql`o.expected_close_on >= ${dayOf(f.dateFrom)}`);
  if (f.dateTo) out.push(sql`o.expected_close_on < ${dayOf(f.dateTo)}`);
  if (f.dayFrom) out.push(sql`o.expected_close_on >= ${f.dayFrom}::date`);
  if (f.dayTo) out.push(sql`o.expected_close_on <= ${f.dayTo}::date`);
  return out;
}

export function compileOpportunityDrill(f: OpportunityFilter, env: OpportunityDrillEnv): Sql[] {
  const out: Sql[] = [];
  const ids = (values: string[], type: string, field: string) =>
    values.map((v, i) => parseId(v, type, `filter.${field}.${i}`));
  if (f.statuses?.length)
    out.push(
      sql`(${join(
        [...new Set(f.statuses)].map((s) => raw(`(${STATUS[s]})`)),
        ' OR ',
      )})`,
    );
  if (f.lostReasonIds?.length)
    out.push(sql`o.lost_reason_id = ANY(${ids(f.lostReasonIds, 'DictionaryValue', 'lostReasonIds')}::uuid[])`);
  if (f.teamIds?.length) out.push(ownerTeam(raw('o.owner_id'), ids(f.teamIds, 'User', 'teamIds')));
  for (const field of new Set(f.without ?? [])) out.push(EMPTY[field]!);
  if (f.client) {
    if (!env.client) throw badInput('filter.client', 'validation.invalid');
    out.push(sql`EXISTS (SELECT 1 FROM clients c WHERE c.id = o.client_id AND ${env.client})`);
  } else if (f.liveClient)
    out.push(sql`EXISTS (SELECT 1 FROM clients c WHERE c.id = o.client_id AND c.deleted_at IS NULL)`);
  const timeZone = f.timeZone ?? env.timeZone;
  const field = f.dateField ?? 'CREATED_AT';
  if (field === 'EXPECTED_CLOSE_ON') out.push(...expectedClose(f, timeZone));
  else out.push(...periodOn(raw(field === 'CLOSED_AT' ? 'o.closed_at' : 'o.created_at'), f, timeZone));
  return out;
}
