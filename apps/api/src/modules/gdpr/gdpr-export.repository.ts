// Reads everything stored about one person (and the persons merged into it) for the GDPR export.
import type { Db, Prisma } from '../../db/prisma.ts';

type Tx = Db | Prisma.TransactionClient;

export class GdprExportRepository {
  constructor(private readonly db: Tx) {}

  /** The person when it can be exported or erased: it exists and was not merged into another. */
  person(id: string) {
    return this.db.person.findFirst({
      where: { id, mergedIntoId: null },
      include: {
        clients: { include: { client: { select: { id: true, name: true } } } },
        relations: { include: { relatedPerson: { select: { id: true, firstName: true, lastName: true } } } },
        relatedBy: { include: { person: { select: { id: true, firstName: true, lastName: true } } } },
        opportunityRoles: { include: { opportunity: { select: { id: true, name: true } } } },
      },
    });
  }

  /** Persons merged into this one (soft-deleted duplicates that still hold personal data). */
  mergedFrom(id: string) {
    return this.db.person.findMany({ where: { mergedIntoId: id }, orderBy: { id: 'asc' } });
  }

  activities(ids: string[]) {
    return this.db.activity.findMany({
      where: { OR: [{ contactPersonId: { in: ids } }, { participants: { some: { personId: { in: ids } } } }] },
      select: {
        id: true,
        subject: true,
        note: true,
        status: true,
        startsAt: true,
        dueAt: true,
        clientId: true,
        contactPersonId: true,
        type: { select: { key: true } },
      },
      orderBy: { id: 'asc' },
    });
  }

  notes(ids: string[]) {
    return this.db.note.findMany({
      where: { ownerType: 'Person', ownerId: { in: ids }, deletedAt: null },
      select: { id: true, text: true, pinned: true, createdAt: true },
      orderBy: { id: 'asc' },
    });
  }

  attachments(ids: string[]) {
    return this.db.attachment.findMany({
      where: { ownerType: 'Person', ownerId: { in: ids }, deletedAt: null },
      select: { id: true, name: true, createdAt: true, file: { select: { size: true, mimeType: true, sha256: true } } },
      orderBy: { id: 'asc' },
    });
  }

  mailingGroups(ids: string[]) {
    return this.db.$queryRaw<{ group_id: string; name: string; added_at: Date }[]>`
      SELECT m.group_id::text, g.name, m.added_at FROM mailing_group_members m JOIN mailing_groups g ON g.id = m.group_id
      WHERE m.person_id = ANY (${ids}::uuid[]) ORDER BY m.added_at`;
  }

  emailMessages(ids: string[]) {
    return this.db.emailMessage.findMany({
      where: { personId: { in: ids } },
      select: { id: true, toAddress: true, subject: true, text: true, state: true, createdAt: true, sentAt: true },
      orderBy: { id: 'asc' },
    });
  }

  /** Rule mails to the person from the system outbox (system_mails.person_id), with the rule's name. */
  systemMails(ids: string[]) {
    return this.db.systemMail.findMany({
      where: { personId: { in: ids } },
      select: {
        id: true,
        rule: { select: { name: true } },
        toAddress: true,
        subject: true,
        state: true,
        createdAt: true,
        sentAt: true,
        error: true,
      },
      orderBy: { id: 'asc' },
    });
  }

  campaignRecipients(ids: string[]) {
    return this.db.$queryRaw<{ campaign: string; address: string; state: string; sent_at: Date | null }[]>`
      SELECT c.name AS campaign, r.address, r.state::text, r.sent_at FROM email_campaign_recipients r
      JOIN email_campaigns c ON c.id = r.campaign_id WHERE r.person_id = ANY (${ids}::uuid[]) ORDER BY r.id`;
  }
}
