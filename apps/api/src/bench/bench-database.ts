// The benchmark's database: embedded PostgreSQL in .data-bench-<scale> (or DATABASE_URL), seeded once per scale,
// seed and generator version, and reused by later runs; a marker file records how and how fast it was seeded.
import fs from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import pg from 'pg';
import { repoRoot } from '../config/paths.ts';
import { openDatabase, redact, type Database } from '../db/database.ts';
import { APP_DATABASE } from '../db/embedded.ts';
import { applyPendingMigrations } from '../db/migrations.ts';
import { createPrisma } from '../db/prisma.ts';
import { ensureDefaultDictionaries } from '../modules/dictionaries/dictionaries.defaults.ts';
import { bootstrapUsers } from '../modules/users/bootstrap.ts';
import { utcDay } from '../seed/demo-data.ts';
import { GENERATOR_VERSION, seedScale } from '../seed/scale.ts';
import { freePort } from './api-process.ts';

export type SeedMarker = {
  scale: number;
  seed: number;
  generator: number;
  anchor: string;
  seededAt: string;
  seconds: number;
};

export type BenchDatabase = {
  url: string;
  dataDir: string;
  embedded: boolean;
  marker: SeedMarker;
  /** True when this run seeded the data (false: reused). */
  seededNow: boolean;
  close(): Promise<void>;
};

export type BenchDatabaseOptions = {
  scale: number;
  seed: number;
  databaseUrl?: string;
  dbPort?: number;
  /** Use whatever data is there (any generator version) instead of seeding again. */
  reuse: boolean;
  /**
   * A fresh embedded database in a temporary directory, removed on close (the smoke test: it also exercises the
   * generator, and concurrent runs never share a data directory).
   */
  temporary?: boolean;
  log: (line: string) => void;
  /** Receives the database's close function as soon as it runs (so an interrupt can stop it mid-seed). */
  onOpen?: (close: () => Promise<void>) => void;
};

const markerFile = (dataDir: string) => path.join(dataDir, 'bench-seed.json');

async function readMarker(dataDir: string): Promise<SeedMarker | null> {
  try {
    return JSON.parse(await fs.readFile(markerFile(dataDir), 'utf8')) as SeedMarker;
  } catch {
    return null;
  }
}

async function clientCount(url: string): Promise<number> {
  const client = new pg.Client({ connectionString: url });
  await client.connect();
  try {
    const { rows } = await client.query(`SELECT to_regclass('clients') IS NOT NULL AS ok`);
    if (!rows[0].ok) return 0;
    return Number((await client.query(`SELECT count(*) AS n FROM clients`)).rows[0].n);
  } finally {
    await client.end();
  }
}

/** Drops and recreates the embedded cluster's application database (only ever the benchmark's own cluster). */
async function recreateDatabase(url: string): Promise<void> {
  const admin = new URL(url);
  admin.pathname = '/postgres';
  const client = new pg.Client({ connectionString: admin.toString() });
  await client.connect();
  try {
    await client.query(`DROP DATABASE IF EXISTS ${client.escapeIdentifier(APP_DATABASE)} WITH (FORCE)`);
    await client.query(`CREATE DATABASE ${client.escapeIdentifier(APP_DATABASE)}`);
  } finally {
    await client.end();
  }
}

async function seed(url: string, options: BenchDatabaseOptions): Promise<SeedMarker> {
  await applyPendingMigrations(url);
  const db = createPrisma(url);
  try {
    await bootstrapUsers(db, { demo: true });
    await ensureDefaultDictionaries(db);
    const anchor = utcDay(new Date());
    options.log(`seeding ${options.scale.toLocaleString('en')} clients (seed ${options.seed})…`);
    const result = await seedScale(db, url, options.scale, { seed: options.seed, anchor, log: options.log });
    options.log(
      `seeded ${result.clients.toLocaleString('en')} clients, ${result.persons.toLocaleString('en')} persons, ` +
        `${result.activities.toLocaleString('en')} activities in ${result.seconds.toFixed(1)} s`,
    );
    return {
      scale: options.scale,
      seed: options.seed,
      generator: GENERATOR_VERSION,
      anchor: anchor.toISOString(),
      seededAt: new Date().toISOString(),
      seconds: Math.round(result.seconds * 10) / 10,
    };
  } finally {
    await db.$disconnect();
  }
}

/**
 * Data seeded by an older commit gets the newer migrations here, before the API starts (its start-up would apply
 * them too, but a backfill or an index build over ten million activities outlasts its readiness wait), then a
 * VACUUM ANALYZE so rewritten rows and new indexes have statistics and a visibility map, as freshly seeded data has.
 */
async function migrateReused(url: string, log: (line: string) => void): Promise<void> {
  const started = Date.now();
  const applied = await applyPendingMigrations(url);
  if (!applied.length) return;
  log(`applied ${applied.join(', ')} to the existing data in ${((Date.now() - started) / 1000).toFixed(1)} s`);
  const client = new pg.Client({ connectionString: url });
  await client.connect();
  try {
    await client.query('VACUUM (ANALYZE)');
  } finally {
    await client.end();
  }
}

export async function openBenchDatabase(options: BenchDatabaseOptions): Promise<BenchDatabase> {
  const temporary = Boolean(options.temporary && !options.databaseUrl);
  const dataDir = temporary
    ? await fs.mkdtemp(path.join(os.tmpdir(), 'veza-bench-'))
    : path.join(repoRoot, `.data-bench-${options.scale}`);
  const opened: Database = await openDatabase({
    databaseUrl: options.databaseUrl,
    dataDir,
    embeddedPort: options.dbPort ?? (await freePort()),
  });
  const database: Database = temporary
    ? {
        ...opened,
        close: async () => {
          await opened.close();
          await fs.rm(dataDir, { recursive: true, force: true });
        },
      }
    : opened;
  options.onOpen?.(database.close);
  try {
    const found = await readMarker(dataDir);
    const clients = await clientCount(database.url);
    const matches =
      found && found.scale === options.scale && found.seed === options.seed && found.generator === GENERATOR_VERSION;
    let marker: SeedMarker;
    let seededNow = false;
    if (clients > 0 && (matches || options.reuse || !database.embedded)) {
      if (!database.embedded && !matches)
        options.log(`using the ${clients.toLocaleString('en')} clients already in ${redact(database.url)}`);
      await migrateReused(database.url, options.log);
      marker = found ?? {
        scale: clients,
        seed: options.seed,
        generator: 0,
        anchor: new Date().toISOString(),
        seededAt: 'unknown',
        seconds: NaN,
      };
    } else {
      if (clients > 0) {
        options.log(`the data in ${dataDir} is from another scale, seed or generator version: seeding again`);
        await recreateDatabase(database.url);
      }
      marker = await seed(database.url, options);
      seededNow = true;
      await fs.writeFile(markerFile(dataDir), `${JSON.stringify(marker, null, 2)}\n`);
    }
    return { url: database.url, dataDir, embedded: database.embedded, marker, seededNow, close: database.close };
  } catch (error) {
    await database.close();
    throw error;
  }
}
