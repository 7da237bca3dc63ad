// A `CalendarEvent` from the API as FullCalendar needs it: span in the user's zone, type colour, tone and what may move.
import type { EventInput } from '@fullcalendar/react';
import { activityTypeIconOf, type ActivityTypeIconKey } from '@veza/shared';
import type { CalendarEventFieldsFragment } from '../api/calendar-event-fields.ts';
import type { ResultOf } from '../../../lib/graphql-types.ts';
import { allDaySpan } from './zoned.ts';

export type CalendarEventRecord = ResultOf<typeof CalendarEventFieldsFragment>;
export type EventTone = 'planned' | 'overdue' | 'done' | 'cancelled';

/** The app's primary colour (the theme's teal 8): for types without a colour of their own. */
export const DEFAULT_EVENT_COLOR = '#08825d';
/** Done and cancelled events: a quiet grey with dark text (7.5:1), whatever the type's colour. */
export const CLOSED_EVENT_COLOR = '#f1f3f5';
// Black rather than Mantine's near-black: only black (or white) reaches 4.5:1 on every mid-tone.
const DARK_TEXT = '#000000';

/** What the event content, the tooltip and the move handlers need to know about the activity behind an event. */
export interface EventFacts {
  activityId: string;
  version: number;
  tone: EventTone;
  priority: CalendarEventRecord['activity']['priority'];
  typeLabel: string;
  typeIcon: ActivityTypeIconKey | null;
  clientName: string;
  ownerName: string;
  /** Several users' schedules are shown: say whose event it is. */
  showOwner: boolean;
  startsAt: string | null;
  endsAt: string | null;
  dueAt: string | null;
}

export function eventTone(a: Pick<CalendarEventRecord['activity'], 'status' | 'overdue'>): EventTone {
  if (a.status === 'DONE') return 'done';
  if (a.status === 'CANCELLED') return 'cancelled';
  return a.overdue ? 'overdue' : 'planned';
}

function parseHex(color: string): [number, number, number] | null {
  const hex = color.trim().replace(/^#/, '');
  const full = hex.length === 3 ? [...hex].map((c) => c + c).join('') : hex;
  if (!/^[0-9a-f]{6}$/i.test(full)) return null;
  return [0, 2, 4].map((i) => parseInt(full.slice(i, i + 2), 16)) as [number, number, number];
}

function luminance(rgb: [number, number, number]): number {
  const [r, g, b] = rgb.map((c) => {
    const s = c / 255;
    return s <= 0.03928 ? s / 12.92 : ((s + 0.055) / 1.055) ** 2.4;
  }) as [number, number, number];
  return 0.2126 * r + 0.7152 * g + 0.0722 * b;
}

/** WCAG contrast ratio of two colours (1 … 21); null when one is not a hex colour. */
export function contrastRatio(a: string, b: string): number | null {
  const ra = parseHex(a);
  const rb = parseHex(b);
  if (!ra || !rb) return null;
  const [la, lb] = [luminance(ra), luminance(rb)];
  return (Math.max(la, lb) + 0.05) / (Math.min(la, lb) + 0.05);
}

/** Dark or white text on the colour, whichever contrasts more (at least 4.5:1 for any colour). */
export function contrastText(color: string): string {
  const rgb = parseHex(color);
  if (!rgb) return '#ffffff';
  return (contrastRatio(color, DARK_TEXT) ?? 0) > (contrastRatio(color, '#ffffff') ?? 0) ? DARK_TEXT : '#ffffff';
}

export interface MappingOptions {
  timeZone: string;
  /** The viewer may change activities (activities.write). */
  canEdit: boolean;
  showOwner: boolean;
}

/**
 * Timed events keep their instants (FullCalendar places them in the user's zone). All-day activities are stored as
 * their owner's local midnights, so their days are read in the owner's zone (a manager elsewhere sees the same days);
 * a task with only a due date sits on the day that instant falls on for the viewer. Only planned activities can be dragged — a done contact records
 * when it happened — and only those with a time span can be resized (a task's due date has no length).
 */
export function toEventInput(e: CalendarEventRecord, options: MappingOptions): EventInput {
  const a = e.activity;
  const tone = eventTone(a);
  const typeColor = e.color && parseHex(e.color) ? e.color : DEFAULT_EVENT_COLOR;
  const color = tone === 'done' || tone === 'cancelled' ? CLOSED_EVENT_COLOR : typeColor;
  const facts: EventFacts = {
    activityId: a.id,
    version: a.version,
    tone,
    priority: a.priority,
    typeLabel: a.type.label,
    typeIcon: activityTypeIconOf(a.type.meta),
    clientName: a.clientName,
    ownerName: a.owner.name,
    showOwner: options.showOwner,
    startsAt: a.startsAt,
    endsAt: a.endsAt,
    dueAt: a.dueAt,
  };
  const dayZone = a.startsAt ? a.owner.timeZone : options.timeZone;
  const span = e.allDay
    ? allDaySpan(e.start, e.end, dayZone)
    : { start: e.start, end: Date.parse(e.end) > Date.parse(e.start) ? e.end : undefined };
  const movable = options.canEdit && tone !== 'done' && tone !== 'cancelled';
  return {
    id: e.id,
    title: e.title,
    allDay: e.allDay,
    start: span.start,
    end: span.end,
    color,
    contrastColor: contrastText(color),
    startEditable: movable,
    durationEditable: movable && a.startsAt != null,
    className: [
      'veza-event',
      `veza-event--${tone}`,
      a.priority === 'HIGH' && 'veza-event--high',
      a.priority === 'LOW' && 'veza-event--low',
    ]
      .filter(Boolean)
      .join(' '),
    extendedProps: facts,
  };
}

/**
 * toEventInput for a whole range, remembering each event's input by its cache record: Apollo hands back the same
 * record objects for a range read again from the cache, so switching back to a month of ~1 000 events maps none of
 * them again (the all-day spans need time-zone arithmetic). A changed record is a new object and is mapped anew.
 */
export function eventInputMapper(): (events: readonly CalendarEventRecord[], options: MappingOptions) => EventInput[] {
  const mapped = new WeakMap<CalendarEventRecord, { key: string; input: EventInput }>();
  return (events, options) => {
    const key = `${options.timeZone} ${options.canEdit} ${options.showOwner}`;
    return events.map((e) => {
      const known = mapped.get(e);
      if (known?.key === key) return known.input;
      const input = toEventInput(e, options);
      mapped.set(e, { key, input });
      return input;
    });
  };
}
