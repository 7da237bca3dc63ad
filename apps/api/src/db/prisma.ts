// Builds Veza's Prisma client on the pg driver adapter (Prisma 7: no native query engine).
import { PrismaPg } from '@prisma/adapter-pg';
import { createAuditedPool } from './audit-context.ts';
import { PrismaClient } from './generated/prisma/client.ts';

export type Db = PrismaClient;

/**
 * `onQuery` sees every SQL statement (tests use it to prove lists need a fixed number of queries); `poolMax` caps the
 * connection pool (pg's default is 10), e.g. for the import worker thread's own client. The pool carries the audit
 * context (db/audit-context.ts) to every statement.
 */
export function createPrisma(url: string, options: { onQuery?: (sql: string) => void; poolMax?: number } = {}): Db {
  const adapter = new PrismaPg(createAuditedPool(url, options.poolMax), { disposeExternalPool: true });
  if (!options.onQuery) return new PrismaClient({ adapter });
  const client = new PrismaClient({ adapter, log: [{ emit: 'event', level: 'query' }] });
  client.$on('query', (event) => options.onQuery!(event.query));
  return client as unknown as Db;
}

export { Prisma } from './generated/prisma/client.ts';
