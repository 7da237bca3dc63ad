// Database access for the mail settings row, users' sender profiles and the outgoing message log.
import type { Db, Prisma } from '../../db/prisma.ts';

type Tx = Db | Prisma.TransactionClient;

export type MailSettingsRow = NonNullable<Awaited<ReturnType<MailRepository['settings']>>>;
export type MailSettingsWrite = Omit<Prisma.MailSettingsUncheckedCreateInput, 'id' | 'version' | 'updatedAt'>;
export type EmailMessageRow = NonNullable<Awaited<ReturnType<MailRepository['message']>>>;

export class MailRepository {
  constructor(private readonly db: Tx) {}

  settings() {
    return this.db.mailSettings.findUnique({ where: { id: 1 } });
  }

  /** Creates the row on first save (expected version 0 = "never saved"); later saves need the current version. */
  async saveSettings(expectedVersion: number, data: MailSettingsWrite): Promise<boolean> {
    if (expectedVersion === 0) {
      const created = await this.db.mailSettings.createMany({ data: [{ ...data, id: 1 }], skipDuplicates: true });
      return created.count === 1;
    }
    const updated = await this.db.mailSettings.updateMany({
      where: { id: 1, version: expectedVersion },
      data: { ...data, version: { increment: 1 } },
    });
    return updated.count === 1;
  }

  profile(userId: string) {
    return this.db.mailProfile.findUnique({ where: { userId } });
  }

  async saveProfile(
    userId: string,
    expectedVersion: number,
    data: { fromName: string | null; signature: string | null },
  ) {
    if (expectedVersion === 0) {
      const created = await this.db.mailProfile.createMany({ data: [{ userId, ...data }], skipDuplicates: true });
      return created.count === 1;
    }
    const updated = await this.db.mailProfile.updateMany({
      where: { userId, version: expectedVersion },
      data: { ...data, version: { increment: 1 } },
    });
    return updated.count === 1;
  }

  createMessage(data: Prisma.EmailMessageUncheckedCreateInput) {
    return this.db.emailMessage.create({ data });
  }

  message(id: string) {
    return this.db.emailMessage.findUnique({ where: { id } });
  }

  messages(ids: string[]) {
    return this.db.emailMessage.findMany({ where: { id: { in: ids } }, orderBy: { id: 'asc' } });
  }

  recordAttempt(id: string, outcome: { state: 'SENT' | 'RETRYING' | 'FAILED'; error: string | null }) {
    return this.db.emailMessage.update({
      where: { id },
      data: {
        state: outcome.state,
        lastError: outcome.error,
        attempts: { increment: 1 },
        sentAt: outcome.state === 'SENT' ? new Date() : undefined,
      },
    });
  }
}
