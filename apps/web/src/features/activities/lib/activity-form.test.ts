// The activity form validates with the shared schema and sends times as UTC instants of the user's wall clock.
import { describe, expect, it } from 'vitest';
import {
  activityInput,
  activityResolver,
  blankActivityValues,
  convertTiming,
  prefillValues,
  storedValues,
  type ActivityFormValues,
} from './activity-form.ts';

const TZ = 'Europe/Zagreb';

function values(patch: Partial<ActivityFormValues> = {}): ActivityFormValues {
  return { ...blankActivityValues('u1'), clientId: 'c1', typeId: 't1', subject: 'Call about the offer', ...patch };
}

async function validate(v: ActivityFormValues, creating = true) {
  const resolver = activityResolver(TZ, creating);
  return resolver(v, undefined, { fields: {}, shouldUseNativeValidation: false, criteriaMode: 'firstError' });
}

describe('activity form', () => {
  it('sends a time span as UTC instants of the user’s wall clock', () => {
    const input = activityInput(values({ startsAt: '2026-06-02T10:00', endsAt: '2026-06-02T11:30' }), TZ, true);
    expect(input).toMatchObject({
      startsAt: '2026-06-02T08:00:00.000Z',
      endsAt: '2026-06-02T09:30:00.000Z',
      allDay: false,
      dueAt: null,
      clientId: 'c1',
      status: 'PLANNED',
    });
  });

  it('stores whole days from the first day’s midnight to the midnight after the last day', () => {
    const input = activityInput(values({ timing: 'allDay', startsAt: '2026-06-02', endsAt: '2026-06-03' }), TZ, true);
    expect(input).toMatchObject({
      allDay: true,
      startsAt: '2026-06-01T22:00:00.000Z',
      endsAt: '2026-06-03T22:00:00.000Z',
    });
  });

  it('gives a task only a due date', () => {
    const input = activityInput(values({ timing: 'due', dueAt: '2026-06-05T17:00' }), TZ, true);
    expect(input).toMatchObject({ startsAt: null, endsAt: null, dueAt: '2026-06-05T15:00:00.000Z' });
  });

  it('sends participants as users and persons, and a logged contact as done', () => {
    const input = activityInput(values({ participants: ['user:u2', 'person:p1'], done: true }), TZ, true);
    expect(input.participants).toEqual([
      { userId: 'u2', personId: null },
      { userId: null, personId: 'p1' },
    ]);
    expect(input.status).toBe('DONE');
  });

  it('leaves client and status out when editing (the client is fixed)', () => {
    const input = activityInput(values(), TZ, false);
    expect(input).not.toHaveProperty('clientId');
    expect(input).not.toHaveProperty('status');
  });

  it('asks for the client, the type and the subject', async () => {
    const result = await validate(values({ clientId: null, typeId: null, subject: '  ' }));
    expect(result.errors.clientId?.message).toBe('validation.required');
    expect(result.errors.typeId?.message).toBe('validation.required');
    expect(result.errors.subject?.message).toBe('validation.required');
  });

  it('refuses a subject over 250 characters and accepts 250', async () => {
    expect((await validate(values({ subject: 'x'.repeat(251) }))).errors.subject?.message).toBe('validation.tooLong');
    expect((await validate(values({ subject: 'x'.repeat(250) }))).errors).toEqual({});
  });

  it('names the end when it is before the start, for time spans and for whole days', async () => {
    const span = await validate(values({ startsAt: '2026-06-02T10:00', endsAt: '2026-06-02T09:00' }));
    expect(span.errors.endsAt?.message).toBe('validation.activity.range');
    const days = await validate(values({ timing: 'allDay', startsAt: '2026-06-03', endsAt: '2026-06-02' }));
    expect(days.errors.endsAt?.message).toBe('validation.activity.range');
  });

  it('asks for a start when only an end is given', async () => {
    const result = await validate(values({ endsAt: '2026-06-02T09:00' }));
    expect(result.errors.startsAt?.message).toBe('validation.required');
  });

  it('refuses a percentage outside 0–100', async () => {
    expect((await validate(values({ percentComplete: 101 }))).errors.percentComplete?.message).toBe(
      'validation.activity.percent',
    );
    expect((await validate(values({ percentComplete: '' }))).errors).toEqual({});
  });

  it('returns the parsed input when valid', async () => {
    const result = await validate(values({ note: '  ', startsAt: '2026-06-02T10:00' }));
    expect(result.errors).toEqual({});
    expect(result.values).toMatchObject({ subject: 'Call about the offer', note: null, clientId: 'c1' });
  });

  it('prefills a calendar selection in the user’s zone with the current user as owner', () => {
    const v = prefillValues(
      { startsAt: new Date('2026-06-02T08:00:00Z'), endsAt: new Date('2026-06-02T09:30:00Z') },
      'me',
      TZ,
    );
    expect(v).toMatchObject({
      startsAt: '2026-06-02T10:00',
      endsAt: '2026-06-02T11:30',
      ownerId: 'me',
      timing: 'time',
    });
  });

  it('shows a stored all-day activity with its inclusive last day', () => {
    const v = storedValues(
      {
        client: { id: 'c1' },
        type: { id: 't1' },
        subject: 'Trade fair',
        allDay: true,
        startsAt: '2026-06-01T22:00:00.000Z',
        endsAt: '2026-06-03T22:00:00.000Z',
        priority: 'HIGH',
        percentComplete: 0,
        owner: { id: 'u1' },
        participants: [{ user: { id: 'u2' } }, { person: { id: 'p1' } }],
      },
      TZ,
    );
    expect(v).toMatchObject({ timing: 'allDay', startsAt: '2026-06-02', endsAt: '2026-06-03', priority: 'HIGH' });
    expect(v.participants).toEqual(['user:u2', 'person:p1']);
  });

  it('keeps a due date that accompanies a time span when editing', () => {
    const v = storedValues(
      {
        client: { id: 'c1' },
        type: { id: 't1' },
        subject: 'Prepare the offer',
        allDay: false,
        startsAt: '2026-06-02T08:00:00.000Z',
        endsAt: '2026-06-02T09:00:00.000Z',
        dueAt: '2026-06-05T15:00:00.000Z',
        priority: 'NORMAL',
        percentComplete: 50,
        owner: { id: 'u1' },
        participants: [],
      },
      TZ,
    );
    expect(v).toMatchObject({ timing: 'time', dueAt: '2026-06-05T17:00' });
    expect(activityInput(v, TZ, false)).toMatchObject({
      startsAt: '2026-06-02T08:00:00.000Z',
      dueAt: '2026-06-05T15:00:00.000Z',
    });
  });

  it('keeps the chosen day when switching between time, all day and due date', () => {
    const v = values({ startsAt: '2026-06-02T10:00', endsAt: '2026-06-04T11:00' });
    expect(convertTiming(v, 'allDay')).toMatchObject({ startsAt: '2026-06-02', endsAt: '2026-06-04' });
    expect(convertTiming(v, 'due')).toMatchObject({ dueAt: '2026-06-02T10:00', startsAt: '' });
    expect(convertTiming(values({ timing: 'allDay', startsAt: '2026-06-02' }), 'time')).toMatchObject({
      startsAt: '2026-06-02T09:00',
    });
  });

  it('links an opportunity, or creates one with a new activity, checked by the shared schema', async () => {
    expect(activityInput(values({ opportunityId: 'o1' }), TZ, true)).toMatchObject({ opportunityId: 'o1' });
    const fresh = { enabled: true, name: 'Fleet', amount: '1 234,50', currency: 'PLN' };
    const input = activityInput(values({ opportunityId: 'o1', newOpportunity: fresh }), TZ, true);
    expect(input).toMatchObject({ newOpportunity: { name: 'Fleet', amount: '1 234,50', currency: 'PLN' } });
    expect(input).not.toHaveProperty('opportunityId');
    expect((await validate(values({ newOpportunity: fresh }))).errors).toEqual({});
    const bad = await validate(values({ newOpportunity: { ...fresh, amount: '12.345' } }));
    expect(bad.errors.newOpportunity?.message).toBe('validation.amount');
    // Editing: only the link is sent.
    expect(activityInput(values({ opportunityId: null, newOpportunity: fresh }), TZ, false)).toMatchObject({
      opportunityId: null,
    });
  });
});
