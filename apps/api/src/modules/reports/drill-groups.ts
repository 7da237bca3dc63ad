// What a report cell's groups mean as list conditions, shared by the activity, opportunity and client drill-downs:
// the days of a date-part group, and the client-property groups (attribute values too) as client-filter conditions.
import {
  addDays,
  type ClientField,
  type ClientFilter,
  type ReportDefinition,
  type ReportDimension,
  type ValueType,
} from '@veza/shared';

type ReportGrouping = ReportDefinition['groupBy'][number];

/** One group of a report row: its raw key (uuid, day, status…; null = none) and global id when it is a record. */
export type DrillGroup = { key?: string | null; id?: string | null };
/** A dictionary value's key by its global id (client filters compare keys, a report groups by ids). */
export type DictionaryKeyOf = (globalId: string) => string | undefined;

export type DrillContext = {
  /** The viewer's time zone: the report's days (date groups) are local days in it. */
  timeZone: string;
  /** The viewer's global user id. */
  viewerId: string;
  /** What the report scope lets the viewer see (apps/api reports/report-scope.sql.ts). */
  reportsAll: boolean;
  /** The viewer's activities read scope is wider than OWN (the activity list then shows more than their own). */
  activitiesAll: boolean;
  keyOf: DictionaryKeyOf;
  /** A client attribute's value type (undefined: unknown key). */
  attributeType: (key: string) => ValueType | undefined;
  /**
   * A text attribute value the list's filter cannot tell apart from another group's (the filter compares text
   * case-insensitively, the report groups by the exact text): such a group gets no link.
   */
  ambiguousText: (attributeKey: string, value: string) => boolean;
};

/** Thrown inside a builder when the list cannot express a group: the cell gets no link. */
export class NoDrill extends Error {}

export type Mutable<T> = { -readonly [K in keyof T]: T[K] };

/** The value, or no link for the cell when it is missing. */
export const need = <T>(value: T | null | undefined): T => {
  if (value == null) throw new NoDrill();
  return value;
};

const MONTHS: Partial<Record<ReportDimension, number>> = { MONTH: 1, QUARTER: 3, YEAR: 12 };

/** The days [first, last] of a date-part group starting on `day` (YYYY-MM-DD); undefined for other dimensions. */
export function partDays(dimension: ReportDimension, day: string | null | undefined): [string, string] | undefined {
  if (!(dimension in MONTHS) && dimension !== 'DAY' && dimension !== 'WEEK') return undefined;
  if (!day) throw new NoDrill();
  if (dimension === 'DAY') return [day, day];
  if (dimension === 'WEEK') return [day, addDays(day, 6)];
  const [y, m] = day.split('-').map(Number) as [number, number];
  const next = new Date(Date.UTC(y, m - 1 + MONTHS[dimension]!, 1)).toISOString().slice(0, 10);
  return [day, addDays(next, -1)];
}

/** Narrows a [first, last] day range (two date groups of the same field intersect). */
export function narrowDays(
  f: { dayFrom?: string | null; dayTo?: string | null },
  [first, last]: [string, string],
): void {
  if (!f.dayFrom || first > f.dayFrom) f.dayFrom = first;
  if (!f.dayTo || last < f.dayTo) f.dayTo = last;
}

const field = (name: ClientField, op: 'EQ' | 'IS_EMPTY', value?: unknown): ClientFilter => ({
  field: value === undefined ? { field: name, op } : { field: name, op, value },
});

const CLIENT_DICTIONARIES: Partial<Record<ReportDimension, ClientField>> = {
  INDUSTRY: 'INDUSTRY',
  SEGMENT: 'SEGMENT',
  LEAD_SOURCE: 'LEAD_SOURCE',
};

