// The records behind a report cell (a detail, a subtotal or the grand total): which list shows them and with what
// filter, so that list's total is the cell's count. runReport returns them with each row (report-drills.ts), the web
// links cells there; the API tests run these filters through GraphQL and compare. Null when no list can express the
// cell (e.g. a multiple-choice attribute group).
import type {
  ActivityFilter,
  CampaignItemFilter,
  ClientFilter,
  OpportunityFilter,
  ReportDefinition,
} from '@veza/shared';
import { NoDrill, clientGroup, combineClient, partDays, type DrillContext, type DrillGroup } from './drill-groups.ts';
import { campaignItemDrill } from './drill-campaign-items.ts';
import { activityDrill, opportunityDrill } from './drill-records.ts';

export type { DictionaryKeyOf, DrillContext, DrillGroup } from './drill-groups.ts';

export type DrillTarget =
  | { list: 'ACTIVITIES'; filter: ActivityFilter }
  | { list: 'OPPORTUNITIES'; filter: OpportunityFilter }
  | { list: 'CLIENTS'; filter: ClientFilter | null }
  | { list: 'CAMPAIGN_ITEMS'; filter: CampaignItemFilter };

type ClientCondition = ClientFilter['field'] & object;
const condition = (c: ClientCondition): ClientFilter => ({ field: c });

/** A group of a report over clients: its own account manager, status, a date part or a client property. */
function clientSubjectGroup(d: ReportDefinition, i: number, g: DrillGroup, c: DrillContext): ClientFilter {
  const dim = d.groupBy[i]!.dimension;
  if (dim === 'AGENT')
    return g.key == null
      ? condition({ field: 'ACCOUNT_MANAGER', op: 'IS_EMPTY' })
      : condition({ field: 'ACCOUNT_MANAGER', op: 'EQ', value: g.id ?? '' });
  if (dim === 'STATUS') {
    if (g.key == null) return condition({ field: 'STATUS', op: 'IS_EMPTY' });
    const key = g.id ? c.keyOf(g.id) : undefined;
    if (!key) throw new NoDrill();
    return condition({ field: 'STATUS', op: 'EQ', value: key });
  }
  const days = partDays(dim, g.key);
  const date = d.dateField === 'LAST_CONTACT_AT' ? 'LAST_CONTACT_AT' : 'CREATED_AT';
  if (days) return condition({ field: date, op: 'BETWEEN', value: days });
  const own = clientGroup(d, d.groupBy[i]!, g, c);
  if (!own) throw new NoDrill();
  return own;
}

/** Clients: the report's client filter, agents, period and the cell's groups in the client list's filter. */
function clientsDrill(d: ReportDefinition, groups: readonly DrillGroup[], depth: number, c: DrillContext) {
  const r = d.filter;
  const out: ClientFilter[] = [];
  const date = d.dateField === 'LAST_CONTACT_AT' ? 'LAST_CONTACT_AT' : 'CREATED_AT';
  if (r?.agentIds?.length) out.push(condition({ field: 'ACCOUNT_MANAGER', op: 'IN', value: [...r.agentIds] }));
  if (!c.reportsAll) out.push(condition({ field: 'ACCOUNT_MANAGER', op: 'EQ', value: c.viewerId }));
  if (r?.from) out.push(condition({ field: date, op: 'AFTER', value: r.from }));
  if (r?.to) out.push(condition({ field: date, op: 'BEFORE', value: r.to }));
  for (let i = 0; i < depth; i++) {
    const dim = d.groupBy[i]?.dimension;
    if (!dim || !groups[i] || dim === 'CLIENT' || dim === 'TEAM') throw new NoDrill();
    out.push(clientSubjectGroup(d, i, groups[i]!, c));
  }
  return combineClient(r?.client, out);
}

/** The list and filter behind the first `depth` groups of a row (0: the grand total). */
export function reportDrillDown(
  d: ReportDefinition,
  groups: readonly DrillGroup[],
  depth: number,
  c: DrillContext,
): DrillTarget | null {
  try {
    switch (d.subject) {
      case 'ACTIVITIES':
        return { list: 'ACTIVITIES', filter: activityDrill(d, groups, depth, c) };
      case 'OPPORTUNITIES':
        return { list: 'OPPORTUNITIES', filter: opportunityDrill(d, groups, depth, c) };
      case 'CLIENTS':
        return { list: 'CLIENTS', filter: clientsDrill(d, groups, depth, c) };
      default:
        return { list: 'CAMPAIGN_ITEMS', filter: campaignItemDrill(d, groups, depth, c) };
    }
  } catch (error) {
    if (error instanceof NoDrill) return null;
    throw error;
  }
}
