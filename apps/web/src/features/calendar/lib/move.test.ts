// Drags and resizes become moveActivity variables with the version the calendar showed.
import { describe, expect, it } from 'vitest';
import type { EventFacts } from './event-mapping.ts';
import { moveVariables } from './move.ts';

const facts = (over: Partial<EventFacts> = {}): EventFacts => ({
  activityId: 'A1',
  version: 7,
  tone: 'planned',
  priority: 'NORMAL',
  typeLabel: 'Call',
  typeIcon: 'phone',
  clientName: 'Acme',
  ownerName: 'Ana',
  showOwner: false,
  startsAt: '2026-06-15T08:00:00.000Z',
  endsAt: '2026-06-15T09:30:00.000Z',
  dueAt: null,
  ...over,
});
const tz = 'Europe/Zagreb';

describe('move variables', () => {
  it('sends a dragged timed event’s new instants in UTC with its version', () => {
    const moved = {
      allDay: false,
      start: new Date('2026-06-16T10:00:00Z'),
      end: new Date('2026-06-16T11:30:00Z'),
      extendedProps: facts(),
    };
    expect(moveVariables({ kind: 'drop', dayDelta: 1 }, moved, tz)).toEqual({
      id: 'A1',
      version: 7,
      start: '2026-06-16T10:00:00.000Z',
      end: '2026-06-16T11:30:00.000Z',
    });
  });

  it('sends no end for a timed event that had none, so the API keeps it without an end', () => {
    const moved = { allDay: false, start: new Date('2026-06-16T10:00:00Z'), end: null, extendedProps: facts() };
    expect(moveVariables({ kind: 'drop', dayDelta: 1 }, moved, tz)?.end).toBeNull();
  });

  it('sends a resized timed event’s new end', () => {
    const resized = {
      allDay: false,
      start: new Date('2026-06-15T08:00:00Z'),
      end: new Date('2026-06-15T10:00:00Z'),
      extendedProps: facts(),
    };
    expect(moveVariables({ kind: 'resize' }, resized, tz)).toMatchObject({
      start: '2026-06-15T08:00:00.000Z',
      end: '2026-06-15T10:00:00.000Z',
    });
  });

  it('moves a task’s due date by whole days in the user’s zone, keeping its time across DST', () => {
    // Due 27 March 2026 17:00 CET; dragged three days later -> 30 March 17:00 CEST.
    const task = facts({ startsAt: null, endsAt: null, dueAt: '2026-03-27T16:00:00.000Z' });
    const moved = { allDay: true, start: new Date('2026-03-29T22:00:00Z'), end: null, extendedProps: task };
    expect(moveVariables({ kind: 'drop', dayDelta: 3 }, moved, tz)).toEqual({
      id: 'A1',
      version: 7,
      start: '2026-03-30T15:00:00.000Z',
      end: null,
    });
  });

  it('sends the new first day of a dragged all-day activity and no end, so the API keeps its length in days', () => {
    const allDay = facts({ startsAt: '2026-06-14T22:00:00.000Z', endsAt: '2026-06-16T22:00:00.000Z' });
    // FullCalendar's start: midnight of the new first day in the viewer's zone.
    const moved = {
      allDay: true,
      start: new Date('2026-06-11T22:00:00Z'),
      end: new Date('2026-06-13T22:00:00Z'),
      extendedProps: allDay,
    };
    expect(moveVariables({ kind: 'drop', dayDelta: -3 }, moved, tz)).toEqual({
      id: 'A1',
      version: 7,
      start: '2026-06-11T22:00:00.000Z',
      end: null,
    });
  });

  it('ends a resized all-day activity at the midnight after its new last day', () => {
    const allDay = facts({ startsAt: '2026-06-14T22:00:00.000Z', endsAt: null });
    const resized = {
      allDay: true,
      start: new Date('2026-06-14T22:00:00Z'),
      end: new Date('2026-06-17T22:00:00Z'),
      extendedProps: allDay,
    };
    expect(moveVariables({ kind: 'resize' }, resized, tz)).toMatchObject({
      start: '2026-06-14T22:00:00.000Z',
      end: '2026-06-17T22:00:00.000Z',
    });
  });

  it('does not resize a task that has only a due date', () => {
    const task = facts({ startsAt: null, endsAt: null, dueAt: '2026-03-27T16:00:00.000Z' });
    const resized = { allDay: true, start: new Date(), end: new Date(), extendedProps: task };
    expect(moveVariables({ kind: 'resize' }, resized, tz)).toBeNull();
  });
});
