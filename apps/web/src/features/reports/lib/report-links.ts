// The records behind a report cell: a client group links to the client; in reports over activities or opportunities
// a cell whose filter that list can express opens it (record-links.ts); other client-based groups (country,
// industry, segment, lead source; for the clients subject also status and account manager) link to the client list
// filtered to that group, within the report's client filter (and, for the clients subject, its agents and period).
// Anything else (a result, a channel, a type mixed with an industry…) gets no link.
import {
  ClientFilterInput,
  type ClientField,
  type ClientFilter,
  type ReportDefinition,
  type ReportDimension,
} from '@veza/shared';
import { clientListHref } from '../../../lib/client-filter-link.ts';
import { activityCellHref, opportunityCellHref, type DictionaryKeyOf, type LinkGroup } from './record-links.ts';

export type { DictionaryKeyOf, LinkGroup };

const DICTIONARY_FIELDS: Partial<Record<ReportDimension, ClientField>> = {
  INDUSTRY: 'INDUSTRY',
  SEGMENT: 'SEGMENT',
  LEAD_SOURCE: 'LEAD_SOURCE',
};

const field = (name: ClientField, op: 'EQ' | 'IN' | 'IS_EMPTY' | 'AFTER' | 'BEFORE', value?: unknown) => ({
  field: value === undefined ? { field: name, op } : { field: name, op, value },
});

/** The client-list condition for one group value; undefined when the group is not a client property. */
function dictionaryField(d: ReportDefinition, dimension: ReportDimension): ClientField | undefined {
  // An opportunity's lead source is its own, not its client's.
  if (dimension === 'LEAD_SOURCE' && d.subject === 'OPPORTUNITIES') return undefined;
  if (dimension === 'STATUS' && d.subject === 'CLIENTS') return 'STATUS';
  return DICTIONARY_FIELDS[dimension];
}

export function groupCondition(
  d: ReportDefinition,
  dimension: ReportDimension,
  g: LinkGroup,
  dictionaryKey: DictionaryKeyOf,
): ClientFilter | undefined {
  if (dimension === 'COUNTRY') return g.key ? field('COUNTRY', 'EQ', g.key) : field('COUNTRY', 'IS_EMPTY');
  if (dimension === 'AGENT' && d.subject === 'CLIENTS')
    return g.id ? field('ACCOUNT_MANAGER', 'EQ', g.id) : g.key ? undefined : field('ACCOUNT_MANAGER', 'IS_EMPTY');
  const name = dictionaryField(d, dimension);
  if (!name) return undefined;
  if (!g.key) return field(name, 'IS_EMPTY');
  const key = g.id ? dictionaryKey(g.id) : undefined;
  return key ? field(name, 'EQ', key) : undefined;
}

/** What of the report's own filter describes clients: its client filter; for clients also agents and period. */
export function baseConditions(d: ReportDefinition): ClientFilter[] {
  const out: ClientFilter[] = d.filter?.client ? [d.filter.client] : [];
  if (d.subject !== 'CLIENTS') return out;
  const agents = d.filter?.agentIds;
  if (agents?.length) out.push(field('ACCOUNT_MANAGER', 'IN', agents));
  const date = d.dateField === 'LAST_CONTACT_AT' ? 'LAST_CONTACT_AT' : 'CREATED_AT';
  if (d.filter?.from) out.push(field(date, 'AFTER', d.filter.from));
  if (d.filter?.to) out.push(field(date, 'BEFORE', d.filter.to));
  return out;
}

/**
 * The address of the records behind the first `depth` groups of a row (a table cell), or null when no list can
 * show them. A client group (the last one) links to the client itself; `timeZone` is the viewer's (date groups).
 */
export function groupCellHref(
  d: ReportDefinition,
  groups: readonly LinkGroup[],
  depth: number,
  dictionaryKey: DictionaryKeyOf,
  timeZone = 'UTC',
): string | null {
  const last = d.groupBy[depth - 1];
  if (last?.dimension === 'CLIENT') return groups[depth - 1]?.id ? `/clients/${groups[depth - 1]!.id}` : null;
  const c = { d, keyOf: dictionaryKey, timeZone };
  const records =
    d.subject === 'ACTIVITIES'
      ? activityCellHref(groups, depth, c)
      : d.subject === 'OPPORTUNITIES'
        ? opportunityCellHref(groups, depth, c)
        : null;
  if (records) return records;
  const conditions: ClientFilter[] = [];
  for (let i = 0; i < depth; i++) {
    const dimension = d.groupBy[i]?.dimension;
    const condition = dimension && groups[i] ? groupCondition(d, dimension, groups[i]!, dictionaryKey) : undefined;
    if (!condition) return null;
    conditions.push(condition);
  }
  const all = [...baseConditions(d), ...conditions];
  const filter = all.length === 1 ? all[0]! : { and: all };
  return ClientFilterInput.safeParse(filter).success ? clientListHref(filter) : null;
}
