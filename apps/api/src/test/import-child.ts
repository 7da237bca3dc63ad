// Runs one import job in its own process the way the queue's handler does (runImportInThread: a heap-capped worker
// thread), with no heap flags on the process, and prints the process's peak memory (the kernel's maxRSS, and the
// main thread's process.memoryUsage() sampled every 100 ms), so a test can hold the import to a budget:
// node --import tsx src/test/import-child.ts <databaseUrl> <dataDir> <jobId>
import { loadConfig } from '../config/env.ts';
import { createPrisma } from '../db/prisma.ts';
import { runImportInThread } from '../modules/imports/index.ts';

const [databaseUrl, dataDir, jobId] = process.argv.slice(2) as [string, string, string];
const config = loadConfig({
  NODE_ENV: 'test',
  VEZA_DATA_DIR: dataDir,
  DATABASE_URL: databaseUrl,
  JWT_SECRET: 'import-child-'.padEnd(64, 'x'),
});
const db = createPrisma(databaseUrl);
const started = Date.now();
const peak = { rss: 0, heapTotal: 0, heapUsed: 0, external: 0, arrayBuffers: 0 };
const sampler = setInterval(() => {
  const m = process.memoryUsage();
  for (const k of Object.keys(peak) as (keyof typeof peak)[]) peak[k] = Math.max(peak[k], Math.round(m[k] / 1048576));
}, 100);
let thrown: string | null = null;
try {
  await runImportInThread(db, config, databaseUrl, jobId);
} catch (error) {
  thrown = String(error);
}
clearInterval(sampler);
const job = await db.importJob.findUniqueOrThrow({ where: { id: jobId } });
await db.$disconnect();
console.log(
  JSON.stringify({
    maxRssMb: Math.round(process.resourceUsage().maxRSS / 1024),
    ms: Date.now() - started,
    peak,
    thrown,
    state: job.state,
    error: job.error,
    processed: job.processed,
    created: job.created,
    invalid: job.invalid,
  }),
);
