// Delivers one queued message row through the SMTP relay. Keyed by the row: a retried or duplicated job never sends a
// message already SENT or FAILED; a crash between the relay's "250" and the update re-sends with the same Message-ID.
import type { Config } from '../../config/env.ts';
import type { Db } from '../../db/prisma.ts';
import { fileStoreFor } from '../attachments/index.ts';
import { MailRepository, type EmailMessageRow } from './mail.repository.ts';
import { classifySendError, transportFor } from './mail-transport.ts';
import { secretBoxFor } from '../../lib/secret-box.ts';

/** Thrown for a temporary failure so the job queue tries again later (with backoff). */
export class TemporaryMailFailure extends Error {}

type StoredAttachment = { name: string; sha256: string; mimeType: string };

async function envelope(config: Config, row: EmailMessageRow) {
  const store = fileStoreFor(config);
  const files = (Array.isArray(row.attachments) ? row.attachments : []) as StoredAttachment[];
  const attachments = await Promise.all(
    files.map(async (f) => ({ filename: f.name, contentType: f.mimeType, path: await store.localPath(f.sha256) })),
  );
  return {
    attachments,
    from: { name: row.fromName ?? '', address: row.fromAddress },
    to: row.toAddress,
    subject: row.subject,
    html: row.html,
    text: row.text,
    messageId: row.messageId,
  };
}

/**
 * Sends message `id` once. `lastAttempt`: a temporary failure now is final (FAILED) instead of a retry.
 * Returns the state the row ends in.
 */
export async function deliverMessage(db: Db, config: Config, id: string, lastAttempt: boolean) {
  const repo = new MailRepository(db);
  const row = await repo.message(id);
  if (!row || row.state === 'SENT' || row.state === 'FAILED') return row?.state ?? null;
  const settings = await repo.settings();
  if (!settings?.host) {
    await repo.recordAttempt(id, { state: 'FAILED', error: 'Mail settings are not configured' });
    return 'FAILED';
  }
  try {
    await transportFor(settings, secretBoxFor(config)).sendMail(await envelope(config, row));
  } catch (error) {
    const failure = classifySendError(error);
    const state = failure.permanent || lastAttempt ? 'FAILED' : 'RETRYING';
    await repo.recordAttempt(id, { state, error: failure.message });
    if (state === 'RETRYING') throw new TemporaryMailFailure(failure.message);
    return state;
  }
  await repo.recordAttempt(id, { state: 'SENT', error: null });
  return 'SENT';
}
