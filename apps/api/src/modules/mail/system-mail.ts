// Mail Veza itself sends (the outbox's notification and rule e-mails): straight through the configured relay,
// with a Message-ID fixed by the caller's key, so a re-send after a crash is recognisably the same message.
import type { Config } from '../../config/env.ts';
import type { Db } from '../../db/prisma.ts';
import { secretBoxFor } from '../../lib/secret-box.ts';
import { htmlToText } from './mail-html.ts';
import { MailRepository } from './mail.repository.ts';
import { classifySendError, transportFor } from './mail-transport.ts';

export type SystemMail = {
  to: string;
  subject: string;
  html: string;
  /** A unique key of what is sent (e.g. `notification.<id>`): the Message-ID is `<key@sender-domain>`. */
  key: string;
  /** The sender's display name; the installation's default when absent. */
  fromName?: string | null;
  /** An RFC 8058 one-click URL: sent as List-Unsubscribe with List-Unsubscribe-Post (inside the DKIM signature). */
  unsubscribe?: string | null;
};

export type SystemMailOutcome =
  | { state: 'SENT' }
  | { state: 'NOT_CONFIGURED'; message: string }
  | { state: 'FAILED'; permanent: boolean; message: string };

export const NOT_CONFIGURED = 'Mail settings are not configured (no SMTP host or sender address)';

/** Sends one message now; never throws for a relay's refusal or a network failure, it says which it was. */
export async function sendSystemMail(db: Db, config: Config, mail: SystemMail): Promise<SystemMailOutcome> {
  const settings = await new MailRepository(db).settings();
  if (!settings?.host || !settings.fromAddress) return { state: 'NOT_CONFIGURED', message: NOT_CONFIGURED };
  const domain = settings.fromAddress.split('@')[1] ?? 'veza.invalid';
  try {
    await transportFor(settings, secretBoxFor(config)).sendMail({
      from: { name: mail.fromName ?? settings.fromName ?? 'Veza', address: settings.fromAddress },
      to: mail.to,
      subject: mail.subject,
      html: mail.html,
      text: htmlToText(mail.html),
      messageId: `<${mail.key}@${domain}>`,
      ...(mail.unsubscribe
        ? {
            list: { unsubscribe: { url: mail.unsubscribe, comment: 'Unsubscribe' } },
            headers: { 'List-Unsubscribe-Post': 'List-Unsubscribe=One-Click' },
          }
        : {}),
    });
  } catch (error) {
    return { state: 'FAILED', ...classifySendError(error) };
  }
  return { state: 'SENT' };
}
