// Database access for one-off e-mails: the client's persons with an address, the files that may go along, and the
// set-based write of the messages with their done E-mail activities.
import type { Db, Prisma } from '../../db/prisma.ts';

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

  /** Live attachments among `ids` that belong to one of `ownerIds`. */
  async attachments(ids: string[], ownerIds: string[]): Promise<MessageAttachment[]> {
    const rows = await this.db.attachment.findMany({
      where: { id: { in: ids }, ownerId: { in: ownerIds }, deletedAt: null },
      select: { id: true, name: true, file: { select: { sha256: true, mimeType: true } } },
    });
    return rows.map((r) => ({ id: r.id, name: r.name, sha256: r.file.sha256, mimeType: r.file.mimeType }));
  }

  emailActivityTypeId() {
    return this.db.dictionaryValue.findFirst({ where: { kind: 'ACTIVITY_TYPE', key: 'email' }, select: { id: true } });
  }

  /** One done E-mail activity per message, the messages, and the client's last contact, in three statements. */
  async insertSent(
    clientId: string,
    activities: Prisma.ActivityCreateManyInput[],
    messages: Prisma.EmailMessageCreateManyInput[],
  ) {
    await this.db.activity.createMany({ data: activities });
    await this.db.emailMessage.createMany({ data: messages });
    await this.db.client.update({ where: { id: clientId }, data: { lastContactAt: new Date() } });
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
