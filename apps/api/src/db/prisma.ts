// Builds Veza's Prisma client on the pg driver adapter (Prisma 7: no native query engine).
import { PrismaPg } from '@prisma/adapter-pg';
import { createAuditedPool } from './audit-context.ts';
import { PrismaClient } from './generated/prisma/client.ts';
import { registerReadPath } from './read-path.ts';

export type Db = PrismaClient;

/**
 * `onQuery` sees every SQL statement (tests use it to prove lists need a fixed number of queries); `poolMax` caps the
 * connection pool (pg's default is 10), e.g. for the import worker thread's own client. The pool carries the audit
 * context (db/audit-context.ts) to every statement; the hot list reads use it directly too (db/read-path.ts).
 */
export function createPrisma(url: string, options: { onQuery?: (sql: string) => void; poolMax?: number } = {}): Db {
  const pool = createAuditedPool(url, options.poolMax);
  const adapter = new PrismaPg(pool, { disposeExternalPool: true });
  if (!options.onQuery) {
    const client = new PrismaClient({ adapter });
    registerReadPath(client, { pool });
    return client;
  }
  const client = new PrismaClient({ adapter, log: [{ emit: 'event', level: 'query' }] });
  client.$on('query', (event) => options.onQuery!(event.query));
  registerReadPath(client, { pool, onQuery: options.onQuery });
  return client as unknown as Db;
}

export { Prisma } from './generated/prisma/client.ts';
