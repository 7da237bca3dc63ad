// Who may be told about a record: a rule's NOTIFY text names the record, so it goes only to recipients who may read
// the record when the rule fires — its holder (owner, or the client's account manager: their own scope always reaches
// it) and anyone else by their read scope at that moment (one statement per batch for all such pairs).
import type { Db, Prisma } from '../../db/prisma.ts';
import { userScopes } from '../auth/index.ts';
import { scopeUserIds, type ScopedViewer } from '../visibility/index.ts';
import type { EntityAdapter } from './automation-entities.repository.ts';
import { AutomationRecipientsRepository } from './automation-recipients.repository.ts';
import type { MatchRow } from './automation.repository.ts';

/** `recipients[i]` (for `rows[i]`) narrowed to those who may read that record; scopes read through `db`. */
export async function readingRecipients(
  db: Db,
  tx: Prisma.TransactionClient,
  e: EntityAdapter,
  rows: MatchRow[],
  recipients: string[][],
): Promise<string[][]> {
  const others = new Map<string, string[]>();
  rows.forEach((row, i) => {
    for (const userId of recipients[i]!) {
      if (userId !== row.owner_id) others.set(userId, [...(others.get(userId) ?? []), row.id]);
    }
  });
  const readable = new Set<string>();
  const checks: { viewer: ScopedViewer; ids: string[] }[] = [];
  for (const [userId, ids] of others) {
    const viewer = await userScopes(db, userId);
    if (!viewer) continue; // inactive or gone: told nothing
    if (scopeUserIds(viewer, e.recordKind, 'read') == null) ids.forEach((id) => readable.add(`${userId}|${id}`));
    else checks.push({ viewer, ids });
  }
  const pairs = await new AutomationRecipientsRepository(tx).readablePairs(e.from, e.recordKind, checks);
  for (const p of pairs) readable.add(`${p.user_id}|${p.id}`);
  return rows.map((row, i) => recipients[i]!.filter((u) => u === row.owner_id || readable.has(`${u}|${row.id}`)));
}
