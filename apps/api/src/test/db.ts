// Gives each integration test file its own PostgreSQL database, so files run in parallel without sharing rows.
import crypto from 'node:crypto';
import { inject } from 'vitest';
import { createPrisma, type Db } from '../db/prisma.ts';
import { adminQuery, withDatabase } from './global-setup.ts';

export interface TestDatabase {
  url: string;
  prisma: Db;
  drop(): Promise<void>;
}

/** A fresh database with every migration applied (cloned from the run's migrated template: fast). */
export async function createTestDatabase(): Promise<TestDatabase> {
  const database = await createEmptyTestDatabase(inject('pgTemplateDatabase'));
  const prisma = createPrisma(database.url);
  return {
    url: database.url,
    prisma,
    drop: async () => {
      await prisma.$disconnect();
      await database.drop();
    },
  };
}

/** A fresh database with no tables at all, or a copy of `template`; for tests of migrations themselves. */
export async function createEmptyTestDatabase(template?: string): Promise<{ url: string; drop(): Promise<void> }> {
  const adminUrl = inject('pgAdminUrl');
  const name = `veza_test_${crypto.randomBytes(6).toString('hex')}`;
  await adminQuery(adminUrl, `CREATE DATABASE "${name}"${template ? ` TEMPLATE "${template}"` : ''}`);
  return {
    url: withDatabase(adminUrl, name),
    drop: () => adminQuery(adminUrl, `DROP DATABASE IF EXISTS "${name}" WITH (FORCE)`),
  };
}
