// The activity form's values, their conversion from a stored activity or a prefill, to API input, and the resolver
// that validates with the shared schema (the same one the API parses).
import { CreateActivityInput, UpdateActivityInput } from '@veza/shared';
import type { Resolver } from 'react-hook-form';
import type { z } from 'zod';
import type { ActivityPrefill } from '../../../lib/activity-modals.ts';
import type { AttributeFieldDefinition } from '../../../components/attribute-field/attribute-definition.ts';
import { shapedResolver, type FieldOf } from '../../../lib/shaped-resolver.ts';
import { activityAttributesInput } from './activity-attributes.ts';

export type { ActivityPrefill };
import type { ActivityPriority } from './activity-tone.ts';
import { addDays, dayKey, toWallValue, wallValueToIso } from './zoned-time.ts';

/** How the activity is placed in time: a time span, whole days, or a task's due date. */
export type Timing = 'time' | 'allDay' | 'due';

export interface ActivityFormValues {
  clientId: string | null;
  typeId: string | null;
  categoryId: string | null;
  channelId: string | null;
  contactPersonId: string | null;
  subject: string;
  note: string;
  timing: Timing;
  /** Wall-clock value in the user's zone: "YYYY-MM-DDTHH:mm", or "YYYY-MM-DD" for all-day. */
  startsAt: string;
  endsAt: string;
  dueAt: string;
  priority: ActivityPriority;
  percentComplete: number | string;
  /** Own reminder lead time in minutes; '' = the owner's default. */
  reminderMinutes: number | string;
  ownerId: string | null;
  /** "user:<id>" or "person:<id>". */
  participants: string[];
  parentId: string | null;
  /** New activities only: record a contact that already happened. */
  done: boolean;
  /** One of the client's open opportunities, or null. */
  opportunityId: string | null;
  /** New activities only: create an opportunity together with the activity (instead of linking one). */
  newOpportunity: { enabled: boolean; name: string; amount: string; currency: string };
  /** User-defined attribute values by key (lib/activity-attributes.ts adds them to the input). */
  attributes: Record<string, unknown>;
}

export type CreateActivityOutput = z.output<typeof CreateActivityInput>;
export type UpdateActivityOutput = z.output<typeof UpdateActivityInput>;

/** Form fields the API may name in BAD_USER_INPUT errors. */
export const ACTIVITY_FORM_FIELDS = [
  'clientId',
  'typeId',
  'categoryId',
  'channelId',
  'contactPersonId',
  'subject',
  'note',
  'startsAt',
  'endsAt',
  'dueAt',
  'priority',
  'percentComplete',
  'reminderMinutes',
  'ownerId',
  'participants',
  'parentId',
  'opportunityId',
  'newOpportunity',
] as const;

/** A stored activity as the form needs it. */
export interface StoredActivity {
  /** Null when the client is outside the viewer's read scope (fixed after creation; the update does not send it). */
  client: { id: string } | null;
  type: { id: string };
  category?: { id: string } | null;
  channel?: { id: string } | null;
  contactPerson?: { id: string } | null;
  subject: string;
  note?: string | null;
  startsAt?: string | null;
  endsAt?: string | null;
  allDay: boolean;
  dueAt?: string | null;
  priority: ActivityPriority;
  percentComplete: number;
  reminderMinutes?: number | null;
  owner: { id: string };
  participants: { user?: { id: string } | null; person?: { id: string } | null }[];
  parent?: { id: string } | null;
  opportunity?: { id: string } | null;
  attributes?: unknown;
}

export function blankActivityValues(ownerId: string | null): ActivityFormValues {
  return {
    clientId: null,
    typeId: null,
    categoryId: null,
    channelId: null,
    contactPersonId: null,
    subject: '',
    note: '',
    timing: 'time',
    startsAt: '',
    endsAt: '',
    dueAt: '',
    priority: 'NORMAL',
    percentComplete: 0,
    reminderMinutes: '',
    ownerId,
    participants: [],
    parentId: null,
    done: false,
    opportunityId: null,
    newOpportunity: { enabled: false, name: '', amount: '', currency: '' },
    attributes: {},
  };
}

