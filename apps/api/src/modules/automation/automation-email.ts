// Sending the rules' template e-mails once: the automation tick hands pending rows to the `automation-email` queue
// (pg-boss singleton key = the row id), a worker claims the row under a lease and sends it through the mail module
// with the Message-ID <automation.<id>@domain>; the outcome is kept on the row (sent-at, or the error).
import type { Config } from '../../config/env.ts';
import type { Db } from '../../db/prisma.ts';
import type { Jobs } from '../jobs/index.ts';
import { sendSystemMail } from '../mail/index.ts';
import { AutomationEmailRepository } from './automation-email.repository.ts';

export const AUTOMATION_EMAIL_QUEUE = 'automation-email';
const BATCH = 500;

export class AutomationEmailRetry extends Error {}

export async function queueAutomationEmails(db: Db, jobs: Jobs): Promise<number> {
  const repo = new AutomationEmailRepository(db);
  let queued = 0;
  for (;;) {
    const rows = await repo.takeUnqueued(BATCH);
    for (const { id } of rows) await jobs.send(AUTOMATION_EMAIL_QUEUE, { id }, { singletonKey: id });
    queued += rows.length;
    if (rows.length < BATCH) return queued;
  }
}

/** Sends row `id` unless sent, failed or held by another worker; a temporary failure throws for a retry. */
export async function deliverAutomationEmail(db: Db, config: Config, id: string, lastAttempt: boolean) {
  const repo = new AutomationEmailRepository(db);
  const mail = await repo.claim(id);
  if (!mail) return 'SKIPPED';
  const outcome = await sendSystemMail(db, config, {
    to: mail.to_address,
    subject: mail.subject,
    html: mail.html,
    key: `automation.${mail.id}`,
  });
  if (outcome.state === 'SENT') {
    await repo.finish(id, 'SENT', null);
    return 'SENT';
  }
  const final = outcome.state === 'NOT_CONFIGURED' || outcome.permanent || lastAttempt;
  await repo.finish(id, final ? 'FAILED' : 'PENDING', outcome.message);
  if (!final) throw new AutomationEmailRetry(outcome.message);
  return 'FAILED';
}
