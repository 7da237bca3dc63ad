// The mail sent from an opportunity: messages whose logged E-mail activity belongs to it (email_messages.activity_id
// -> activities.opportunity_id), newest first.
import type { Db, Prisma } from '../../db/prisma.ts';

export class OpportunityEmailsRepository {
  constructor(private readonly db: Db | Prisma.TransactionClient) {}

  /** One page of the opportunity's messages (keyset on created_at, id, descending). */
  async messages(opportunityId: string, limit: number, after: [string, string] | null) {
    const rows = await this.db.$queryRaw<{ id: string }[]>`SELECT m.id FROM email_messages m
      JOIN activities a ON a.id = m.activity_id
      WHERE a.opportunity_id = ${opportunityId}::uuid
        AND (${after === null} OR (m.created_at, m.id) < (${after?.[0] ?? null}::timestamptz, ${after?.[1] ?? null}::uuid))
      ORDER BY m.created_at DESC, m.id DESC
      LIMIT ${limit}`;
    if (rows.length === 0) return [];
    return this.db.emailMessage.findMany({
      where: { id: { in: rows.map((r) => r.id) } },
      orderBy: [{ createdAt: 'desc' }, { id: 'desc' }],
    });
  }

  async count(opportunityId: string): Promise<number> {
    const [row] = await this.db.$queryRaw<{ n: number }[]>`SELECT count(*)::int AS n FROM email_messages m
      JOIN activities a ON a.id = m.activity_id
      WHERE a.opportunity_id = ${opportunityId}::uuid`;
    return row?.n ?? 0;
  }
}
