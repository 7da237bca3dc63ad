// Pure parts of automation: the daily instant across DST, rule validation per entity, notification texts.
import { AutomationRuleInput } from '@veza/shared';
import { describe, expect, it } from 'vitest';
import { renderNotification } from '../notifications/index.ts';
import { dailyInstant } from './automation-runner.ts';

const base = { name: 'R', actions: [{ type: 'NOTIFY', roles: ['OWNER'] }] };
const issues = (input: object) =>
  AutomationRuleInput.safeParse({ ...base, ...input }).error?.issues.map((i) => [i.path.join('.'), i.message]) ?? [];

describe('automation rules', () => {
  it.each([
    ['2026-01-15T12:00:00Z', '2026-01-15T06:00:00.000Z'],
    ['2026-07-15T12:00:00Z', '2026-07-15T05:00:00.000Z'],
  ])('puts 07:00 in Zagreb on the right UTC instant (%s)', (now, expected) => {
    expect(dailyInstant(new Date(now), '07:00', 'Europe/Zagreb').toISOString()).toBe(expected);
  });

  it('accepts the shipped shapes and names the wrong field of the others', () => {
    expect(issues({ entity: 'ACTIVITY', trigger: 'TIME_RELATIVE', triggerField: 'createdAt', offsetDays: 3 })).toEqual(
      [],
    );
    expect(issues({ entity: 'CLIENT', trigger: 'TIME_RELATIVE', triggerField: 'dueAt', offsetDays: 3 })).toEqual([
      ['triggerField', 'validation.automation.field'],
    ]);
    expect(issues({ entity: 'CLIENT', trigger: 'DAILY' })).toEqual([['dailyAt', 'validation.automation.time']]);
    expect(issues({ entity: 'CLIENT', trigger: 'DAILY', dailyAt: '25:00' })).toContainEqual([
      'dailyAt',
      'validation.automation.time',
    ]);
    expect(
      issues({
        entity: 'ACTIVITY',
        trigger: 'CREATED',
        condition: { attributeRatio: { key: 'a', op: 'LT', otherKey: 'b', factor: 1 } },
      }),
    ).toEqual([['condition', 'validation.automation.condition']]);
    expect(
      issues({
        entity: 'CLIENT',
        trigger: 'CREATED',
        actions: [{ type: 'SET_FIELD', field: 'priority', value: 'HIGH' }],
      }),
    ).toEqual([['actions.0.field', 'validation.automation.field']]);
    expect(issues({ entity: 'CLIENT', trigger: 'CREATED', actions: [{ type: 'NOTIFY', roles: [] }] })).toEqual([
      ['actions.0.roles', 'validation.required'],
    ]);
  });
});

describe('notification texts', () => {
  it('renders in the recipient language, English for an unknown one, blanks for missing values', () => {
    expect(renderNotification('OVERDUE_DIGEST', 'hr', { count: 3 })).toBe('Zakašnjele aktivnosti: 3');
    expect(renderNotification('OVERDUE_DIGEST', 'de', { count: 3 })).toBe('Overdue activities: 3');
    expect(renderNotification('ASSIGNED', 'en', { subject: 'Call' })).toBe(' assigned you: Call');
    expect(renderNotification('RULE_FIRED', 'en', { rule: 'x'.repeat(2000) })).toHaveLength(1000);
  });
});
