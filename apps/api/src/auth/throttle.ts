// Login throttle: a sliding window of attempts per key (client address, e-mail). Every login field resolution
// counts, so aliasing many logins into one request does not multiply the allowance.

export type ThrottleRule = { limit: number; windowMs: number };
export type ThrottleRules = Record<'ip' | 'email', ThrottleRule>;

export class LoginThrottle {
  private readonly hits = new Map<string, number[]>();

  constructor(
    private readonly rules: ThrottleRules,
    private readonly now: () => number = Date.now,
  ) {}

  /** Records an attempt; returns seconds to wait when over the limit, else 0. */
  attempt(kind: 'ip' | 'email', key: string): number {
    const rule = this.rules[kind];
    const now = this.now();
    const mapKey = `${kind}:${key}`;
    const recent = (this.hits.get(mapKey) ?? []).filter((t) => now - t < rule.windowMs);
    if (recent.length >= rule.limit) {
      this.hits.set(mapKey, recent);
      return Math.ceil((recent[0]! + rule.windowMs - now) / 1000);
    }
    recent.push(now);
    this.hits.set(mapKey, recent);
    this.prune(now);
    return 0;
  }

  /** A successful login forgets the e-mail's failures (not the address's). */
  reset(kind: 'ip' | 'email', key: string): void {
    this.hits.delete(`${kind}:${key}`);
  }

  // Bounded memory: drop stale keys now and then instead of keeping every address ever seen.
  private prune(now: number): void {
    if (this.hits.size < 10_000) return;
    const longest = Math.max(this.rules.ip.windowMs, this.rules.email.windowMs);
    for (const [key, times] of this.hits) if (now - times[times.length - 1]! >= longest) this.hits.delete(key);
  }
}

export const defaultThrottleRules: ThrottleRules = {
  ip: { limit: 30, windowMs: 5 * 60_000 },
  email: { limit: 10, windowMs: 15 * 60_000 },
};
