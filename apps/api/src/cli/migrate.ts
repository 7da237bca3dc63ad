// `pnpm db:migrate`: applies pending migrations to DATABASE_URL, or to the embedded PostgreSQL the app would use.
import { loadConfig } from '../config/env.ts';
import { databaseOptions, openDatabase, redact } from '../db/database.ts';
import { applyPendingMigrations } from '../db/migrations.ts';

async function main(): Promise<void> {
  const options = databaseOptions(loadConfig());
  const database = await openDatabase(options);
  try {
    const where = database.embedded ? `embedded PostgreSQL in ${options.dataDir}` : redact(database.url);
    const applied = await applyPendingMigrations(database.url);
    if (applied.length === 0) console.log(`Database is up to date (${where}).`);
    else
      console.log(
        `Applied ${applied.length} migration(s) to ${where}:\n${applied.map((name) => `  ${name}`).join('\n')}`,
      );
  } finally {
    await database.close();
  }
}

main().catch((error: unknown) => {
  console.error(error instanceof Error ? error.message : error);
  process.exitCode = 1;
});
