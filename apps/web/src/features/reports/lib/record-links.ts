// The records behind a report cell in the activity or the opportunity list: the report's own filter (statuses,
// types, agents, period) and the cell's groups become that list's filter. A part the list cannot express (a client
// filter, a client property group, a result, a period on a date the list does not filter) gives no such link.
import {
  ActivityFilterInput,
  OpportunityFilterInput,
  addDays,
  localDate,
  startOfDay,
  type ActivityFilter,
  type OpportunityFilter,
  type ReportDefinition,
  type ReportDimension,
} from '@veza/shared';
import { activityListHref, opportunityListHref } from '../../../lib/record-list-links.ts';

export type LinkGroup = { key?: string | null; id?: string | null };
/** A dictionary value's key by its global id (filters compare keys, a report groups by ids). */
export type DictionaryKeyOf = (globalId: string) => string | undefined;

const MONTHS: Partial<Record<ReportDimension, number>> = { MONTH: 1, QUARTER: 3, YEAR: 12 };

/** The days [first, last] of a date-part group starting on `day` (YYYY-MM-DD). */
function partDays(dimension: ReportDimension, day: string): [string, string] | null {
  if (dimension === 'DAY') return [day, day];
  if (dimension === 'WEEK') return [day, addDays(day, 6)];
  const months = MONTHS[dimension];
  if (!months) return null;
  const [y, m] = day.split('-').map(Number) as [number, number];
  const next = new Date(Date.UTC(y, m - 1 + months, 1)).toISOString().slice(0, 10);
  return [day, addDays(next, -1)];
}

export type CellContext = { d: ReportDefinition; keyOf: DictionaryKeyOf; timeZone: string };

/** One group of a cell applied to an activity filter; false when the list cannot express it. */
function activityGroup(f: ActivityFilter, dimension: ReportDimension, g: LinkGroup, c: CellContext): boolean {
  if (dimension === 'AGENT' && g.id) f.userIds = [g.id];
  else if (dimension === 'CLIENT' && g.id) f.clientIds = [g.id];
  else if (dimension === 'STATUS' && g.key) f.statuses = [g.key as NonNullable<ActivityFilter['statuses']>[number]];
  else if (dimension === 'TYPE' && g.id && c.keyOf(g.id)) f.typeKeys = [c.keyOf(g.id)!];
  else {
    const days = g.key && (c.d.dateField ?? 'STARTS_AT') === 'STARTS_AT' ? partDays(dimension, g.key) : null;
    if (!days) return false;
    f.from = startOfDay(days[0], c.timeZone).toISOString();
    f.to = startOfDay(addDays(days[1], 1), c.timeZone).toISOString();
  }
  return true;
}

export function activityCellHref(groups: readonly LinkGroup[], depth: number, c: CellContext): string | null {
  const { d } = c;
  const r = d.filter;
  if (r?.client || ((r?.from || r?.to) && (d.dateField ?? 'STARTS_AT') !== 'STARTS_AT')) return null;
  const f: ActivityFilter = {
    userIds: r?.agentIds?.length ? [...r.agentIds] : null,
    statuses: r?.statuses?.length ? (r.statuses as ActivityFilter['statuses']) : null,
    typeKeys: r?.typeKeys?.length ? [...r.typeKeys] : null,
    from: r?.from ?? null,
    to: r?.to ?? null,
  };
  for (let i = 0; i < depth; i++)
    if (!groups[i] || !activityGroup(f, d.groupBy[i]!.dimension, groups[i]!, c)) return null;
  return ActivityFilterInput.safeParse(f).success ? activityListHref(f) : null;
}

const STATUSES = new Set(['OPEN', 'WON', 'LOST']);

function opportunityGroup(f: OpportunityFilter, dimension: ReportDimension, g: LinkGroup, c: CellContext): boolean {
  if (dimension === 'AGENT' && g.id) f.ownerIds = [g.id];
  else if (dimension === 'CLIENT' && g.id) f.clientId = g.id;
  else if (dimension === 'STAGE' && g.id) f.stageIds = [g.id];
  else if (dimension === 'LEAD_SOURCE' && g.id) f.leadSourceIds = [g.id];
  else if (dimension === 'STATUS' && g.key && STATUSES.has(g.key)) f.status = g.key as 'OPEN';
  else {
    const days = g.key && c.d.dateField === 'EXPECTED_CLOSE_ON' ? partDays(dimension, g.key) : null;
    if (!days) return false;
    [f.closeFrom, f.closeTo] = days;
  }
  return true;
}

export function opportunityCellHref(groups: readonly LinkGroup[], depth: number, c: CellContext): string | null {
  const { d } = c;
  const r = d.filter;
  const period = r?.from || r?.to;
  if (r?.client || (period && d.dateField !== 'EXPECTED_CLOSE_ON') || (r?.statuses?.length ?? 0) > 1) return null;
  const f: OpportunityFilter = {
    ownerIds: r?.agentIds?.length ? [...r.agentIds] : null,
    status: (r?.statuses?.[0] as OpportunityFilter['status']) ?? null,
    closeFrom: r?.from ? localDate(new Date(r.from), c.timeZone) : null,
    closeTo: r?.to ? addDays(localDate(new Date(r.to), c.timeZone), -1) : null,
  };
  for (let i = 0; i < depth; i++)
    if (!groups[i] || !opportunityGroup(f, d.groupBy[i]!.dimension, groups[i]!, c)) return null;
  return OpportunityFilterInput.safeParse(f).success ? opportunityListHref(f) : null;
}
