// Integration tests for migrations: the folder matches schema.prisma, and applying is recorded like `prisma migrate deploy`.
import fs from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import pg from 'pg';
import { afterEach, describe, expect, it } from 'vitest';
import { prismaDir } from '../config/paths.ts';
import { createEmptyTestDatabase, createTestDatabase } from '../test/db.ts';
import { applyPendingMigrations, diffMigrationsToSchema, migrationStatus } from './migrations.ts';

const cleanups: Array<() => Promise<void>> = [];
afterEach(async () => {
  await Promise.all(cleanups.splice(0).map((cleanup) => cleanup()));
});

async function migrationNamesOnDisk(): Promise<string[]> {
  const entries = await fs.readdir(path.join(prismaDir, 'migrations'), { withFileTypes: true });
  return entries
    .filter((entry) => entry.isDirectory())
    .map((entry) => entry.name)
    .sort();
}

describe('migrations folder', () => {
  it('schema.prisma and the migrations folder do not drift apart (run `pnpm db:migration:new <name>` if this fails)', async () => {
    expect(await diffMigrationsToSchema()).toBe('');
  });

  it('reports the SQL still missing when the schema has changed, so the drift check can fail', async () => {
    const schema = await fs.readFile(path.join(prismaDir, 'schema.prisma'), 'utf8');
    const changed = `${schema}\nmodel DriftProbe {\n  id Int @id\n  @@map("drift_probe")\n}\n`;
    expect(await diffMigrationsToSchema(changed)).toMatch(/CREATE TABLE "drift_probe"/);
  });
});

describe('applyPendingMigrations', () => {
  it('records every migration in _prisma_migrations with a checksum and finish time, and a second run applies nothing', async () => {
    const db = await createEmptyTestDatabase();
    cleanups.push(db.drop);
    const names = await migrationNamesOnDisk();

    expect(await migrationStatus(db.url)).toEqual({ applied: [], pending: names });
    expect(await applyPendingMigrations(db.url)).toEqual(names);
    expect(await applyPendingMigrations(db.url)).toEqual([]);
    expect(await migrationStatus(db.url)).toEqual({ applied: names, pending: [] });

    const client = new pg.Client({ connectionString: db.url });
    await client.connect();
    try {
      const { rows } = await client.query(
        'SELECT migration_name, checksum, finished_at, rolled_back_at, applied_steps_count FROM _prisma_migrations ORDER BY migration_name',
      );
      expect(rows.map((row) => row.migration_name)).toEqual(names);
      for (const row of rows) {
        expect(row.checksum).toMatch(/^[0-9a-f]{64}$/);
        expect(row.finished_at).toBeInstanceOf(Date);
        expect(row.rolled_back_at).toBeNull();
        expect(row.applied_steps_count).toBe(1);
      }
    } finally {
      await client.end();
    }
  });

  it('applies each migration once when two processes start at the same moment', async () => {
    const db = await createEmptyTestDatabase();
    cleanups.push(db.drop);
    const [first, second] = await Promise.all([applyPendingMigrations(db.url), applyPendingMigrations(db.url)]);
    expect([...first, ...second].sort()).toEqual(await migrationNamesOnDisk());
  });

  it('applies again a migration whose applier died midway, and still refuses one that failed with an error', async () => {
    const db = await createEmptyTestDatabase();
    cleanups.push(db.drop);
    const names = await migrationNamesOnDisk();
    const last = names.at(-1)!;
    const client = new pg.Client({ connectionString: db.url });
    await client.connect();
    try {
      // Everything but the last migration, then the record an interrupted attempt at the last one leaves behind.
      const partial = await fs.mkdtemp(path.join(os.tmpdir(), 'veza-migrations-'));
      cleanups.push(() => fs.rm(partial, { recursive: true, force: true }));
      await fs.cp(path.join(prismaDir, 'migrations'), partial, { recursive: true });
      await fs.rm(path.join(partial, last), { recursive: true });
      expect(await applyPendingMigrations(db.url, partial)).toEqual(names.slice(0, -1));
      const attempt = `INSERT INTO _prisma_migrations (id, checksum, migration_name, logs, started_at, applied_steps_count)
        VALUES (gen_random_uuid()::text, repeat('0', 64), $1, $2, now(), 0)`;
      await client.query(attempt, [last, null]);

      expect(await applyPendingMigrations(db.url)).toEqual([last]);
      const { rows } = await client.query(
        'SELECT finished_at, rolled_back_at, logs FROM _prisma_migrations WHERE migration_name = $1 ORDER BY started_at',
        [last],
      );
      expect(rows).toHaveLength(2);
      expect(rows[0].rolled_back_at).toBeInstanceOf(Date);
      expect(rows[0].logs).toMatch(/stopped before it finished/);
      expect(rows[1].finished_at).toBeInstanceOf(Date);

      // A recorded failure (the engine wrote its error) is for a person to resolve: the start refuses.
      await client.query('DELETE FROM _prisma_migrations WHERE migration_name = $1', [last]);
      await client.query(attempt, [last, 'ERROR: something went wrong']);
      await expect(applyPendingMigrations(db.url)).rejects.toThrow(/failed/);
    } finally {
      await client.end();
    }
  });

  it('gives a test database that Prisma can write to and read from', async () => {
    const db = await createTestDatabase();
    cleanups.push(db.drop);
    await db.prisma.user.create({ data: { email: 'ana@example.hr', name: 'Ana', passwordHash: 'x' } });
    expect(await db.prisma.user.count()).toBe(1);
    expect((await migrationStatus(db.url)).pending).toEqual([]);
  });
});
