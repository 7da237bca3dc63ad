// Demo data for notifications and automation: agents report to the demo manager, an enabled "new client" rule,
// and a few notifications so the bell has something to show on the first start.
import type { Db } from '../db/prisma.ts';
import { DEMO_RULE_TEXT } from '../modules/automation/automation-template-texts.ts';
import { notifyMany } from '../modules/notifications/index.ts';

export async function seedDemoNotifications(db: Db): Promise<void> {
  const users = await db.user.findMany({
    where: { email: { in: ['manager@veza.local', 'agent@veza.local', 'agent2@veza.local'] } },
    select: { id: true, email: true },
  });
  const manager = users.find((u) => u.email === 'manager@veza.local');
  const agents = users.filter((u) => u.email !== 'manager@veza.local').map((u) => u.id);
  if (!manager) return;
  // The rule's key is unique: only the process that inserts it (the first start) adds the rest.
  const { count } = await db.automationRule.createMany({
    skipDuplicates: true,
    data: {
      templateKey: DEMO_RULE_TEXT.key,
      name: DEMO_RULE_TEXT.name,
      description: DEMO_RULE_TEXT.description,
      entity: 'CLIENT',
      trigger: 'CREATED',
      condition: {},
      actions: [{ type: 'NOTIFY', roles: ['ACCOUNT_MANAGER'], userIds: [] }],
      enabled: true,
      lastRunAt: new Date(),
    },
  });
  if (!count) return;
  await db.user.updateMany({ where: { id: { in: agents }, managerId: null }, data: { managerId: manager.id } });
  await notifyMany(db, [
    {
      recipientIds: [manager.id, ...agents],
      kind: 'IMPORT_FINISHED',
      params: { name: 'demo-clients.xlsx', summary: '250' },
      link: '/clients',
      dedupeKey: 'demo:import',
    },
    {
      recipientIds: agents,
      kind: 'OVERDUE_DIGEST',
      params: { count: 3 },
      link: '/activities',
      dedupeKey: 'demo:overdue',
    },
  ]);
}
