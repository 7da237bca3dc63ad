// `pnpm db:seed [--scale N] [--seed S]`: demo logins, dictionaries, the demo attributes and N reproducible clients
// with contact persons, into DATABASE_URL or the embedded database.
import { parseArgs } from 'node:util';
import { loadConfig } from '../config/env.ts';
import { databaseOptions, openDatabase } from '../db/database.ts';
import { applyPendingMigrations } from '../db/migrations.ts';
import { createPrisma } from '../db/prisma.ts';
import { ensureDefaultDictionaries } from '../modules/dictionaries/dictionaries.defaults.ts';
import { bootstrapUsers } from '../modules/users/bootstrap.ts';
import { seedClients } from '../seed/demo-data.ts';

async function main(): Promise<void> {
  const { values } = parseArgs({
    options: { scale: { type: 'string', default: '250' }, seed: { type: 'string', default: '2026' } },
  });
  const scale = Number(values.scale);
  if (!Number.isInteger(scale) || scale < 0)
    throw new Error(`--scale must be a whole number of clients, got "${values.scale}"`);
  const config = loadConfig();
  const database = await openDatabase(databaseOptions(config));
  const db = createPrisma(database.url);
  try {
    await applyPendingMigrations(database.url);
    const users = await bootstrapUsers(db, { admin: config.admin, demo: true });
    await ensureDefaultDictionaries(db);
    const started = Date.now();
    const result = await seedClients(db, scale, {
      seed: Number(values.seed),
      onProgress: (done) =>
        process.stdout.write(`\r  clients ${done.toLocaleString('en')} / ${scale.toLocaleString('en')}`),
    });
    console.log(
      `\nSeeded ${result.clients} clients and ${result.persons} persons in ${((Date.now() - started) / 1000).toFixed(1)} s.`,
    );
    console.log('Demo logins:');
    for (const l of users.demoLogins ?? [])
      console.log(`  ${l.email.padEnd(22)} ${l.password.padEnd(20)} (${l.profile})`);
  } finally {
    await db.$disconnect();
    await database.close();
  }
}

main().catch((error: unknown) => {
  console.error(error instanceof Error ? error.message : error);
  process.exitCode = 1;
});
