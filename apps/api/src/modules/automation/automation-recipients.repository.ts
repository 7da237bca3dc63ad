// Who a SEND_TEMPLATE action's e-mail may go to: a record's client's persons with their consent, role holders'
// addresses. The rendered mails themselves go to the mail module's system-mail outbox.
import type { RecordKind } from '@veza/shared';
import { Prisma, type Db } from '../../db/prisma.ts';
import { scopeWhere, type ScopedViewer } from '../visibility/index.ts';

type Tx = Db | Prisma.TransactionClient;
/** The alias each kind's `from` uses (visibility's default alias for the kind, so its predicate applies as is). */
const ALIAS: Record<RecordKind, string> = { CLIENTS: 'c', ACTIVITIES: 'a', OPPORTUNITIES: 'o', CAMPAIGNS: 'k' };

export type RecordPerson = {
  client_id: string;
  person_id: string;
  first_name: string;
  last_name: string;
  salutation: string | null;
  email: string | null;
  consent: boolean;
  client_name: string;
};

export class AutomationRecipientsRepository {
  constructor(private readonly db: Tx) {}

  /** The live persons of `clientIds` with their first address and marketing consent. */
  clientPersons(clientIds: string[]) {
    if (!clientIds.length) return Promise.resolve([] as RecordPerson[]);
    return this.db.$queryRaw<RecordPerson[]>`
      SELECT cp.client_id::text, p.id::text AS person_id, p.first_name, p.last_name, p.salutation, p.emails[1] AS email,
        p.marketing_consent AS consent, c.name AS client_name
      FROM client_persons cp JOIN persons p ON p.id = cp.person_id AND p.deleted_at IS NULL
      JOIN clients c ON c.id = cp.client_id
      WHERE cp.client_id = ANY (${clientIds}::uuid[])
      ORDER BY cp.client_id, p.id`;
  }

  /**
   * Of (user, record ids) checks, the pairs the user may read: one statement, an arm per user with that user's read
   * scope predicate on the records' primary keys (`from` carries the kind's default alias).
   */
  async readablePairs(
    from: Prisma.Sql,
    kind: RecordKind,
    checks: { viewer: ScopedViewer; ids: string[] }[],
  ): Promise<{ user_id: string; id: string }[]> {
    if (!checks.length) return [];
    const t = Prisma.raw(ALIAS[kind]);
    const arms = checks.map(
      ({ viewer, ids }) => Prisma.sql`SELECT ${viewer.user.id}::uuid AS user_id, ${t}.id FROM ${from}
        WHERE ${t}.id = ANY(${ids}::uuid[]) AND ${scopeWhere(viewer, kind, 'read')}`,
    );
    return this.db.$queryRaw<{ user_id: string; id: string }[]>`${Prisma.join(arms, ' UNION ALL ')}`;
  }

  users(ids: string[]) {
    return this.db.user.findMany({
      where: { id: { in: ids }, active: true },
      select: { id: true, name: true, email: true },
    });
  }
}
