// `db:seed --scale N` and the benchmark's data: the team, the demo attributes, then N clients with persons and
// activity history — bulk-loaded (indexes rebuilt after) when the load is large.
import type { Db } from '../db/prisma.ts';
import { withBulkLoad } from './bulk-load.ts';
import { ensureDemoAttributes, seedBatches, type SeedCounts, type SeedOptions } from './demo-data.ts';
import { progressReporter } from './progress.ts';
import { prismaRunner } from './sql-runner.ts';
import { ensureTeam } from './team.ts';

/** Bumped whenever the generator makes different data for the same seed (the benchmark then seeds again). */
export const GENERATOR_VERSION = 4;

/** From this many new clients on, secondary indexes are dropped and rebuilt instead of maintained row by row. */
export const BULK_THRESHOLD = 20_000;

export type ScaleSeedResult = SeedCounts & { seconds: number; createdUsers: { agents: number; managers: number } };

export async function seedScale(
  db: Db,
  url: string,
  scale: number,
  options: Pick<SeedOptions, 'seed' | 'activities' | 'anchor'> & { log?: (line: string) => void; quiet?: boolean } = {},
): Promise<ScaleSeedResult> {
  const log = options.log ?? ((line: string) => console.log(line));
  const started = Date.now();
  const existing = await db.client.count();
  const createdUsers = await ensureTeam(db, existing + scale, options.seed);
  if (createdUsers.agents || createdUsers.managers)
    log(`created ${createdUsers.agents} agents and ${createdUsers.managers} managers`);
  await ensureDemoAttributes(db);
  const progress = options.quiet ? null : progressReporter(scale);
  const seedOptions: SeedOptions = { ...options, startIndex: existing, onProgress: (done) => progress?.update(done) };
  let counts: SeedCounts;
  try {
    if (scale >= BULK_THRESHOLD) {
      counts = await withBulkLoad(
        url,
        (line) => (progress?.finish(), log(line)),
        (run) => seedBatches(run, scale, seedOptions),
      );
    } else {
      const run = prismaRunner(db);
      counts = await seedBatches(run, scale, seedOptions);
      progress?.finish();
      await db.$executeRawUnsafe('ANALYZE clients, persons, client_persons, activities, activity_participants');
    }
  } catch (error) {
    progress?.finish();
    throw error;
  }
  return { ...counts, seconds: (Date.now() - started) / 1000, createdUsers };
}
