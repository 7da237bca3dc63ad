// The login throttle's sliding window.
import { describe, expect, it } from 'vitest';
import { LoginThrottle } from './throttle.ts';

describe('LoginThrottle', () => {
  it('allows `limit` attempts per window, then says how long to wait, then allows again', () => {
    let now = 0;
    const t = new LoginThrottle({ ip: { limit: 2, windowMs: 10_000 }, email: { limit: 5, windowMs: 1000 } }, () => now);
    expect([t.attempt('ip', 'a'), t.attempt('ip', 'a'), t.attempt('ip', 'a')]).toEqual([0, 0, 10]);
    expect(t.attempt('ip', 'b')).toBe(0);
    now = 9_000;
    expect(t.attempt('ip', 'a')).toBe(1);
    now = 10_001;
    expect(t.attempt('ip', 'a')).toBe(0);
  });

  it('forgets an e-mail after reset', () => {
    const t = new LoginThrottle({ ip: { limit: 9, windowMs: 1000 }, email: { limit: 1, windowMs: 1000 } });
    t.attempt('email', 'x');
    expect(t.attempt('email', 'x')).toBeGreaterThan(0);
    t.reset('email', 'x');
    expect(t.attempt('email', 'x')).toBe(0);
  });
});
