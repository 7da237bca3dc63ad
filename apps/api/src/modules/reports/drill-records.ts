// The activities or opportunities behind a report cell: the report's own filter (period, agents, statuses, types,
// client filter), its visibility and the cell's groups as that list's filter, so the list's total is the cell's count.
import {
  reportDateField,
  type ActivityFilter,
  type OpportunityFilter,
  type ReportDefinition,
  type ReportDimension,
} from '@veza/shared';
import { applyGroups, finishDrill, need, type DrillContext, type DrillGroup, type Mutable } from './drill-groups.ts';

/** Sets `ids` to one id, or adds `empty` to `without` for the "none" group. */
function oneOrNone<W extends string>(g: DrillGroup, set: (id: string) => void, without: W[], empty: W) {
  if (g.key == null) without.push(empty);
  else set(need(g.id));
}

function activityGroup(f: Mutable<ActivityFilter>, dim: ReportDimension, g: DrillGroup, c: DrillContext) {
  const without = (f.without ??= []);
  if (dim === 'AGENT') f.ownerIds = [need(g.id)];
  else if (dim === 'TEAM') oneOrNone(g, (id) => (f.teamIds = [id]), without, 'TEAM');
  else if (dim === 'CLIENT') f.clientIds = [need(g.id)];
  else if (dim === 'TYPE') f.typeKeys = [need(c.keyOf(need(g.id)))];
  else if (dim === 'RESULT') oneOrNone(g, (id) => (f.resultIds = [id]), without, 'RESULT');
  else if (dim === 'CHANNEL') oneOrNone(g, (id) => (f.channelIds = [id]), without, 'CHANNEL');
  else if (dim === 'STATUS') f.statuses = [need(g.key) as 'DONE'];
  else return false;
  return true;
}

export function activityDrill(
  d: ReportDefinition,
  groups: readonly DrillGroup[],
  depth: number,
  c: DrillContext,
): ActivityFilter {
  const r = d.filter;
  const f: Mutable<ActivityFilter> = {
    ownerIds: r?.agentIds?.length ? [...r.agentIds] : null,
    statuses: r?.statuses?.length ? (r.statuses as ActivityFilter['statuses']) : null,
    typeKeys: r?.typeKeys?.length ? [...r.typeKeys] : null,
    dateField: reportDateField(d) as ActivityFilter['dateField'],
    dateFrom: r?.from ?? null,
    dateTo: r?.to ?? null,
    timeZone: c.timeZone,
    // Without reports.read a report counts what the viewer owns or takes part in; the list (scoped on its own) shows
    // more when the viewer's activities scope is wider than OWN.
    userIds: c.reportsAll || !c.activitiesAll ? null : [c.viewerId],
  };
  const client = applyGroups(f, d, { groups, depth, c }, activityGroup);
  return finishDrill(f, r?.client, client, true);
}

function opportunityGroup(f: Mutable<OpportunityFilter>, dim: ReportDimension, g: DrillGroup) {
  const without = (f.without ??= []);
  if (dim === 'AGENT') f.ownerIds = [need(g.id)];
  else if (dim === 'TEAM') oneOrNone(g, (id) => (f.teamIds = [id]), without, 'TEAM');
  else if (dim === 'CLIENT') f.clientId = need(g.id);
  else if (dim === 'STAGE') oneOrNone(g, (id) => (f.stageIds = [id]), without, 'STAGE');
  else if (dim === 'LEAD_SOURCE') oneOrNone(g, (id) => (f.leadSourceIds = [id]), without, 'LEAD_SOURCE');
  else if (dim === 'LOST_REASON') oneOrNone(g, (id) => (f.lostReasonIds = [id]), without, 'LOST_REASON');
  else if (dim === 'STATUS') f.statuses = [need(g.key) as 'OPEN'];
  else if (dim === 'CURRENCY') f.currency = need(g.key);
  else return false;
  return true;
}

export function opportunityDrill(
  d: ReportDefinition,
  groups: readonly DrillGroup[],
  depth: number,
  c: DrillContext,
): OpportunityFilter {
  const r = d.filter;
  const f: Mutable<OpportunityFilter> = {
    ownerIds: r?.agentIds?.length ? [...r.agentIds] : null,
    // Without reports.read a report counts the viewer's own opportunities.
    mine: c.reportsAll ? null : true,
    statuses: r?.statuses?.length ? (r.statuses as OpportunityFilter['statuses']) : null,
    dateField: reportDateField(d) as OpportunityFilter['dateField'],
    dateFrom: r?.from ?? null,
    dateTo: r?.to ?? null,
    timeZone: c.timeZone,
  };
  const client = applyGroups(f, d, { groups, depth, c }, opportunityGroup);
  return finishDrill(f, r?.client, client, true);
}
