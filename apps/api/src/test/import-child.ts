// Runs one import job in its own process and prints its peak memory, so a test can hold the import to a budget:
// node --import tsx src/test/import-child.ts <databaseUrl> <dataDir> <jobId>
import { loadConfig } from '../config/env.ts';
import { createPrisma } from '../db/prisma.ts';
import { runImport } from '../modules/imports/index.ts';

const [databaseUrl, dataDir, jobId] = process.argv.slice(2) as [string, string, string];
const config = loadConfig({
  NODE_ENV: 'test',
  VEZA_DATA_DIR: dataDir,
  DATABASE_URL: databaseUrl,
  JWT_SECRET: 'import-child-'.padEnd(64, 'x'),
});
const db = createPrisma(databaseUrl);
const started = Date.now();
let thrown: string | null = null;
try {
  await runImport(db, config, jobId);
} catch (error) {
  thrown = String(error);
}
const job = await db.importJob.findUniqueOrThrow({ where: { id: jobId } });
await db.$disconnect();
console.log(
  JSON.stringify({
    maxRssMb: Math.round(process.resourceUsage().maxRSS / 1024),
    ms: Date.now() - started,
    thrown,
    state: job.state,
    error: job.error,
    processed: job.processed,
    created: job.created,
    invalid: job.invalid,
  }),
);
