// notify(): the one way any module creates notifications — in each recipient's language, idempotent, one NOTIFY
// per batch of recipients (NOTIFY takes a global lock at commit, so it stays rare).
import type { Db, Prisma } from '../../db/prisma.ts';
import { outboxNotifications } from '../mail/index.ts';
import { renderNotification, type NotificationKind } from './notification-texts.ts';
import { NotificationWriteRepository, type NewNotification } from './notifications.repository.ts';

export type NotifyInput = {
  recipientIds: string[];
  kind: NotificationKind;
  /** Values for the kind's text, e.g. { subject } for ASSIGNED, { name, summary } for IMPORT_FINISHED. */
  params: Record<string, string | number>;
  /** An app path to open, e.g. `/activities/<id>`. */
  link?: string | null;
  /** With a key, a recipient gets at most one notification for it (safe in retried jobs). */
  dedupeKey?: string | null;
};

const NOTIFY_BATCH = 150;

/** Creates the notifications (skipping recipients who turned a kind off) and wakes open browsers; returns how many. */
export async function notifyMany(db: Db | Prisma.TransactionClient, inputs: NotifyInput[]): Promise<number> {
  const repo = new NotificationWriteRepository(db);
  const ids = [...new Set(inputs.flatMap((i) => i.recipientIds))];
  if (!ids.length) return 0;
  const recipients = new Map((await repo.recipients(ids)).map((r) => [r.id, r]));
  // An e-mail choice keeps the notification in the in-app list too; the mail module's system-mail outbox sends it.
  const rows: NewNotification[] = inputs.flatMap((input) =>
    [...new Set(input.recipientIds)].flatMap((id) => {
      const r = recipients.get(id);
      if (!r || r.off.has(input.kind)) return [];
      return [
        {
          recipientId: id,
          kind: input.kind,
          text: renderNotification(input.kind, r.locale, input.params),
          link: input.link ?? null,
          dedupeKey: input.dedupeKey ?? null,
          email: r.email.has(input.kind),
        },
      ];
    }),
  );
  let created = 0;
  const notified = new Set<string>();
  for (let i = 0; i < rows.length; i += 1000) {
    const batch = await repo.insert(rows.slice(i, i + 1000));
    created += batch.count;
    await outboxNotifications(db, batch.emailIds);
    for (const id of batch.recipients) notified.add(id);
  }
  const list = [...notified];
  for (let i = 0; i < list.length; i += NOTIFY_BATCH) await repo.announce(list.slice(i, i + NOTIFY_BATCH));
  return created;
}

export const notify = (db: Db | Prisma.TransactionClient, input: NotifyInput) => notifyMany(db, [input]);
