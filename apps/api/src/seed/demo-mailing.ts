// Demo e-mail: a mailing group of consenting demo persons, a Polish template greeting with the vocative salutation,
// and a campaign already SENT to the group (approved by the administrator, with its history, per-recipient rows and
// the mailing activities in the clients' histories). Runs once, with the demo clients; nothing is actually mailed.
import type { Db } from '../db/prisma.ts';

const BODY =
  '<p>{{salutation}},</p><p>zapraszamy na dni otwarte naszego salonu w przyszły czwartek.</p>' +
  '<p>{{agent.signature}}</p><p><a href="{{unsubscribeUrl}}">Wypisz się</a></p>';

export async function seedDemoMailing(db: Db): Promise<void> {
  const author = await db.user.findFirst({ where: { email: 'manager@veza.local' } });
  const approver = await db.user.findFirst({ where: { email: 'admin@veza.local' } });
  const emailType = await db.dictionaryValue.findFirst({ where: { kind: 'ACTIVITY_TYPE', key: 'email' } });
  if (!author || !approver || !emailType) return;
  await db.emailTemplate.create({
    data: {
      name: 'Dni otwarte',
      language: 'pl',
      subject: 'Dni otwarte — {{client.name}}',
      bodyHtml: BODY,
      createdById: author.id,
    },
  });
  const category = await db.mailingGroupCategory.upsert({
    where: { name: 'Newsletter' },
    create: { name: 'Newsletter' },
    update: {},
  });
  const group = await db.mailingGroup.create({
    data: { name: 'Klienci — dni otwarte', categoryId: category.id, createdById: author.id },
  });
  await db.$executeRaw`INSERT INTO mailing_group_members (group_id, person_id, added_by_id)
    SELECT ${group.id}::uuid, p.id, ${author.id}::uuid FROM persons p
    WHERE p.marketing_consent AND cardinality(p.emails) > 0 AND p.deleted_at IS NULL ORDER BY p.id LIMIT 40`;
  const sentAt = new Date(Date.now() - 3 * 86_400_000);
  const campaign = await db.emailCampaign.create({
    data: {
      name: 'Dni otwarte — zaproszenie',
      language: 'pl',
      subject: 'Dni otwarte — {{client.name}}',
      bodyHtml: BODY,
      state: 'SENT',
      groupIds: [group.id],
      createdById: author.id,
      approvedById: approver.id,
      approvedAt: sentAt,
    },
  });
  await campaignHistory(db, campaign.id, author.id, approver.id, sentAt);
  await sentRecipients(
    db,
    { campaignId: campaign.id, name: campaign.name, groupId: group.id },
    author.id,
    emailType.id,
    sentAt,
  );
}

async function campaignHistory(db: Db, campaignId: string, authorId: string, approverId: string, sentAt: Date) {
  const steps = [
    [null, 'PREPARATION', authorId],
    ['PREPARATION', 'AWAITING_APPROVAL', authorId],
    ['AWAITING_APPROVAL', 'APPROVED', approverId],
    ['APPROVED', 'SENDING', approverId],
    ['SENDING', 'SENT', approverId],
  ] as const;
  await db.emailCampaignEvent.createMany({
    data: steps.map(([fromState, toState, userId], i) => ({
      campaignId,
      fromState,
      toState,
      userId,
      at: new Date(sentAt.getTime() + (i - 4) * 3_600_000),
    })),
  });
}

/** One SENT row per member and its done mailing activity in the client's history (set-based). */
async function sentRecipients(
  db: Db,
  campaign: { campaignId: string; name: string; groupId: string },
  authorId: string,
  typeId: string,
  sentAt: Date,
) {
  await db.$executeRaw`
    WITH done AS (
      INSERT INTO email_campaign_recipients (id, campaign_id, person_id, client_id, address, state, attempts,
        message_id, unsubscribe_token, sent_at)
      SELECT gen_random_uuid(), ${campaign.campaignId}::uuid, p.id,
        (SELECT cp.client_id FROM client_persons cp WHERE cp.person_id = p.id ORDER BY cp.is_primary DESC LIMIT 1),
        lower(p.emails[1]), 'SENT', 1, '<' || gen_random_uuid() || '@veza.local>',
        replace(gen_random_uuid()::text || gen_random_uuid()::text, '-', ''), ${sentAt}
      FROM mailing_group_members m JOIN persons p ON p.id = m.person_id
      WHERE m.group_id = ${campaign.groupId}::uuid
      ON CONFLICT (campaign_id, address) DO NOTHING
      RETURNING person_id, client_id)
    INSERT INTO activities (id, type_id, client_id, contact_person_id, subject, status, starts_at, closed_at,
      owner_id, created_by_id, updated_at)
    SELECT gen_random_uuid(), ${typeId}::uuid, client_id, person_id, ${campaign.name}, 'DONE', ${sentAt},
      ${sentAt}, ${authorId}::uuid, ${authorId}::uuid, now()
    FROM done WHERE client_id IS NOT NULL`;
}
