// The activity list's filter as the user sets it, and the API's ActivityFilter built from it.
import type { ActivityPriority, ActivityStatus } from './activity-tone.ts';
import type { ActivityFilter } from '@veza/shared';
import { addDays, dayKey, wallValueToIso } from './zoned-time.ts';

export interface ListFilterState {
  userIds: string[];
  clientId: string | null;
  typeKeys: string[];
  statuses: ActivityStatus[];
  priority: ActivityPriority | null;
  /** YYYY-MM-DD, inclusive, in the user's zone. */
  fromDay: string;
  toDay: string;
  overdue: boolean;
  text: string;
  /** An activity id: only its whole thread (main task and everything under it). */
  threadOf?: string | null;
  /** The parts of a linked filter (a report cell) the filter bar does not show: kept until the link is cleared. */
  linked?: LinkedFilter | null;
}

/** The report drill-down fields of ActivityFilter (owner only, team, results, period on a date in a time zone…). */
const LINKED_KEYS = [
  'ownerIds',
  'teamIds',
  'resultIds',
  'channelIds',
  'without',
  'client',
  'liveClient',
  'dateField',
  'dateFrom',
  'dateTo',
  'dayFrom',
  'dayTo',
  'timeZone',
  'opportunityId',
  'parentId',
] as const satisfies readonly (keyof ActivityFilter)[];
export type LinkedFilter = Pick<ActivityFilter, (typeof LINKED_KEYS)[number]>;

function linkedPart(filter: ActivityFilter): LinkedFilter | null {
  const entries = LINKED_KEYS.flatMap((k) => (filter[k] == null ? [] : [[k, filter[k]] as const]));
  return entries.length ? Object.fromEntries(entries) : null;
}

export const EMPTY_LIST_FILTER: ListFilterState = {
  userIds: [],
  clientId: null,
  typeKeys: [],
  statuses: [],
  priority: null,
  fromDay: '',
  toDay: '',
  overdue: false,
  text: '',
};

/** The API filter: days become the instants of the user's midnights, `to` exclusive (the day after). */
export function toActivityFilter(state: ListFilterState, timeZone: string) {
  const from = state.fromDay ? wallValueToIso(state.fromDay, timeZone) : null;
  const to = state.toDay ? wallValueToIso(addDays(state.toDay, 1), timeZone) : null;
  return {
    ...state.linked,
    userIds: state.userIds.length ? state.userIds : null,
    clientIds: state.clientId ? [state.clientId] : null,
    typeKeys: state.typeKeys.length ? state.typeKeys : null,
    statuses: state.statuses.length ? state.statuses : null,
    priority: state.priority,
    from,
    to,
    overdue: state.overdue ? true : null,
    text: state.text.trim() || null,
    threadOf: state.threadOf ?? null,
  };
}

/**
 * The list state for an API filter handed over in a link (a report cell): the period's instants become the user's
 * days (`to` exclusive → the day before), so the usual filter bar shows and edits it.
 */
export function fromActivityFilter(filter: ActivityFilter, timeZone: string): ListFilterState {
  return {
    ...EMPTY_LIST_FILTER,
    userIds: filter.userIds ?? [],
    clientId: filter.clientIds?.[0] ?? null,
    typeKeys: filter.typeKeys ?? [],
    statuses: filter.statuses ?? [],
    priority: filter.priority ?? null,
    fromDay: filter.from ? dayKey(filter.from, timeZone) : '',
    toDay: filter.to ? dayKey(new Date(Date.parse(filter.to) - 1), timeZone) : '',
    overdue: !!filter.overdue,
    text: filter.text ?? '',
    threadOf: filter.threadOf ?? null,
    linked: linkedPart(filter),
  };
}

export function activeFilterCount(state: ListFilterState): number {
  return [
    state.userIds.length > 0,
    !!state.clientId,
    state.typeKeys.length > 0,
    state.statuses.length > 0,
    !!state.priority,
    !!state.fromDay || !!state.toDay,
    state.overdue,
    !!state.text.trim(),
    !!state.threadOf,
  ].filter(Boolean).length;
}
