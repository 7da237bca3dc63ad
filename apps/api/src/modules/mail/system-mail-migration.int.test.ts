// The migration that made the system-mail outbox keeps every notification and automation e-mail: a database at the
// migration before it holds pending, sent and failed e-mails of both kinds; after it, the outbox holds them all with
// their state, attempts, error and (for automation rows) the same id, so a pending one keeps its Message-ID.
import fs from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import pg from 'pg';
import { afterAll, describe, expect, it } from 'vitest';
import { prismaDir } from '../../config/paths.ts';
import { applyPendingMigrations } from '../../db/migrations.ts';
import { createEmptyTestDatabase } from '../../test/db.ts';

const OUTBOX = 'system_mail_outbox';
const cleanups: Array<() => Promise<void>> = [];
afterAll(async () => {
  await Promise.all(cleanups.map((c) => c()));
});

/** A copy of the migrations folder without the outbox migration and anything after it. */
async function migrationsBefore(): Promise<string> {
  const source = path.join(prismaDir, 'migrations');
  const dir = await fs.mkdtemp(path.join(os.tmpdir(), 'veza-outbox-'));
  cleanups.push(() => fs.rm(dir, { recursive: true, force: true }));
  const names = (await fs.readdir(source)).sort();
  const stop = names.findIndex((n) => n.endsWith(`_${OUTBOX}`));
  expect(stop).toBeGreaterThan(0);
  for (const name of names.slice(0, stop))
    await fs.cp(path.join(source, name), path.join(dir, name), { recursive: true });
  await fs.cp(path.join(source, 'migration_lock.toml'), path.join(dir, 'migration_lock.toml'));
  return dir;
}

const SEED = `
  INSERT INTO users (id, email, name, password_hash, updated_at)
    VALUES ('00000000-0000-7000-8000-000000000001', 'u@example.test', 'U', 'x', now());
  INSERT INTO notifications (id, recipient_id, kind, text, email_state, email_attempts, email_error, email_sent_at,
      email_queued_at)
  VALUES
    ('00000000-0000-7000-8000-0000000000a1', '00000000-0000-7000-8000-000000000001', 'IMPORT_FINISHED', 'a',
      'PENDING', 1, '421 try later', NULL, now()),
    ('00000000-0000-7000-8000-0000000000a2', '00000000-0000-7000-8000-000000000001', 'IMPORT_FINISHED', 'b',
      'SENT', 1, NULL, now(), now()),
    ('00000000-0000-7000-8000-0000000000a3', '00000000-0000-7000-8000-000000000001', 'IMPORT_FINISHED', 'c',
      NULL, 0, NULL, NULL, NULL);
  INSERT INTO automation_rules (id, name, entity, trigger, updated_at)
    VALUES ('00000000-0000-7000-8000-0000000000b1', 'r', 'CLIENT', 'CREATED', now());
  INSERT INTO automation_emails (id, rule_id, record_id, occurrence, to_address, subject, html, state, error, attempts)
  VALUES
    ('00000000-0000-7000-8000-0000000000c1', '00000000-0000-7000-8000-0000000000b1',
      '00000000-0000-7000-8000-0000000000d1', 'x', 'p@example.test', 'S', '<p>h</p>', 'FAILED', '550 no such user', 1),
    ('00000000-0000-7000-8000-0000000000c2', '00000000-0000-7000-8000-0000000000b1',
      '00000000-0000-7000-8000-0000000000d2', 'x', 'q@example.test', 'S', '<p>h</p>', 'PENDING', NULL, 0);`;

describe('system-mail outbox migration', () => {
  it('moves notification and automation e-mails into system_mails with their state', async () => {
    const db = await createEmptyTestDatabase();
    cleanups.push(db.drop);
    await applyPendingMigrations(db.url, await migrationsBefore());
    const client = new pg.Client({ connectionString: db.url });
    await client.connect();
    try {
      await client.query(SEED);
      await applyPendingMigrations(db.url);
      const { rows } = await client.query(`SELECT id::text, notification_id::text AS n, rule_id IS NOT NULL AS rule,
          to_address, state::text, attempts, error, sent_at IS NOT NULL AS sent, queued_at
        FROM system_mails ORDER BY coalesce(notification_id, id)`);
      expect(rows).toEqual([
        expect.objectContaining({
          n: '00000000-0000-7000-8000-0000000000a1',
          state: 'PENDING',
          error: '421 try later',
          queued_at: null,
        }),
        expect.objectContaining({ n: '00000000-0000-7000-8000-0000000000a2', state: 'SENT', sent: true }),
        expect.objectContaining({
          id: '00000000-0000-7000-8000-0000000000c1',
          rule: true,
          state: 'FAILED',
          attempts: 1,
        }),
        expect.objectContaining({ id: '00000000-0000-7000-8000-0000000000c2', to_address: 'q@example.test' }),
      ]);
    } finally {
      await client.end();
    }
  });
});
