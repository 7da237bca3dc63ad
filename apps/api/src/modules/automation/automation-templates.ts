// The two rules seed 003 asks for, shipped disabled so an administrator can review and enable them.
import type { AutomationRuleInput } from '@veza/shared';
import type { Db, Prisma } from '../../db/prisma.ts';
import { AutomationRepository } from './automation.repository.ts';

type Template = { key: string; rule: Omit<AutomationRuleInput, 'enabled'> & { description: string } };

export const AUTOMATION_TEMPLATES: Template[] = [
  {
    key: 'turnover-below-potential',
    rule: {
      name: 'Turnover below 10 % of potential → call',
      description:
        'Every day at 07:00: for each client whose number attribute "turnover" is below 10 % of its number ' +
        'attribute "potential", a call task for the account manager. Define both attributes before enabling.',
      entity: 'CLIENT',
      trigger: 'DAILY',
      dailyAt: '07:00',
      timeZone: 'Europe/Zagreb',
      condition: { attributeRatio: { key: 'turnover', op: 'LT', otherKey: 'potential', factor: 0.1 } },
      actions: [
        {
          type: 'CREATE_TASK',
          role: 'ACCOUNT_MANAGER',
          activityTypeKey: 'call',
          subject: 'Turnover below 10 % of potential',
          dueInDays: 0,
        },
      ],
    },
  },
  {
    key: 'offer-request-unanswered',
    rule: {
      name: 'Offer request unanswered for 3 days',
      description:
        'An activity of type "Offer request" still planned 3 days after it was created: an alarm to its owner ' +
        'and the owner’s manager.',
      entity: 'ACTIVITY',
      trigger: 'TIME_RELATIVE',
      triggerField: 'createdAt',
      offsetDays: 3,
      timeZone: 'Europe/Zagreb',
      condition: { activity: { typeKeys: ['offer_request'], statuses: ['PLANNED'] } },
      actions: [{ type: 'NOTIFY', roles: ['OWNER', 'OWNER_MANAGER'], userIds: [] }],
    },
  },
];

/** Inserts the templates that are missing (by key); an administrator's edits to an existing one are kept. */
export async function ensureAutomationTemplates(db: Db): Promise<void> {
  const repo = new AutomationRepository(db);
  for (const t of AUTOMATION_TEMPLATES) {
    const { rule } = t;
    await repo.insertTemplate(t.key, {
      name: rule.name,
      description: rule.description,
      entity: rule.entity,
      trigger: rule.trigger,
      triggerField: rule.triggerField ?? null,
      offsetDays: rule.offsetDays ?? null,
      dailyAt: rule.dailyAt ?? null,
      timeZone: rule.timeZone ?? 'Europe/Zagreb',
      condition: rule.condition as Prisma.InputJsonValue,
      actions: rule.actions as Prisma.InputJsonValue,
      enabled: false,
    });
  }
}
