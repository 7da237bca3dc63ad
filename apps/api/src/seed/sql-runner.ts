// One interface for the generator's SQL: Prisma (demo start, tests) or a single pg connection (bulk loads in one
// transaction, where session settings and dropped indexes must stay on the same connection).
import type pg from 'pg';
import type { Prisma, Db } from '../db/prisma.ts';

export type SqlRunner = {
  /** Runs a statement; returns the rows of a SELECT (or of a final SELECT after data-modifying CTEs). */
  rows<T = Record<string, unknown>>(query: Prisma.Sql): Promise<T[]>;
  exec(query: Prisma.Sql): Promise<void>;
};

export function prismaRunner(db: Db | Prisma.TransactionClient): SqlRunner {
  return {
    rows: <T>(query: Prisma.Sql) => db.$queryRaw<T[]>(query),
    exec: async (query) => {
      await db.$executeRaw(query);
    },
  };
}

export function pgRunner(client: pg.ClientBase): SqlRunner {
  return {
    rows: async <T>(query: Prisma.Sql) => (await client.query(query.text, query.values)).rows as T[],
    exec: async (query) => {
      await client.query(query.text, query.values);
    },
  };
}
