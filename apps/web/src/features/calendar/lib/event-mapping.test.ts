// API calendar events become FullCalendar events: spans in the user's zone, colour, tone and what may be dragged.
import { describe, expect, it } from 'vitest';
import {
  eventInputMapper,
  CLOSED_EVENT_COLOR,
  contrastRatio,
  contrastText,
  DEFAULT_EVENT_COLOR,
  toEventInput,
  type CalendarEventRecord,
} from './event-mapping.ts';

function event(overrides: Partial<CalendarEventRecord> = {}, activity: Partial<CalendarEventRecord['activity']> = {}) {
  const base: CalendarEventRecord = {
    id: 'A1',
    title: 'Quarterly review',
    start: '2026-06-15T08:00:00.000Z',
    end: '2026-06-15T09:30:00.000Z',
    allDay: false,
    color: '#1c7ed6',
    activity: {
      id: 'A1',
      version: 3,
      status: 'PLANNED',
      priority: 'NORMAL',
      overdue: false,
      startsAt: '2026-06-15T08:00:00.000Z',
      endsAt: '2026-06-15T09:30:00.000Z',
      dueAt: null,
      type: { id: 'T1', label: 'Meeting', meta: { showOnCalendar: true, icon: 'users' } },
      clientName: 'Adriatic Foods d.o.o.',
      client: { id: 'C1', name: 'Adriatic Foods d.o.o.' },
      owner: { id: 'U1', name: 'Ana Horvat', timeZone: 'Europe/Zagreb' },
    },
  };
  return { ...base, ...overrides, activity: { ...base.activity, ...activity } };
}

const options = { timeZone: 'Europe/Zagreb', canEdit: true, showOwner: false };