/** The day after the inclusive last day: all-day activities store an exclusive end, as calendars do. */
const exclusiveEnd = (day: string) => addDays(day, 1);

type Span = {
  startsAt?: Date | string | null;
  endsAt?: Date | string | null;
  allDay?: boolean | null;
  dueAt?: Date | string | null;
};

/**
 * The timing mode and wall values of a span: a due date alone is a task; whole days show their inclusive last day.
 * A due date next to a time span is kept (and shown), so editing never drops it.
 */
function timingValues(
  span: Span,
  timeZone: string,
): Pick<ActivityFormValues, 'timing' | 'startsAt' | 'endsAt' | 'dueAt'> {
  const dueAt = toWallValue(span.dueAt, timeZone);
  if (!span.startsAt && span.dueAt) return { timing: 'due', startsAt: '', endsAt: '', dueAt };
  if (span.allDay) {
    const startsAt = toWallValue(span.startsAt, timeZone, false);
    const last = span.endsAt ? addDays(dayKey(span.endsAt, timeZone), -1) : '';
    return { timing: 'allDay', startsAt, endsAt: last && last > startsAt ? last : '', dueAt };
  }
  return {
    timing: 'time',
    startsAt: toWallValue(span.startsAt, timeZone),
    endsAt: toWallValue(span.endsAt, timeZone),
    dueAt,
  };
}

export function prefillValues(prefill: ActivityPrefill | undefined, ownerId: string, timeZone: string) {
  const values = blankActivityValues(prefill?.ownerId ?? ownerId);
  if (!prefill) return values;
  values.clientId = prefill.clientId ?? null;
  values.contactPersonId = prefill.contactPersonId ?? null;
  values.typeId = prefill.typeId ?? null;
  values.subject = prefill.subject ?? '';
  values.parentId = prefill.parentId ?? null;
  values.opportunityId = prefill.opportunityId ?? null;
  values.done = prefill.status === 'DONE';
  Object.assign(values, timingValues(prefill, timeZone));
  return values;
}

export function storedValues(a: StoredActivity, timeZone: string): ActivityFormValues {
  const values: ActivityFormValues = {
    ...blankActivityValues(a.owner.id),
    clientId: a.client?.id ?? '',
    typeId: a.type.id,
    categoryId: a.category?.id ?? null,
    channelId: a.channel?.id ?? null,
    contactPersonId: a.contactPerson?.id ?? null,
    subject: a.subject,
    note: a.note ?? '',
    priority: a.priority,
    percentComplete: a.percentComplete,
    reminderMinutes: a.reminderMinutes ?? '',
    participants: a.participants.flatMap((p) =>
      p.user ? [`user:${p.user.id}`] : p.person ? [`person:${p.person.id}`] : [],
    ),
    parentId: a.parent?.id ?? null,
    opportunityId: a.opportunity?.id ?? null,
    newOpportunity: { enabled: false, name: '', amount: '', currency: '' },
    attributes:
      a.attributes && typeof a.attributes === 'object' ? { ...(a.attributes as Record<string, unknown>) } : {},
  };
  Object.assign(values, timingValues(a, timeZone));
  return values;
}

