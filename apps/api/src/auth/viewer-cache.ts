// Authenticated viewers kept for a few seconds per credential, so a request does not pay the sign-in lookup. Safe
// only while this process hears every change: PostgreSQL tells it at commit (LISTEN veza_auth_changed, migration
// *_auth_change_notify) and the whole cache is dropped. Until the LISTEN connection is up, and from the moment it is
// lost until it is back, the cache is empty and bypassed (every request reads the database).
import type { Viewer } from '../graphql/context.ts';
import { listenForAuthChanges, onLocalAuthWrite, type AuthChangeListener } from '../db/auth-changes.ts';

export const VIEWER_CACHE_TTL_MS = 5_000;
const RECONNECT_MS = 1_000;
const MAX_ENTRIES = 10_000;

type Entry = { viewer: Viewer; until: number };
type Listen = typeof listenForAuthChanges;

export class ViewerCache {
  private readonly entries = new Map<string, Entry>();
  private listener: AuthChangeListener | null = null;
  private listening = false;
  private stopped = true;
  private retry: NodeJS.Timeout | null = null;
  private unsubscribeLocal: (() => void) | null = null;
  /** Bumped on every drop: a lookup that started before a change must not store what it read. */
  private generation = 0;

  constructor(
    private readonly databaseUrl: string,
    private readonly options: { ttlMs?: number; listen?: Listen; log?: (message: string) => void } = {},
  ) {}

  /** How many times the cache was dropped (a change notification or a local auth write each drop it once). */
  get drops(): number {
    return this.generation;
  }

  /** Whether the cache is in use (LISTEN is up). */
  get active(): boolean {
    return this.listening;
  }

  /** Starts listening in the background; the cache stays bypassed until LISTEN is in place. */
  start(): void {
    if (!this.stopped) return;
    this.stopped = false;
    this.unsubscribeLocal = onLocalAuthWrite(() => this.drop());
    void this.subscribe();
  }

  async stop(): Promise<void> {
    this.stopped = true;
    this.unsubscribeLocal?.();
    this.unsubscribeLocal = null;
    if (this.retry) clearTimeout(this.retry);
    this.retry = null;
    this.drop();
    this.listening = false;
    const listener = this.listener;
    this.listener = null;
    await listener?.close();
  }

  /** The viewer for `key` (e.g. a token hash), from the cache or from `load` (which is stored when allowed). */
  async get(
    key: string,
    load: () => Promise<{ viewer: Viewer; expiresAt: Date | null } | null>,
  ): Promise<Viewer | null> {
    const now = Date.now();
    const hit = this.listening ? this.entries.get(key) : undefined;
    if (hit && hit.until > now) return hit.viewer;
    if (hit) this.entries.delete(key);
    const generation = this.generation;
    const loaded = await load();
    if (!loaded || !this.listening || generation !== this.generation) return loaded?.viewer ?? null;
    const expires = loaded.expiresAt?.getTime() ?? Number.POSITIVE_INFINITY;
    if (this.entries.size >= MAX_ENTRIES) this.entries.clear();
    this.entries.set(key, {
      viewer: loaded.viewer,
      until: Math.min(now + (this.options.ttlMs ?? VIEWER_CACHE_TTL_MS), expires),
    });
    return loaded.viewer;
  }

  /** Forgets every cached viewer (a change was committed somewhere). */
  drop(): void {
    this.generation += 1;
    this.entries.clear();
  }

  private async subscribe(): Promise<void> {
    const listen = this.options.listen ?? listenForAuthChanges;
    try {
      const listener = await listen(
        this.databaseUrl,
        () => this.drop(),
        (error) => this.lost(error),
      );
      if (this.stopped) return void (await listener.close());
      this.listener = listener;
      // Changes made while nobody listened are unknown: start empty.
      this.drop();
      this.listening = true;
    } catch (error) {
      this.lost(error instanceof Error ? error : new Error(String(error)));
    }
  }

  private lost(error: Error): void {
    this.listening = false;
    this.drop();
    void this.listener?.close();
    this.listener = null;
    if (this.stopped || this.retry) return;
    (this.options.log ?? console.warn)(`auth cache: change listener lost (${error.message}); bypassed until back`);
    this.retry = setTimeout(() => {
      this.retry = null;
      if (!this.stopped) void this.subscribe();
    }, RECONNECT_MS);
    this.retry.unref();
  }
}
