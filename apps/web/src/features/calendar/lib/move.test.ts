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

  it('shifts both ends of a multi-day all-day activity', () => {
    const allDay = facts({ startsAt: '2026-06-14T22:00:00.000Z', endsAt: '2026-06-16T22:00:00.000Z' });
    const moved = { allDay: true, start: new Date(), end: new Date(), extendedProps: allDay };
    expect(moveVariables({ kind: 'drop', dayDelta: -2 }, moved, tz)).toMatchObject({
      start: '2026-06-12T22:00:00.000Z',
      end: '2026-06-14T22:00:00.000Z',
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
});