describe('calendar event mapping', () => {
  it('keeps a timed event’s UTC instants and carries the facts the calendar shows', () => {
    const input = toEventInput(event(), options);
    expect(input).toMatchObject({
      id: 'A1',
      title: 'Quarterly review',
      allDay: false,
      start: '2026-06-15T08:00:00.000Z',
      end: '2026-06-15T09:30:00.000Z',
      color: '#1c7ed6',
      contrastColor: '#000000', // white on blue-6 is only 4.0:1
      startEditable: true,
      durationEditable: true,
    });
    expect(input.extendedProps).toMatchObject({
      activityId: 'A1',
      version: 3,
      tone: 'planned',
      clientName: 'Adriatic Foods d.o.o.',
      typeLabel: 'Meeting',
      typeIcon: 'users',
    });
  });

  it('passes on only an icon the app can draw', () => {
    const icon = (meta: unknown) => toEventInput(event({}, { type: { id: 'T1', label: 'Visit', meta } }), options);
    expect(icon({ icon: 'map-pin' }).extendedProps).toMatchObject({ typeIcon: 'map-pin' });
    expect(icon({ icon: 'rocket' }).extendedProps).toMatchObject({ typeIcon: null });
    expect(icon({}).extendedProps).toMatchObject({ typeIcon: null });
  });

  it('leaves out an end equal to the start so the calendar gives the event its default length', () => {
    const input = toEventInput(event({ end: '2026-06-15T08:00:00.000Z' }, { endsAt: null }), options);
    expect(input.end).toBeUndefined();
  });

  it('places a task with only a due date on its day in the user’s zone, not resizable', () => {
    // 23:30 UTC on the 14th is already the 15th in Zagreb (UTC+2 in summer).
    const task = event(
      { start: '2026-06-14T23:30:00.000Z', end: '2026-06-14T23:30:00.000Z', allDay: true },
      { startsAt: null, endsAt: null, dueAt: '2026-06-14T23:30:00.000Z' },
    );
    const input = toEventInput(task, options);
    expect(input).toMatchObject({ allDay: true, start: '2026-06-15', end: '2026-06-16', startEditable: true });
    expect(input.durationEditable).toBe(false);
  });

  it('reads an all-day activity’s days in its owner’s zone, whoever looks at it', () => {
    // Stored as the owner's (New York) midnights: 15–16 June there, which is 05:00 / 04:00 UTC.
    const allDay = event(
      { start: '2026-06-15T04:00:00.000Z', end: '2026-06-17T04:00:00.000Z', allDay: true },
      {
        startsAt: '2026-06-15T04:00:00.000Z',
        endsAt: '2026-06-17T04:00:00.000Z',
        owner: { id: 'U2', name: 'Bob', timeZone: 'America/New_York' },
      },
    );
    const input = toEventInput(allDay, { ...options, timeZone: 'Asia/Tokyo' });
    expect(input).toMatchObject({ allDay: true, start: '2026-06-15', end: '2026-06-17', durationEditable: true });
  });

  it('gives done, overdue, cancelled and priority their own classes, and freezes done and cancelled ones', () => {
    const done = toEventInput(event({}, { status: 'DONE', priority: 'HIGH' }), options);
    expect(done.className).toBe('veza-event veza-event--done veza-event--high');
    expect(done.startEditable).toBe(false);
    expect(done.durationEditable).toBe(false);
    const overdue = toEventInput(event({}, { overdue: true, priority: 'LOW' }), options);
    expect(overdue.className).toBe('veza-event veza-event--overdue veza-event--low');
    expect(overdue.startEditable).toBe(true);
    expect(toEventInput(event({}, { status: 'CANCELLED' }), options).startEditable).toBe(false);
  });

  it('lets nothing move for a viewer who may not change activities', () => {
    const input = toEventInput(event(), { ...options, canEdit: false });
    expect(input.startEditable).toBe(false);
    expect(input.durationEditable).toBe(false);
  });

  it('uses the primary colour for a type without (or with a broken) colour', () => {
    expect(toEventInput(event({ color: null }), options).color).toBe(DEFAULT_EVENT_COLOR);
    expect(toEventInput(event({ color: 'javascript:alert(1)' }), options).color).toBe(DEFAULT_EVENT_COLOR);
  });

  it('picks dark text on light type colours and white on dark ones', () => {
    expect(contrastText('#ffd43b')).toBe('#000000');
    expect(contrastText('#fff')).toBe('#000000');
    expect(contrastText('#1864ab')).toBe('#ffffff');
    expect(contrastText('#000000')).toBe('#ffffff');
  });

  it('keeps event text at 4.5:1 or more on any type colour, also mid-tones where white fails (WCAG AA)', () => {
    for (const color of [
      '#0ca678',
      '#1c7ed6',
      '#fa5252',
      '#fd7e14',
      '#7950f2',
      '#40c057',
      '#868e96',
      DEFAULT_EVENT_COLOR,
    ]) {
      expect(contrastRatio(color, contrastText(color))).toBeGreaterThanOrEqual(4.5);
    }
    expect(contrastRatio(DEFAULT_EVENT_COLOR, '#ffffff')).toBeGreaterThanOrEqual(4.5);
  });

  it('shows done and cancelled events in a quiet grey with dark text instead of a faded type colour', () => {
    for (const status of ['DONE', 'CANCELLED'] as const) {
      const input = toEventInput(event({ color: '#fa5252' }, { status }), options);
      expect(input.color).toBe(CLOSED_EVENT_COLOR);
      expect(contrastRatio(CLOSED_EVENT_COLOR, String(input.contrastColor))).toBeGreaterThanOrEqual(7);
    }
  });
});

describe('eventInputMapper', () => {
  it('maps a record read again once, and anew for other options or a changed record', () => {
    const map = eventInputMapper();
    const record = event();
    const [first] = map([record], options);
    expect(map([record], options)[0]).toBe(first);
    expect(map([record], { ...options, showOwner: true })[0]).not.toBe(first);
    const changed = { ...record, title: 'Moved' };
    expect(map([changed], options)[0]).toMatchObject({ title: 'Moved' });
  });
});
