// The campaign-item list's filter as SQL over `campaign_items i JOIN campaigns k` (the client `c` is compiled by the
// clients module): campaigns, agents, the agents' manager, clients, states, outcomes, empty fields and a period on
// one of the item's dates, as instants and as local days in a time zone (db/drill.sql.ts, as reports group them).
import type { CampaignItemFilter } from '@veza/shared';
import { ownerTeam, ownerWithoutTeam, periodOn } from '../../db/drill.sql.ts';
import { Prisma } from '../../db/prisma.ts';
import { parseId } from '../../graphql/ids.ts';

type Sql = Prisma.Sql;
const { sql, raw } = Prisma;

/** The dates a report over campaign items groups and filters by (reports/report-subjects.sql.ts). */
export const CAMPAIGN_ITEM_DATES = { COMPLETED_AT: 'i.completed_at', CREATED_AT: 'i.created_at' } as const;

const EMPTY: Record<string, Sql> = {
  OUTCOME: sql`i.outcome_id IS NULL`,
  TEAM: ownerWithoutTeam(raw('k.agent_id')),
};

/** The filter over `i` and `k`, and `client` (the compiled client condition over `c`), as one condition. */
export function campaignItemWhere(f: CampaignItemFilter, timeZone: string, client: Sql): Sql {
  const ids = (values: readonly string[] | null | undefined, type: string, field: string) =>
    values?.length ? values.map((v, i) => parseId(v, type, `filter.${field}.${i}`)) : null;
  const out: Sql[] = [client];
  const any = (column: string, values: string[] | null) =>
    values && out.push(sql`${raw(column)} = ANY(${values}::uuid[])`);
  any('i.campaign_id', ids(f.campaignIds, 'Campaign', 'campaignIds'));
  any('k.agent_id', ids(f.agentIds, 'User', 'agentIds'));
  const teams = ids(f.teamIds, 'User', 'teamIds');
  if (teams) out.push(ownerTeam(raw('k.agent_id'), teams));
  any('i.client_id', ids(f.clientIds, 'Client', 'clientIds'));
  any('i.outcome_id', ids(f.outcomeIds, 'DictionaryValue', 'outcomeIds'));
  if (f.states?.length) out.push(sql`i.state = ANY(${f.states}::text[]::"CampaignItemState"[])`);
  for (const field of new Set(f.without ?? [])) out.push(EMPTY[field]!);
  out.push(...periodOn(raw(CAMPAIGN_ITEM_DATES[f.dateField ?? 'COMPLETED_AT']), f, f.timeZone ?? timeZone));
  return Prisma.join(out, ' AND ');
}
