// The login throttle: growing delays per account and address, a ceiling per account, a limit per address.
import { describe, expect, it } from 'vitest';
import { LoginThrottle, type ThrottleRules } from './throttle.ts';

const rules: ThrottleRules = {
  ip: { limit: 50, windowMs: 60_000 },
  pair: { freeFailures: 3, baseDelayMs: 1_000, maxDelayMs: 8_000 },
  account: { limit: 20, windowMs: 60_000 },
};

function throttle() {
  const clock = { now: 0 };
  const logged: string[] = [];
  const t = new LoginThrottle(
    rules,
    () => clock.now,
    (line) => logged.push(line),
  );
  return { t, clock, logged };
}

describe('LoginThrottle', () => {
  it('gives an address a few free failures for an account, then delays that grow and stop at the maximum', () => {
    const { t, clock, logged } = throttle();
    const delays: number[] = [];
    for (let i = 0; i < 8; i++) {
      expect(t.check('admin@x', '10.0.0.66')).toBeNull();
      t.failed('admin@x', '10.0.0.66');
      const refusal = t.check('admin@x', '10.0.0.66');
      delays.push(refusal?.seconds ?? 0);
      clock.now += (refusal?.seconds ?? 0) * 1000;
    }
    expect(delays).toEqual([0, 0, 1, 2, 4, 8, 8, 8]);
    expect(logged.at(-1)).toMatch(/8 failed logins for admin@x from 10\.0\.0\.66; next try allowed in 8 s/);
  });

  it("does not slow down the account's owner at another address while an attacker is delayed", () => {
    const { t } = throttle();
    for (let i = 0; i < 6; i++) t.failed('admin@x', 'attacker');
    expect(t.check('admin@x', 'attacker')).toMatchObject({ reason: 'account and address' });
    expect(t.check('admin@x', 'office')).toBeNull();
  });

  it('refuses everyone for an account once failures from all addresses reach the ceiling, and logs it', () => {
    const { t, clock, logged } = throttle();
    for (let i = 0; i < 20; i++) t.failed('admin@x', `bot-${i}`);
    expect(t.check('admin@x', 'office')).toEqual({ seconds: 60, reason: 'account' });
    expect(logged.some((l) => /admin@x reached 20 failed logins from all addresses/.test(l))).toBe(true);
    clock.now = 60_001;
    expect(t.check('admin@x', 'office')).toBeNull();
  });

  it('limits one address over all accounts (password spraying)', () => {
    const { t } = throttle();
    for (let i = 0; i < 50; i++) t.failed(`user${i}@x`, 'sprayer');
    expect(t.check('someone@x', 'sprayer')).toMatchObject({ reason: 'address' });
    expect(t.check('someone@x', 'elsewhere')).toBeNull();
  });

  it('forgets the address and account pair after a successful login', () => {
    const { t } = throttle();
    for (let i = 0; i < 5; i++) t.failed('me@x', 'home');
    expect(t.check('me@x', 'home')).not.toBeNull();
    t.succeeded('me@x', 'home');
    expect(t.check('me@x', 'home')).toBeNull();
  });
});
