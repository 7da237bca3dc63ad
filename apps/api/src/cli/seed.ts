// `pnpm db:seed`: loads the demo data (permission profiles and demo logins) into DATABASE_URL or the embedded database.
import { loadConfig } from '../config/env.ts';
import { databaseOptions, openDatabase } from '../db/database.ts';
import { applyPendingMigrations } from '../db/migrations.ts';
import { createPrisma } from '../db/prisma.ts';
import { bootstrapUsers } from '../modules/users/bootstrap.ts';

async function main(): Promise<void> {
  const config = loadConfig();
  const database = await openDatabase(databaseOptions(config));
  const db = createPrisma(database.url);
  try {
    await applyPendingMigrations(database.url);
    const result = await bootstrapUsers(db, { admin: config.admin, demo: true });
    console.log('Demo data loaded. Logins:');
    for (const l of result.demoLogins ?? [])
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
