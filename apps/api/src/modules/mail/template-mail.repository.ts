// Reads for mail other modules render from a template (automation rules): the template, and which addresses must
// never be mailed (suppressed: unsubscribed or bounced, or an erased person's address kept only as its hash).
import type { Db, Prisma } from '../../db/prisma.ts';

type Tx = Db | Prisma.TransactionClient;

export class TemplateMailRepository {
  constructor(private readonly db: Tx) {}

  template(id: string) {
    return this.db.emailTemplate.findFirst({
      where: { id, deletedAt: null },
      select: { id: true, name: true, language: true, subject: true, bodyHtml: true },
    });
  }

  /** Of `addresses`, those suppressed plainly or as the SHA-256 of the trimmed, lower-cased address. */
  async suppressed(addresses: string[]): Promise<Set<string>> {
    if (!addresses.length) return new Set();
    const rows = await this.db.$queryRaw<{ a: string }[]>`SELECT a FROM unnest(${addresses}::text[]) a
      WHERE EXISTS (SELECT 1 FROM email_suppressions s WHERE lower(s.address) = lower(trim(a)))
        OR EXISTS (SELECT 1 FROM email_suppression_hashes h
          WHERE h.hash = encode(sha256(convert_to(lower(trim(a)), 'UTF8')), 'hex'))`;
    return new Set(rows.map((r) => r.a));
  }

  /** Sender names and signatures of `userIds` (their mail profile over their user name). */
  async senders(userIds: string[]) {
    const [users, profiles] = await Promise.all([
      this.db.user.findMany({ where: { id: { in: userIds } }, select: { id: true, name: true } }),
      this.db.mailProfile.findMany({ where: { userId: { in: userIds } } }),
    ]);
    const byUser = new Map(profiles.map((p) => [p.userId, p]));
    return users.map((u) => ({
      id: u.id,
      name: byUser.get(u.id)?.fromName ?? u.name,
      signature: byUser.get(u.id)?.signature ?? '',
    }));
  }
}
