// Whether the database can serve right now: requests fail fast with DATABASE_UNAVAILABLE while it cannot, /healthz
// reports it, and a probe notices when it answers again (embedded restart or an external server coming back).
import pg from 'pg';

const PROBE_INTERVAL_MS = 500;
const PROBE_TIMEOUT_MS = 2_000;

// Prisma error codes and driver-adapter kinds that mean "no connection", not "this statement is wrong".
const PRISMA_CONNECTION_CODES = new Set(['P1001', 'P1002', 'P1008', 'P1017']);
const ADAPTER_CONNECTION_KINDS = new Set(['DatabaseNotReachable', 'ConnectionClosed', 'SocketTimeout']);
// PostgreSQL SQLSTATEs: connection exceptions (08…) and operator intervention (57P01–57P03: shutdown, crash, start-up).
const SQLSTATE_UNAVAILABLE = /^(08|57P0[123])/;
const MESSAGE_UNAVAILABLE =
  /Connection terminated|ECONNREFUSED|ECONNRESET|Can't reach database server|the database system is (shutting down|starting up|in recovery mode|not yet accepting)|terminating connection due to (administrator command|unexpected postmaster exit)|Client has encountered a connection error/i;

/** True when `error` (or anything in its cause chain) says the database cannot be reached. */
export function isDatabaseUnavailableError(error: unknown): boolean {
  for (let e: unknown = error, depth = 0; e && typeof e === 'object' && depth < 8; depth++) {
    const { code, meta, message } = e as { code?: unknown; meta?: unknown; message?: unknown };
    if (typeof code === 'string' && (PRISMA_CONNECTION_CODES.has(code) || SQLSTATE_UNAVAILABLE.test(code))) return true;
    const adapterCause = (meta as { driverAdapterError?: { cause?: { kind?: string; code?: string } } } | undefined)
      ?.driverAdapterError?.cause;
    if (adapterCause?.kind && ADAPTER_CONNECTION_KINDS.has(adapterCause.kind)) return true;
    if (adapterCause?.kind === 'postgres' && SQLSTATE_UNAVAILABLE.test(adapterCause.code ?? '')) return true;
    if (typeof message === 'string' && MESSAGE_UNAVAILABLE.test(message)) return true;
    e = (e as { originalError?: unknown; cause?: unknown }).originalError ?? (e as { cause?: unknown }).cause;
  }
  return false;
}

export class DatabaseAvailability {
  private downSince: Date | null = null;
  private reason = '';
  private probeTimer: NodeJS.Timeout | null = null;
  private stopped = false;

  constructor(
    private readonly url: string,
    private readonly log: (line: string) => void = (line) => console.warn(line),
  ) {}

  get available(): boolean {
    return this.downSince === null;
  }

  /** For /healthz: what an operator needs to see. */
  status(): { available: boolean; reason?: string; since?: string } {
    if (!this.downSince) return { available: true };
    return { available: false, reason: this.reason, since: this.downSince.toISOString() };
  }

  /** Asks the database now (for /healthz); a failed answer marks it down. */
  async check(): Promise<boolean> {
    if (!this.available) return false;
    if (await canQuery(this.url)) return true;
    this.markDown('no answer to the health check');
    return false;
  }

  /** Marks the database unreachable (a request saw a connection error, or the embedded server exited) and probes. */
  markDown(reason: string): void {
    if (this.stopped) return;
    if (!this.downSince) {
      this.downSince = new Date();
      this.reason = reason;
      this.log(`[database] unavailable: ${reason}; requests are refused with DATABASE_UNAVAILABLE until it answers`);
    }
    this.scheduleProbe();
  }

  /** Stops probing (shutdown). */
  stop(): void {
    this.stopped = true;
    if (this.probeTimer) clearTimeout(this.probeTimer);
    this.probeTimer = null;
  }

  private scheduleProbe(): void {
    if (this.probeTimer || this.stopped) return;
    this.probeTimer = setTimeout(() => void this.probe(), PROBE_INTERVAL_MS);
    this.probeTimer.unref();
  }

  private async probe(): Promise<void> {
    const ok = await canQuery(this.url);
    this.probeTimer = null;
    if (this.stopped) return;
    if (!ok) return this.scheduleProbe();
    const seconds = ((Date.now() - this.downSince!.getTime()) / 1000).toFixed(1);
    this.log(`[database] available again after ${seconds} s`);
    this.downSince = null;
  }
}

async function canQuery(url: string): Promise<boolean> {
  const client = new pg.Client({
    connectionString: url,
    connectionTimeoutMillis: PROBE_TIMEOUT_MS,
    query_timeout: PROBE_TIMEOUT_MS,
  });
  client.on('error', () => undefined);
  try {
    await client.connect();
    await client.query('SELECT 1');
    return true;
  } catch {
    return false;
  } finally {
    await client.end().catch(() => undefined);
  }
}