/** Switching the timing mode carries the chosen day (and time) over instead of clearing it. */
export function convertTiming(values: ActivityFormValues, next: Timing): Partial<ActivityFormValues> {
  const current = values.timing;
  if (current === next) return {};
  const day = (v: string) => v.slice(0, 10);
  const withTime = (v: string) => (v.length === 10 ? `${v}T09:00` : v);
  const first = current === 'due' ? values.dueAt : values.startsAt;
  if (next === 'due') return { timing: next, dueAt: first ? withTime(first) : '', startsAt: '', endsAt: '' };
  // A due date kept beside a span stays; coming from the due-date mode, the due date became the start.
  const dueAt = current === 'due' ? '' : values.dueAt;
  if (next === 'allDay') {
    const end = current === 'time' && values.endsAt && day(values.endsAt) > day(first) ? day(values.endsAt) : '';
    return { timing: next, startsAt: first ? day(first) : '', endsAt: end, dueAt };
  }
  return { timing: next, startsAt: first ? withTime(first) : '', endsAt: '', dueAt };
}

function participantInput(value: string) {
  const [kind, id] = [value.slice(0, value.indexOf(':')), value.slice(value.indexOf(':') + 1)];
  return kind === 'user' ? { userId: id, personId: null } : { userId: null, personId: id };
}

function timingInput(values: ActivityFormValues, timeZone: string) {
  const iso = (v: string) => wallValueToIso(v, timeZone);
  if (values.timing === 'due') return { startsAt: null, endsAt: null, allDay: false, dueAt: iso(values.dueAt) };
  if (values.timing === 'allDay') {
    const start = values.startsAt.slice(0, 10);
    const end = values.endsAt.slice(0, 10);
    // An end before the start is sent as is, so the shared range check names the end field.
    const endsAt = !end ? null : end >= start ? iso(exclusiveEnd(end)) : iso(end);
    return { startsAt: iso(start), endsAt, allDay: true, dueAt: iso(values.dueAt) };
  }
  return { startsAt: iso(values.startsAt), endsAt: iso(values.endsAt), allDay: false, dueAt: iso(values.dueAt) };
}

const blank = (v: string) => (v.trim() ? v : null);

function numberOrNull(value: number | string): number | null {
  if (value === '' || value == null) return null;
  return typeof value === 'number' ? value : Number(value);
}

/** The API input for the form's values (create: with client and status; edit: the editable fields). */
export function activityInput(
  values: ActivityFormValues,
  timeZone: string,
  creating: boolean,
  definitions: readonly AttributeFieldDefinition[] = [],
) {
  const input: Record<string, unknown> = {
    typeId: values.typeId ?? '',
    categoryId: values.categoryId,
    channelId: values.channelId,
    contactPersonId: values.contactPersonId,
    subject: values.subject,
    note: blank(values.note),
    ...timingInput(values, timeZone),
    priority: values.priority,
    percentComplete: numberOrNull(values.percentComplete),
    // A reminder belongs to a timed start; all-day and due-date activities are not reminded.
    reminderMinutes: values.timing === 'time' ? numberOrNull(values.reminderMinutes) : null,
    ownerId: values.ownerId,
    parentId: values.parentId,
    participants: values.participants.map(participantInput),
    attributes: activityAttributesInput(definitions, values.attributes),
  };
  const { enabled, ...opportunity } = values.newOpportunity;
  if (creating && enabled) input.newOpportunity = opportunity;
  else input.opportunityId = values.opportunityId;
  if (creating) {
    input.clientId = values.clientId ?? '';
    input.status = values.done ? 'DONE' : 'PLANNED';
  }
  return input;
}

export type ActivityFormOutput = CreateActivityOutput | UpdateActivityOutput;

/** Nested errors (a participant row) collapse onto their top-level field, which is what the form shows. */
const topLevelField: FieldOf = (path) => (path.length ? String(path[0]) : null);

export function activityResolver(
  timeZone: string,
  creating: boolean,
  definitions: readonly AttributeFieldDefinition[] = [],
): Resolver<ActivityFormValues, unknown, ActivityFormOutput> {
  const shape = (values: ActivityFormValues) => activityInput(values, timeZone, creating, definitions);
  return creating
    ? shapedResolver(CreateActivityInput, shape, topLevelField)
    : shapedResolver(UpdateActivityInput, shape, topLevelField);
}