/** The stored JSON value behind an attribute group's text key (`->>`), as the filter language compares it. */
function attributeValue(type: ValueType | undefined, key: string): string | number | boolean {
  if (type === 'text' || type === 'choice' || type === 'date') return key;
  if (type === 'integer' || type === 'decimal') {
    const n = Number(key);
    if (!Number.isFinite(n) || String(n) !== key) throw new NoDrill();
    return n;
  }
  if (type === 'boolean' && (key === 'true' || key === 'false')) return key === 'true';
  throw new NoDrill(); // a multiple choice groups by its whole list, which no condition names exactly
}

/** A client attribute group: the value itself, or no value ("none"). */
function attributeGroup(key: string, g: DrillGroup, c: DrillContext): ClientFilter {
  const type = c.attributeType(key);
  if (!type) throw new NoDrill();
  if (g.key == null) return { attribute: { key, op: 'IS_EMPTY' } };
  if (type === 'text' && c.ambiguousText(key, g.key)) throw new NoDrill();
  return { attribute: { key, op: 'EQ', value: attributeValue(type, g.key) } };
}

/**
 * The client-filter condition of a client-property group (industry, segment, country, an attribute; the client's
 * lead source except for opportunities, whose lead source is their own); undefined when the dimension is no client
 * property.
 */
export function clientGroup(
  d: ReportDefinition,
  grouping: ReportGrouping,
  g: DrillGroup,
  c: DrillContext,
): ClientFilter | undefined {
  const { dimension } = grouping;
  const keyOf = c.keyOf;
  if (dimension === 'ATTRIBUTE') return attributeGroup(grouping.attributeKey ?? '', g, c);
  if (dimension === 'COUNTRY') return g.key ? field('COUNTRY', 'EQ', g.key) : field('COUNTRY', 'IS_EMPTY');
  if (dimension === 'LEAD_SOURCE' && d.subject === 'OPPORTUNITIES') return undefined;
  const name = CLIENT_DICTIONARIES[dimension];
  if (!name) return undefined;
  if (!g.key) return field(name, 'IS_EMPTY');
  const key = g.id ? keyOf(g.id) : undefined;
  if (!key) throw new NoDrill();
  return field(name, 'EQ', key);
}

/** The report's client filter and the cell's client conditions as one filter (null when none). */
export function combineClient(base: ClientFilter | null | undefined, extra: ClientFilter[]): ClientFilter | null {
  const all = [...(base ? [base] : []), ...extra];
  return all.length === 0 ? null : all.length === 1 ? all[0]! : { and: all };
}

/**
 * The cell's groups into a list filter `f`: the list's own dimension (`own` sets it and returns true), a date part
 * (narrows the days), else a client property, returned as client-filter conditions for the caller to combine.
 */
export function applyGroups<F extends { dayFrom?: string | null; dayTo?: string | null }>(
  f: F,
  d: ReportDefinition,
  cell: { groups: readonly DrillGroup[]; depth: number; c: DrillContext },
  own: (f: F, dim: ReportDimension, g: DrillGroup, c: DrillContext) => boolean,
): ClientFilter[] {
  const client: ClientFilter[] = [];
  for (let i = 0; i < cell.depth; i++) {
    const grouping = need(d.groupBy[i]);
    const dim = grouping.dimension;
    const g = need(cell.groups[i]);
    if (own(f, dim, g, cell.c)) continue;
    const days = partDays(dim, g.key);
    if (days) narrowDays(f, days);
    else client.push(need(clientGroup(d, grouping, g, cell.c)));
  }
  return client;
}

type Finished = { client?: ClientFilter | null; without?: readonly unknown[] | null; liveClient?: boolean | null };

/**
 * Ends a list filter: the report's client filter and the cell's client conditions as one; without any, only live
 * clients where the list can say so (`live`), as the report counts them; no empty `without`.
 */
export function finishDrill<F extends Finished>(
  f: Mutable<F>,
  base: ClientFilter | null | undefined,
  client: ClientFilter[],
  live: boolean,
): F {
  f.client = combineClient(base, client);
  if (!f.client && live) f.liveClient = true;
  if (!f.without?.length) delete f.without;
  return f;
}
