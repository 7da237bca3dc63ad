// The system-mail outbox: every e-mail Veza sends on its own — notification e-mails (the recipient chose e-mail for
// the kind) and automation rules' template e-mails — goes through one table and one queue. A sweep hands each pending
// row to the `system-mail` queue once (pg-boss singleton key = the row id); a worker claims the row under a lease,
// renders it (a notification in its recipient's language), sends it with a Message-ID fixed by the row and records
// the outcome. A crash between the relay's "250" and that record re-sends with the same Message-ID. A notification's
// link is checked again at send time (its recipient may have lost the record since): `NotificationMailCheck`.
import type { Config } from '../../config/env.ts';
import type { Db, Prisma } from '../../db/prisma.ts';
import type { Jobs } from '../jobs/index.ts';
import { notificationEmail } from './notification-mail-texts.ts';
import { sendSystemMail } from './system-mail.ts';
import { type ClaimedSystemMail, type NewTemplateMail, SystemMailRepository } from './system-mail.repository.ts';
import { unsubscribeUrl } from './unsubscribe-url.ts';

export const SYSTEM_MAIL_QUEUE = 'system-mail';
/** The sweep's own queue: one run at a time across processes; each run queues its successor 10 s later. */
export const SYSTEM_MAIL_SWEEP = 'system-mail-sweep';
const SWEEP_KEY = 'sweep';
const SWEEP_BATCH = 500;

/**
 * What `{{unsubscribeUrl}}` renders as in a stored rule mail to a contact person; the worker puts the row's one-click
 * URL (on the public address configured at send time) in its place.
 */
export const UNSUBSCRIBE_URL_MARK = 'veza-unsubscribe-url';

/** Thrown for a temporary failure (relay down, 4xx), so the queue tries again with backoff. */
export class SystemMailRetry extends Error {}

/** Outbox rows for notifications whose recipient chose e-mail (inside notify()'s transaction when it has one). */
export const outboxNotifications = (db: Db | Prisma.TransactionClient, notificationIds: string[]) =>
  new SystemMailRepository(db).addNotifications(notificationIds);

/** Outbox rows for a rule's rendered template mails; duplicates of (rule, record, occurrence, address) are skipped. */
export const outboxTemplateMails = (tx: Db | Prisma.TransactionClient, ruleId: string, rows: NewTemplateMail[]) =>
  new SystemMailRepository(tx).addTemplateMails(ruleId, rows);

/** Hands pending outbox rows to the queue; returns how many were queued now. */
export async function queueSystemMails(db: Db, jobs: Jobs): Promise<number> {
  const repo = new SystemMailRepository(db);
  let queued = 0;
  for (;;) {
    const rows = await repo.takeUnqueued(SWEEP_BATCH);
    for (const { id } of rows) await jobs.send(SYSTEM_MAIL_QUEUE, { id }, { singletonKey: id });
    queued += rows.length;
    if (rows.length < SWEEP_BATCH) return queued;
  }
}

/**
 * At send time, what of a notification the recipient may still have: null — send nothing (the recipient is gone or
 * deactivated); else the link to put in the mail (null: none, the record is out of reach now). The notifications
 * module's own rule (it depends on this module, so it is handed in: background.ts).
 */
export type NotificationMailCheck = (
  recipientId: string,
  link: string | null,
) => Promise<{ link: string | null } | null>;

const escapeAttr = (s: string) => s.replace(/&/g, '&amp;').replace(/"/g, '&quot;').replace(/</g, '&lt;');

function messageOf(config: Config, m: ClaimedSystemMail, link: string | null) {
  const base = config.publicUrl ?? `http://localhost:${config.port}`;
  if (m.subject === null || m.html === null) {
    return { ...notificationEmail(m.locale ?? 'en', { text: m.text ?? '', link }, base), unsubscribe: null };
  }
  const url = m.unsubscribe_token ? unsubscribeUrl(config, m.unsubscribe_token) : null;
  const html = m.html.replaceAll(UNSUBSCRIBE_URL_MARK, url ? escapeAttr(url) : '');
  return { subject: m.subject, html, unsubscribe: url };
}

export type SystemMailDelivery = 'SENT' | 'FAILED' | 'SKIPPED';

/**
 * Sends outbox row `id` unless it was sent, failed for good, or another worker holds it. SMTP not configured or a
 * permanent refusal: FAILED with the reason (a notification stays in-app and shows it). A temporary failure throws
 * for a retry, or is FAILED on the `lastAttempt`.
 */
export async function deliverSystemMail(
  db: Db,
  config: Config,
  id: string,
  lastAttempt: boolean,
  check: NotificationMailCheck,
): Promise<SystemMailDelivery> {
  const repo = new SystemMailRepository(db);
  const m = await repo.claim(id);
  if (!m) return 'SKIPPED';
  const now = m.recipient_id ? await check(m.recipient_id, m.link) : { link: m.link };
  if (!m.to_address || !now) {
    await repo.finish(id, 'FAILED', now ? 'No recipient address' : 'Recipient deactivated');
    return 'FAILED';
  }
  const { subject, html, unsubscribe } = messageOf(config, m, now.link);
  const outcome = await sendSystemMail(db, config, { to: m.to_address, subject, html, key: m.key, unsubscribe });
  if (outcome.state === 'SENT') {
    await repo.finish(id, 'SENT', null);
    return 'SENT';
  }
  const final = outcome.state === 'NOT_CONFIGURED' || outcome.permanent || lastAttempt;
  await repo.finish(id, final ? 'FAILED' : 'PENDING', outcome.message);
  if (!final) throw new SystemMailRetry(outcome.message);
  return 'FAILED';
}

export type SystemMailJobOptions = {
  retryLimit?: number;
  retryDelay?: number;
  /** The notifications module's send-time check of a notification mail (background.ts): required, never skipped. */
  notificationCheck: NotificationMailCheck;
};

/** The outbox's worker queue and its sweep (every 10 s, restarted each minute by a cron after an outage). */
export function registerSystemMailJobs(jobs: Jobs, db: Db, config: Config, options: SystemMailJobOptions): void {
  const retryLimit = options.retryLimit ?? 6;
  jobs.work<{ id: string }>(
    SYSTEM_MAIL_QUEUE,
    async (job) =>
      void (await deliverSystemMail(db, config, job.data.id, job.retryCount >= retryLimit, options.notificationCheck)),
    {
      policy: 'stately',
      retryLimit,
      retryDelay: options.retryDelay ?? 60,
      retryBackoff: true,
      expireInSeconds: 300,
      concurrency: 2,
    },
  );
  jobs.schedule(SYSTEM_MAIL_SWEEP, '* * * * *', {}, { singletonKey: SWEEP_KEY });
  jobs.work(
    SYSTEM_MAIL_SWEEP,
    async () => {
      await queueSystemMails(db, jobs);
      await jobs.send(SYSTEM_MAIL_SWEEP, {}, { singletonKey: SWEEP_KEY, startAfter: 10 });
    },
    { policy: 'stately', expireInSeconds: 120, retryLimit: 1, retryDelay: 5 },
  );
}
