// `pnpm db:seed [--scale N] [--seed S] [--no-activities]`: demo logins, dictionaries, a sales team sized to the data,
// the demo attributes and N reproducible clients with contact persons and activity history, into DATABASE_URL or the
// embedded database. Large loads drop and rebuild secondary indexes in one transaction (see seed/bulk-load.ts).
import { parseArgs } from 'node:util';
import { loadConfig } from '../config/env.ts';
import { databaseOptions, openDatabase } from '../db/database.ts';
import { applyPendingMigrations } from '../db/migrations.ts';
import { createPrisma } from '../db/prisma.ts';
import { ensureDefaultDictionaries } from '../modules/dictionaries/dictionaries.defaults.ts';
import { bootstrapUsers } from '../modules/users/bootstrap.ts';
import { seedScale } from '../seed/scale.ts';

async function main(): Promise<void> {
  const { values } = parseArgs({
    options: {
      scale: { type: 'string', default: '250' },
      seed: { type: 'string', default: '2026' },
      'no-activities': { type: 'boolean', default: false },
    },
  });
  const scale = Number(values.scale);
  if (!Number.isInteger(scale) || scale < 0)
    throw new Error(`--scale must be a whole number of clients, got "${values.scale}"`);
  const seed = Number(values.seed);
  if (!Number.isInteger(seed) || seed < 0) throw new Error(`--seed must be a whole number, got "${values.seed}"`);
  const config = loadConfig();
  const database = await openDatabase(databaseOptions(config));
  const db = createPrisma(database.url);
  try {
    await applyPendingMigrations(database.url);
    const users = await bootstrapUsers(db, { admin: config.admin, demo: true });
    await ensureDefaultDictionaries(db);
    const result = await seedScale(db, database.url, scale, { seed, activities: !values['no-activities'] });
    console.log(
      `Seeded ${result.clients.toLocaleString('en')} clients, ${result.persons.toLocaleString('en')} persons and ` +
        `${result.activities.toLocaleString('en')} activities in ${result.seconds.toFixed(1)} s.`,
    );
    console.log('Logins (agentN@veza.local and managerN@veza.local use the demo passwords too):');
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
