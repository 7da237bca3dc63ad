// What went wrong with an e-mail, read from the relay's or the network's raw (English) error text as stored with a
// notification e-mail, a sent message or a campaign recipient: a kind the web app shows in the user's language, and
// the SMTP reply code (kept as the detail) when the text has one.
export const MAIL_ERROR_KINDS = [
  'notConfigured',
  'certificate',
  'auth',
  'unreachable',
  'timeout',
  'mailboxUnavailable',
  'rejected',
  'tryLater',
  'unknown',
] as const;
export type MailErrorKind = (typeof MAIL_ERROR_KINDS)[number];

const RULES: [MailErrorKind, RegExp][] = [
  ['notConfigured', /not configured/i],
  ['certificate', /certificate|self[- ]signed/i],
  ['auth', /invalid login|authenticat|\bEAUTH\b|\b53[05]\b/i],
  ['unreachable', /ECONNREFUSED|ENOTFOUND|EAI_AGAIN|EHOSTUNREACH|ENETUNREACH|ECONNRESET|connection closed/i],
  ['timeout', /ETIMEDOUT|timed? ?out/i],
  ['mailboxUnavailable', /\b5\.1\.\d\b|\b55[013]\b.*(mailbox|user|recipient|address)/i],
];

/** The first SMTP reply code (4xx/5xx) in `message`, e.g. "550" of "550 5.1.1 <a@b>: Recipient rejected". */
export function smtpCode(message: string): string | null {
  return /(?:^|[\s(])([45]\d\d)(?=[\s-]|$)/.exec(message)?.[1] ?? null;
}

export function classifyMailError(message: string): { kind: MailErrorKind; code: string | null } {
  const code = smtpCode(message);
  const rule = RULES.find(([, pattern]) => pattern.test(message));
  if (rule) return { kind: rule[0], code };
  if (code?.startsWith('5')) return { kind: 'rejected', code };
  if (code?.startsWith('4')) return { kind: 'tryLater', code };
  return { kind: 'unknown', code };
}
