import { describe, expect, it } from 'vitest';
import { classifyMailError, smtpCode } from './mail-errors.ts';

describe('classifyMailError', () => {
  it.each([
    ['Mail settings are not configured (no SMTP host or sender address)', 'notConfigured', null],
    ["The SMTP server's TLS certificate could not be verified (self-signed certificate).", 'certificate', null],
    ['Invalid login: 535 5.7.8 Authentication credentials invalid', 'auth', '535'],
    ['connect ECONNREFUSED 127.0.0.1:2525', 'unreachable', null],
    ['Connection timeout', 'timeout', null],
    ['550 5.1.1 <nobody@example.test>: Recipient address rejected: User unknown', 'mailboxUnavailable', '550'],
    ['554 5.7.1 Message rejected as spam', 'rejected', '554'],
    ['421 4.3.2 Service not available, try again later', 'tryLater', '421'],
    ['451 Temporary local problem', 'tryLater', '451'],
    ['Something odd happened', 'unknown', null],
  ])('%s → %s', (message, kind, code) => {
    expect(classifyMailError(message)).toEqual({ kind, code });
  });

  it('does not take a port or an address for a reply code', () => {
    expect(smtpCode('connect ECONNREFUSED 127.0.0.1:450')).toBeNull();
    expect(smtpCode('user550@example.test')).toBeNull();
  });
});
