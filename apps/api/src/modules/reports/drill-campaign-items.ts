// The campaign items behind a report cell over campaign items: the report's own filter (period, agents, states,
// client filter), its visibility and the cell's groups as the campaign-item list's filter (campaigns module), so the
// list's total is the cell's count.
import { reportDateField, type CampaignItemFilter, type ReportDefinition, type ReportDimension } from '@veza/shared';
import { applyGroups, finishDrill, need, type DrillContext, type DrillGroup, type Mutable } from './drill-groups.ts';

function itemGroup(f: Mutable<CampaignItemFilter>, dim: ReportDimension, g: DrillGroup): boolean {
  const without = (f.without ??= []);
  if (dim === 'AGENT') f.agentIds = [need(g.id)];
  else if (dim === 'TEAM') {
    if (g.key == null) without.push('TEAM');
    else f.teamIds = [need(g.id)];
  } else if (dim === 'CLIENT') f.clientIds = [need(g.id)];
  else if (dim === 'CAMPAIGN') f.campaignIds = [need(g.id)];
  else if (dim === 'STATUS') f.states = [need(g.key) as 'DONE'];
  else if (dim === 'OUTCOME') {
    if (g.key == null) without.push('OUTCOME');
    else f.outcomeIds = [need(g.id)];
  } else return false;
  return true;
}

export function campaignItemDrill(
  d: ReportDefinition,
  groups: readonly DrillGroup[],
  depth: number,
  c: DrillContext,
): CampaignItemFilter {
  const r = d.filter;
  const f: Mutable<CampaignItemFilter> = {
    // Without reports.read a report counts the items of the viewer's own campaigns.
    agentIds: r?.agentIds?.length ? [...r.agentIds] : c.reportsAll ? null : [c.viewerId],
    states: r?.statuses?.length ? (r.statuses as CampaignItemFilter['states']) : null,
    dateField: reportDateField(d) as CampaignItemFilter['dateField'],
    dateFrom: r?.from ?? null,
    dateTo: r?.to ?? null,
    timeZone: c.timeZone,
  };
  const client = applyGroups(f, d, { groups, depth, c }, itemGroup);
  return finishDrill(f, r?.client, client, false);
}
