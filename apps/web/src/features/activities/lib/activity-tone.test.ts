// The colour rule for listed activities: overdue red, planned orange, done neutral, cancelled grey struck;
// high priority bold, low italic.
import { describe, expect, it } from 'vitest';
import { activityTone } from './activity-tone.ts';

describe('activityTone', () => {
  it.each([
    [{ status: 'PLANNED', overdue: true }, 'overdue', 'red'],
    [{ status: 'PLANNED', overdue: false }, 'planned', 'orange'],
    [{ status: 'DONE', overdue: false }, 'done', 'gray'],
    [{ status: 'CANCELLED', overdue: false }, 'cancelled', 'gray'],
  ] as const)('%o is %s', (a, tone, color) => {
    const result = activityTone({ ...a, priority: 'NORMAL' });
    expect(result.tone).toBe(tone);
    expect(result.color).toBe(color);
    expect(result.attributes).toEqual({ 'data-tone': tone, 'data-priority': 'NORMAL' });
  });

  it('never calls a done or cancelled activity overdue, even if its time has passed', () => {
    expect(activityTone({ status: 'DONE', overdue: true, priority: 'NORMAL' }).tone).toBe('done');
    expect(activityTone({ status: 'CANCELLED', overdue: true, priority: 'NORMAL' }).tone).toBe('cancelled');
  });

  it('paints overdue red and planned orange, and leaves done on the plain background', () => {
    expect(activityTone({ status: 'PLANNED', overdue: true, priority: 'NORMAL' }).background).toContain('red');
    expect(activityTone({ status: 'PLANNED', overdue: false, priority: 'NORMAL' }).background).toContain('orange');
    expect(activityTone({ status: 'DONE', overdue: false, priority: 'NORMAL' }).background).toBe(
      'var(--mantine-color-body)',
    );
  });

  it('sets high priority in bold and low priority in italics', () => {
    const high = activityTone({ status: 'PLANNED', overdue: false, priority: 'HIGH' });
    const low = activityTone({ status: 'PLANNED', overdue: false, priority: 'LOW' });
    const normal = activityTone({ status: 'PLANNED', overdue: false, priority: 'NORMAL' });
    expect(high.text.fontWeight).toBe(700);
    expect(high.text.fontStyle).toBeUndefined();
    expect(low.text.fontStyle).toBe('italic');
    expect(low.text.fontWeight).toBeUndefined();
    expect(normal.text.fontWeight).toBeUndefined();
    expect(normal.text.fontStyle).toBeUndefined();
    expect(high.attributes['data-priority']).toBe('HIGH');
  });

  it('strikes through cancelled activities and keeps their priority style', () => {
    const text = activityTone({ status: 'CANCELLED', overdue: false, priority: 'HIGH' }).text;
    expect(text.textDecoration).toBe('line-through');
    expect(text.fontWeight).toBe(700);
    expect(activityTone({ status: 'DONE', overdue: false, priority: 'HIGH' }).text.textDecoration).toBeUndefined();
  });

  it('keeps planned activities beyond the coming week neutral, and orange within it', () => {
    const now = Date.parse('2026-12-07T09:00:00Z');
    const planned = (startsAt: string | null, dueAt: string | null = null) =>
      activityTone({ status: 'PLANNED', overdue: false, priority: 'NORMAL', startsAt, dueAt }, now);
    expect(planned('2026-12-13T09:00:00Z').tone).toBe('planned');
    expect(planned('2026-12-15T09:00:00Z').tone).toBe('later');
    expect(planned('2026-12-15T09:00:00Z').background).toBe('var(--mantine-color-body)');
    expect(planned(null, '2027-03-01T00:00:00Z').tone).toBe('later');
    expect(planned(null, '2026-12-08T00:00:00Z').tone).toBe('planned');
    expect(planned(null).tone).toBe('planned');
    // Overdue and done win over the date.
    expect(
      activityTone({ status: 'PLANNED', overdue: true, priority: 'NORMAL', startsAt: '2027-01-01' }, now).tone,
    ).toBe('overdue');
  });
});
