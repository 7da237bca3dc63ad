// A campaign sender in its own process, for campaign-sending.int.test.ts: loads, waits for a line on stdin (so the
// test can start the next process while this one works), then sends until nothing is due, printing each claimed
// batch, so the test can kill it -9 in the middle of a send.
import { once } from 'node:events';
import { loadConfig } from '../../config/env.ts';
import { createPrisma } from '../../db/prisma.ts';
import { sendCampaignBatch } from './campaign-sender.ts';

const db = createPrisma(process.env.FIXTURE_DATABASE_URL!);
const config = loadConfig({ NODE_ENV: 'test', VEZA_DATA_DIR: process.env.FIXTURE_DATA_DIR!, PORT: '4999' });
const me = `fixture-${process.pid}`;
const campaignId = process.env.FIXTURE_CAMPAIGN_ID!;
await db.$queryRaw`SELECT 1`;
process.stdout.write('ready\n');
await once(process.stdin, 'data');
for (;;) {
  const claimed = await sendCampaignBatch(db, config, me, campaignId, {
    batchSize: Number(process.env.FIXTURE_BATCH_SIZE ?? 25),
    leaseSeconds: Number(process.env.FIXTURE_LEASE_SECONDS ?? 2),
    retrySeconds: 0,
  });
  process.stdout.write(`batch:${claimed}\n`);
  if (claimed === 0) break;
}
await db.$disconnect();
process.exit(0);
