// Login throttle. Only failed attempts count, on three keys:
// - account + address: a few free failures, then a growing delay before the next try from that address (so one
//   attacker cannot lock the administrator out: the administrator's own address is not slowed down);
// - account, from all addresses: a ceiling for distributed guessing; reaching it refuses everyone for a while;
// - address, over all accounts: password spraying from one place.
// Every login field resolution counts, so aliasing many logins into one request does not multiply the allowance.

export type ThrottleRule = { limit: number; windowMs: number };
export type ThrottleRules = {
  ip: ThrottleRule;
  /** After `freeFailures` failures each further try waits baseDelayMs, doubling per failure up to maxDelayMs. */
  pair: { freeFailures: number; baseDelayMs: number; maxDelayMs: number };
  account: ThrottleRule;
};

type Refusal = { seconds: number; reason: 'address' | 'account and address' | 'account' };
type PairState = { failures: number; last: number };

export class LoginThrottle {
  private readonly failures = new Map<string, number[]>();
  private readonly pairs = new Map<string, PairState>();

  constructor(
    private readonly rules: ThrottleRules,
    private readonly now: () => number = Date.now,
    private readonly log: (line: string) => void = (line) => console.warn(line),
  ) {}

  /** Before checking the password: how long this address must wait before trying this account, or null. */
  check(account: string, address: string): Refusal | null {
    const now = this.now();
    const ip = this.windowWait('ip', address, this.rules.ip, now);
    if (ip) return { seconds: ip, reason: 'address' };
    const pair = this.pairs.get(`${account}\n${address}`);
    const pairWait = pair ? this.pairDelay(pair) - (now - pair.last) : 0;
    if (pairWait > 0) return { seconds: Math.ceil(pairWait / 1000), reason: 'account and address' };
    const acc = this.windowWait('account', account, this.rules.account, now);
    if (acc) return { seconds: acc, reason: 'account' };
    return null;
  }

  /** A wrong password (or unknown or disabled user): counts on all three keys; crossing a threshold is logged. */
  failed(account: string, address: string): void {
    const now = this.now();
    const key = `${account}\n${address}`;
    const previous = this.pairs.get(key);
    const pair = { failures: this.expired(previous, now) ? 1 : previous!.failures + 1, last: now };
    this.pairs.set(key, pair);
    if (pair.failures >= this.rules.pair.freeFailures) {
      const delay = Math.round(this.pairDelay(pair) / 1000);
      this.log(`[auth] ${pair.failures} failed logins for ${account} from ${address}; next try allowed in ${delay} s`);
    }
    if (this.record('account', account, this.rules.account, now) === this.rules.account.limit) {
      this.log(
        `[auth] ${account} reached ${this.rules.account.limit} failed logins from all addresses; refused for now`,
      );
    }
    if (this.record('ip', address, this.rules.ip, now) === this.rules.ip.limit) {
      this.log(`[auth] ${address} reached ${this.rules.ip.limit} failed logins over all accounts; refused for now`);
    }
    this.prune(now);
  }

  /** A successful login forgets this address's failures for the account (not the account's or address's totals). */
  succeeded(account: string, address: string): void {
    this.pairs.delete(`${account}\n${address}`);
  }

  private pairDelay(pair: PairState): number {
    const { freeFailures, baseDelayMs, maxDelayMs } = this.rules.pair;
    if (pair.failures < freeFailures) return 0;
    return Math.min(maxDelayMs, baseDelayMs * 2 ** (pair.failures - freeFailures));
  }

  // A pair is forgotten once its longest delay has passed twice over without another failure.
  private expired(pair: PairState | undefined, now: number): boolean {
    return !pair || now - pair.last > 2 * this.rules.pair.maxDelayMs;
  }

  private windowWait(kind: string, key: string, rule: ThrottleRule, now: number): number {
    const recent = (this.failures.get(`${kind}:${key}`) ?? []).filter((t) => now - t < rule.windowMs);
    return recent.length >= rule.limit ? Math.ceil((recent[0]! + rule.windowMs - now) / 1000) : 0;
  }

  private record(kind: string, key: string, rule: ThrottleRule, now: number): number {
    const recent = (this.failures.get(`${kind}:${key}`) ?? []).filter((t) => now - t < rule.windowMs);
    recent.push(now);
    this.failures.set(`${kind}:${key}`, recent);
    return recent.length;
  }

  // Bounded memory: drop stale keys now and then instead of keeping every address ever seen.
  private prune(now: number): void {
    if (this.failures.size + this.pairs.size < 10_000) return;
    const longest = Math.max(this.rules.ip.windowMs, this.rules.account.windowMs);
    for (const [key, times] of this.failures) if (now - times[times.length - 1]! >= longest) this.failures.delete(key);
    for (const [key, pair] of this.pairs) if (this.expired(pair, now)) this.pairs.delete(key);
  }
}

export const defaultThrottleRules: ThrottleRules = {
  ip: { limit: 30, windowMs: 5 * 60_000 },
  pair: { freeFailures: 5, baseDelayMs: 2_000, maxDelayMs: 15 * 60_000 },
  account: { limit: 100, windowMs: 60 * 60_000 },
};
