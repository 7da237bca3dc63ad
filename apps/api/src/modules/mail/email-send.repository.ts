// Database access for one-off e-mails: the client's persons with an address, the files that may go along, and the
// set-based write of the messages with their done E-mail activities.
import type { Db, Prisma } from '../../db/prisma.ts';
import { MailActivitiesRepository, type MailActivity } from './mail-activities.repository.ts';

export type SendRecipient = {
  id: string;
  firstName: string;
  lastName: string;
  salutation: string | null;
  email: string | null;
};
export type MessageAttachment = { id: string; name: string; sha256: string; mimeType: string };

export class EmailSendRepository {
  constructor(private readonly db: Db | Prisma.TransactionClient) {}

  client(id: string) {
    return this.db.client.findFirst({ where: { id, deletedAt: null }, select: { id: true, name: true } });
  }

  /** The given persons that are live contacts of the client; `email` is their first address (null without one). */
  async recipients(clientId: string, personIds: string[]): Promise<SendRecipient[]> {
    const rows = await this.db.person.findMany({
      where: { id: { in: personIds }, deletedAt: null, clients: { some: { clientId } } },
      select: { id: true, firstName: true, lastName: true, salutation: true, emails: true },
    });
    return rows.map(({ emails, ...p }) => ({ ...p, email: emails[0] ?? null }));
  }

  /** Of the given addresses, those kept as an erased person's suppression hash (never mailed again). */
  async erasedAddresses(addresses: string[]): Promise<Set<string>> {
    const rows = await this.db.$queryRaw<{ a: string }[]>`SELECT a FROM unnest(${addresses}::text[]) a
      WHERE EXISTS (SELECT 1 FROM email_suppression_hashes h
        WHERE h.hash = encode(sha256(convert_to(lower(trim(a)), 'UTF8')), 'hex'))`;
    return new Set(rows.map((r) => r.a));
  }

  /** Live attachments among `ids` that belong to one of `ownerIds`. */
  async attachments(ids: string[], ownerIds: string[]): Promise<MessageAttachment[]> {
    const rows = await this.db.attachment.findMany({
      where: { id: { in: ids }, ownerId: { in: ownerIds }, deletedAt: null },
      select: { id: true, name: true, file: { select: { sha256: true, mimeType: true } } },
    });
    return rows.map((r) => ({ id: r.id, name: r.name, sha256: r.file.sha256, mimeType: r.file.mimeType }));
  }

  /** Live attachments of one record (a template's files go with every mail from it). */
  async ownerAttachments(ownerType: string, ownerId: string): Promise<MessageAttachment[]> {
    const rows = await this.db.attachment.findMany({
      where: { ownerType, ownerId, deletedAt: null },
      orderBy: [{ createdAt: 'asc' }, { id: 'asc' }],
      select: { id: true, name: true, file: { select: { sha256: true, mimeType: true } } },
    });
    return rows.map((r) => ({ id: r.id, name: r.name, sha256: r.file.sha256, mimeType: r.file.mimeType }));
  }

  templateExists(id: string) {
    return this.db.emailTemplate.count({ where: { id, deletedAt: null } }).then((n) => n > 0);
  }

  /** The opportunity or activity a mail is sent from must be a live record of the same client. */
  async sourceOfClient(kind: 'opportunity' | 'activity', id: string, clientId: string): Promise<boolean> {
    const where = { id, clientId, deletedAt: null };
    const n =
      kind === 'opportunity' ? await this.db.opportunity.count({ where }) : await this.db.activity.count({ where });
    return n > 0;
  }

  /** The messages and one done activity per message (the mail module's single activity writer), together. */
  async insertSent(typeId: string, activities: MailActivity[], messages: Prisma.EmailMessageCreateManyInput[]) {
    await new MailActivitiesRepository(this.db).insert(typeId, activities);
    await this.db.emailMessage.createMany({ data: messages });
  }

  /** The client's messages, newest first (keyset on created_at, id). */
  clientMessages(clientId: string, limit: number, after: [string, string] | null) {
    return this.db.emailMessage.findMany({
      where: {
        clientId,
        ...(after
          ? { OR: [{ createdAt: { lt: new Date(after[0]) } }, { createdAt: new Date(after[0]), id: { lt: after[1] } }] }
          : {}),
      },
      orderBy: [{ createdAt: 'desc' }, { id: 'desc' }],
      take: limit,
    });
  }

  countClientMessages(clientId: string) {
    return this.db.emailMessage.count({ where: { clientId } });
  }
}
