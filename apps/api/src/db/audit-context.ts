// Who is writing, for the audit triggers (docs/ARCHITECTURE.md "Audit log"). The request or job sets an audit context
// in AsyncLocalStorage once (server.ts per HTTP request, jobs.work() per job); every connection of Veza's pool
// carries it to PostgreSQL as settings (veza.actor_id, veza.session_id, veza.api_token_id, veza.source) before the
// statement runs, so no service can forget it and the audit row is written in the statement's own transaction.
import { AsyncLocalStorage } from 'node:async_hooks';
import pg from 'pg';
import { announceLocalAuthWrite, writesAuthTables } from './auth-changes.ts';

export type AuditActor = {
  actorId?: string | null;
  sessionId?: string | null;
  apiTokenId?: string | null;
  /** Who wrote when no user did: "system: job import-run <id>", "system: import <id>". */
  source?: string | null;
};

const storage = new AsyncLocalStorage<AuditActor>();

/**
 * Runs `fn` with `actor` as the audit context of every statement it issues (nested calls override). Prisma's promises
 * are lazy — a query runs when awaited — so `fn` must await its queries itself (`async () => { await db.x… }`).
 */
export function runWithAudit<T>(actor: AuditActor, fn: () => T): T {
  return storage.run({ ...actor }, fn);
}

/**
 * Fills in the context opened by `runWithAudit` (the HTTP request opens an empty one; authentication fills it).
 * Outside any context it does nothing: the write is then recorded with no actor, never lost.
 */
export function setAuditActor(actor: AuditActor): void {
  const store = storage.getStore();
  if (store) Object.assign(store, actor);
}

export function currentAuditActor(): AuditActor | undefined {
  return storage.getStore();
}

const SET_SQL =
  "SELECT set_config('veza.actor_id', $1, false), set_config('veza.session_id', $2, false), " +
  "set_config('veza.api_token_id', $3, false), set_config('veza.source', $4, false)";

function settingsOf(actor: AuditActor | undefined): string[] {
  return [actor?.actorId ?? '', actor?.sessionId ?? '', actor?.apiTokenId ?? '', actor?.source ?? ''];
}

type AuditedClient = pg.PoolClient & { auditKey?: string; authWritten?: boolean };

// A statement that only reads: starts like a query and names no writing command. Anything else (INSERT, UPDATE,
// DELETE, MERGE, a WITH that writes, COPY, CALL, DO…) carries the actor. A false "write" costs one round trip; a false
// "read" would record the connection's previous actor, so when in doubt it is a write. SELECT FOR UPDATE counts as a
// write (cheap, and its transaction usually writes next). Veza's SQL functions called from a SELECT (report_days_*)
// write no audited table; one that did would need to be called from a statement this classifies as a write.
const READ_START =
  /^\s*(?:\/\*[^]*?\*\/\s*|--[^\n]*\n\s*)*(?:SELECT|WITH|VALUES|TABLE|SHOW|BEGIN|COMMIT|END|SAVEPOINT|RELEASE|DEALLOCATE)\b/i;
const WRITE_WORD = /\b(?:INSERT|UPDATE|DELETE|MERGE|TRUNCATE|COPY|CALL|DO|EXECUTE|REFRESH|nextval|setval)\b/i;

export function statementWrites(text: string): boolean {
  return !READ_START.test(text) || WRITE_WORD.test(text);
}

/**
 * Sets the audit settings on `client` ahead of a writing statement when they differ from what it carries (one extra
 * round trip only then; reads never pay it — a read does not need the actor, and the stale settings it runs under are
 * replaced before the next write). Session-level settings, because a statement outside a transaction commits on its
 * own; a ROLLBACK may undo a setting made inside the transaction, so it forgets what the connection carries.
 */
function settingsToCarry(client: AuditedClient, text: string): string[] | null {
  if (/^\s*ROLLBACK/i.test(text)) {
    client.auditKey = undefined;
    return null;
  }
  if (!statementWrites(text)) return null;
  const settings = settingsOf(storage.getStore());
  const key = settings.join('\u0001');
  if (client.auditKey === key) return null;
  client.auditKey = key;
  return settings;
}

const originalQuery = pg.Client.prototype.query as (this: pg.ClientBase, text: string, values: unknown[]) => unknown;

/**
 * A completed write to a table authentication reads, or the COMMIT of a transaction that made one, is announced to
 * this process's viewer cache at once (db/auth-changes.ts); other processes hear it through NOTIFY.
 */
function watchAuthWrites(client: AuditedClient, text: string, result: unknown): unknown {
  const writes = statementWrites(text) && writesAuthTables(text);
  const commits = /^\s*(?:COMMIT|END)\b/i.test(text) && client.authWritten;
  if (!writes && !commits) return result;
  if (writes) client.authWritten = true;
  return (result as Promise<unknown>).then((value) => {
    if (commits) client.authWritten = false;
    announceLocalAuthWrite();
    return value;
  });
}

/** Wraps a pooled connection's promise-style `query` (the form @prisma/adapter-pg uses) so it carries the actor. */
function auditConnection(client: AuditedClient): void {
  const query = client.query.bind(client) as (...args: unknown[]) => unknown;
  client.query = ((...args: unknown[]) => {
    const first = args[0] as string | { text?: string } | undefined;
    const text = typeof first === 'string' ? first : first?.text;
    if (typeof text !== 'string' || typeof args[args.length - 1] === 'function') return query(...args);
    const settings = settingsToCarry(client, text);
    if (!settings) return watchAuthWrites(client, text, query(...args));
    return (originalQuery.call(client, SET_SQL, settings) as Promise<unknown>).then(
      () => watchAuthWrites(client, text, query(...args)),
      (error: unknown) => {
        client.auditKey = undefined;
        throw error;
      },
    );
  }) as AuditedClient['query'];
}

/**
 * Veza's connection pool: every connection carries the audit context of the code that issues a statement.
 * `pool.query` is re-implemented on the promise path so the context is read when it is called, not when another
 * request releases a connection.
 */
export function createAuditedPool(connectionString: string, max?: number): pg.Pool {
  const pool = new pg.Pool({ connectionString, ...(max ? { max } : {}) });
  pool.on('connect', (client) => auditConnection(client as AuditedClient));
  // An idle connection that dies (the server restarted, the connection terminated) is dropped by the pool, which then
  // emits 'error': with no listener that is an uncaught exception. Prisma's adapter adds one only once Prisma itself
  // has connected, and the pg read path may use the pool before that.
  pool.on('error', () => undefined);
  const query = async (config: pg.QueryConfig) => {
    const actor = storage.getStore();
    const client = await pool.connect();
    // A connection that dies while checked out (the server killed or restarted) emits 'error' on the client; the
    // pool listens only to idle ones, so without this the process would crash on an unhandled 'error' event. The
    // query itself rejects, and the broken connection is released as such.
    let broken: Error | null = null;
    const onError = (error: Error) => (broken = error);
    client.on('error', onError);
    try {
      const result = await runWithAudit(actor ?? {}, () => client.query(config));
      client.removeListener('error', onError);
      client.release(broken ?? undefined);
      return result;
    } catch (error) {
      client.removeListener('error', onError);
      client.release(error instanceof Error ? error : true);
      throw error;
    }
  };
  pool.query = query as pg.Pool['query'];
  return pool;
}
