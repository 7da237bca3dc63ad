// The records behind a report cell (a detail, a subtotal or the grand total): which list shows them and with what
// filter, so that list's total is the cell's count. The web links cells there; the API tests run these filters
// through GraphQL and compare. Null when no list can express the cell (e.g. a campaign item total).
import type { ClientFilter } from '../filter/client-filter.ts';
import type { ActivityFilter } from '../schemas/activities.ts';
import type { OpportunityFilter } from '../schemas/opportunities.ts';
import type { ReportDefinition, ReportDimension } from '../schemas/reports.ts';
import { NoDrill, clientGroup, combineClient, partDays, type DrillContext, type DrillGroup } from './groups.ts';
import { activityDrill, opportunityDrill } from './records.ts';

export type { DictionaryKeyOf, DrillContext, DrillGroup } from './groups.ts';

export type DrillTarget =
  | { list: 'ACTIVITIES'; filter: ActivityFilter }
  | { list: 'OPPORTUNITIES'; filter: OpportunityFilter }
  | { list: 'CLIENTS'; filter: ClientFilter | null }
  | { list: 'CAMPAIGN'; campaignId: string };

type ClientCondition = ClientFilter['field'] & object;
const condition = (c: ClientCondition): ClientFilter => ({ field: c });

/** A group of a report over clients: its own account manager, status, a date part or a client property. */
function clientSubjectGroup(d: ReportDefinition, dim: ReportDimension, g: DrillGroup, c: DrillContext): ClientFilter {
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
  const own = clientGroup(d, dim, g, c.keyOf);
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
    if (!dim || !groups[i] || dim === 'CLIENT' || dim === 'TEAM' || dim === 'ATTRIBUTE') throw new NoDrill();
    out.push(clientSubjectGroup(d, dim, groups[i]!, c));
  }
  return combineClient(r?.client, out);
}

/**
 * A campaign's page lists all its items, also those of deleted clients the report leaves out: it is the list behind a
 * campaign's cell only when asked with `allowApproximate` (the web does, saying so); tests ask for exact ones.
 */
function campaignDrill(d: ReportDefinition, groups: readonly DrillGroup[], depth: number, c: DrillContext) {
  if (!c.allowApproximate) throw new NoDrill();
  const id = groups[0]?.id;
  if (depth !== 1 || d.groupBy[0]?.dimension !== 'CAMPAIGN' || !id) throw new NoDrill();
  const r = d.filter;
  if (r?.from || r?.to || r?.agentIds?.length || r?.statuses?.length || r?.client) throw new NoDrill();
  return { list: 'CAMPAIGN', campaignId: id } satisfies DrillTarget;
}

/** The list and filter behind the first `depth` groups of a row (0: the grand total). */
export function reportDrillDown(
  d: ReportDefinition,
  groups: readonly DrillGroup[],
  depth: number,
  c: DrillContext,
): DrillTarget | null {
  try {
    if (d.groupBy.some((g) => g.dimension === 'ATTRIBUTE')) return null;
    switch (d.subject) {
      case 'ACTIVITIES':
        return { list: 'ACTIVITIES', filter: activityDrill(d, groups, depth, c) };
      case 'OPPORTUNITIES':
        return { list: 'OPPORTUNITIES', filter: opportunityDrill(d, groups, depth, c) };
      case 'CLIENTS':
        return { list: 'CLIENTS', filter: clientsDrill(d, groups, depth, c) };
      default:
        return campaignDrill(d, groups, depth, c);
    }
  } catch (error) {
    if (error instanceof NoDrill) return null;
    throw error;
  }
}
