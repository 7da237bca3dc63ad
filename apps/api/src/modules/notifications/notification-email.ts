// E-mail delivery of notifications whose recipient chose the EMAIL channel for their kind. notify() stores them
// PENDING (they also stay in the in-app list); a sweep hands each to the `notification-email` queue once (pg-boss
// singleton key = the notification id) and a worker claims it under a lease, sends it through the mail module and
// records the outcome. A crash between the relay's "250" and that record re-sends with the same Message-ID.
import type { Config } from '../../config/env.ts';
import type { Db } from '../../db/prisma.ts';
import type { Jobs } from '../jobs/index.ts';
import { sendSystemMail } from '../mail/index.ts';
import { notificationEmail } from './notification-email-texts.ts';
import { NotificationEmailRepository } from './notification-email.repository.ts';

export const NOTIFICATION_EMAIL_QUEUE = 'notification-email';
const SWEEP_BATCH = 500;

/** Thrown for a temporary failure (relay down, 4xx), so the queue tries again with backoff. */
export class NotificationEmailRetry extends Error {}

/** The address links in e-mails point to: VEZA_PUBLIC_URL, else this server on localhost. */
export function publicUrlOf(config: Pick<Config, 'publicUrl' | 'port'>): string {
  return config.publicUrl ?? `http://localhost:${config.port}`;
}

/** Hands pending notification e-mails to the queue; returns how many were queued now. */
export async function queueNotificationEmails(db: Db, jobs: Jobs): Promise<number> {
  const repo = new NotificationEmailRepository(db);
  let queued = 0;
  for (;;) {
    const rows = await repo.takeUnqueued(SWEEP_BATCH);
    for (const { id } of rows) await jobs.send(NOTIFICATION_EMAIL_QUEUE, { id }, { singletonKey: id });
    queued += rows.length;
    if (rows.length < SWEEP_BATCH) return queued;
  }
}

export type EmailOutcome = 'SENT' | 'FAILED' | 'SKIPPED';

/**
 * Sends notification `id` by e-mail unless it was sent, failed for good, or another worker holds it. SMTP not
 * configured or a permanent refusal: FAILED with the reason (the notification stays in-app and shows it). A temporary
 * failure throws for a retry, or is FAILED on the `lastAttempt`.
 */
export async function deliverNotificationEmail(
  db: Db,
  config: Config,
  id: string,
  lastAttempt: boolean,
): Promise<EmailOutcome> {
  const repo = new NotificationEmailRepository(db);
  const n = await repo.claim(id);
  if (!n) return 'SKIPPED';
  const { subject, html } = notificationEmail(n.locale, n, publicUrlOf(config));
  const outcome = await sendSystemMail(db, config, { to: n.email, subject, html, key: `notification.${n.id}` });
  if (outcome.state === 'SENT') {
    await repo.finish(id, 'SENT', null);
    return 'SENT';
  }
  const final = outcome.state === 'NOT_CONFIGURED' || outcome.permanent || lastAttempt;
  await repo.finish(id, final ? 'FAILED' : 'PENDING', outcome.message);
  if (!final) throw new NotificationEmailRetry(outcome.message);
  return 'FAILED';
}
