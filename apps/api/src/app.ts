// Composition root: opens the database, applies migrations, bootstraps users and starts the HTTP server.
import type { Config } from './config/env.ts';
import { startBackground, stopBackground } from './background.ts';
import { loadJwtSecret } from './auth/jwt.ts';
import { LoginThrottle, defaultThrottleRules, type ThrottleRules } from './auth/throttle.ts';
import { ViewerCache } from './auth/viewer-cache.ts';
import { DatabaseAvailability } from './db/availability.ts';
import { databaseOptions, openDatabase, type Database } from './db/database.ts';
import { applyPendingMigrations, migrationStatus } from './db/migrations.ts';
import { createPrisma, type Db } from './db/prisma.ts';
import type { AppServices } from './graphql/context.ts';
import { ensureAttributeIndexes } from './modules/attributes/attributes.service.ts';
import { ensureDefaultDictionaries } from './modules/dictionaries/dictionaries.defaults.ts';
import { createJobs } from './modules/jobs/index.ts';
import { createNotificationHub } from './modules/notifications/index.ts';
import { bootstrapUsers, type BootstrapResult } from './modules/users/bootstrap.ts';
import { seedClients } from './seed/demo-data.ts';
import { Lifecycle, type StopHook } from './lifecycle.ts';
import { seedDemoNotesAndFiles } from './seed/demo-notes-files.ts';
import { seedDemoCampaigns } from './seed/demo-campaigns.ts';
import { seedDemoMailing } from './seed/demo-mailing.ts';
import { startServer, type RunningServer } from './server.ts';

export type RunningApp = {
  server: RunningServer;
  database: Database;
  db: Db;
  bootstrap: BootstrapResult;
  appliedMigrations: string[];
  /** Demo clients created at this start (first demo start only). */
  demoClients: number;
  /** Registers a stop function for shutdown (see lifecycle.ts): after the HTTP drain, before the pool closes. */
  onShutdown(name: string, stop: StopHook): void;
  /**
   * Graceful stop: new requests get 503, in-flight ones finish (at most 10 s), shutdown hooks run (jobs), the pool
   * closes, then the embedded database stops.
   */
  stop(): Promise<void>;
};

export function createServices(
  config: Config,
  db: Db,
  databaseUrl: string,
  throttleRules: ThrottleRules = defaultThrottleRules,
  availability = new DatabaseAvailability(databaseUrl),
): AppServices {
  return {
    config,
    db,
    databaseUrl,
    jwtSecret: loadJwtSecret(config.jwtSecret, config.dataDir),
    throttle: new LoginThrottle(throttleRules),
    availability,
    jobs: createJobs({ databaseUrl, role: config.role }),
    viewerCache: new ViewerCache(databaseUrl),
    notificationHub: createNotificationHub(databaseUrl),
    readiness: async () => {
      const status = await migrationStatus(databaseUrl);
      return { database: true, migrations: status.pending.length === 0, pending: status.pending };
    },
  };
}

export async function startApp(config: Config): Promise<RunningApp> {
  const lifecycle = new Lifecycle();
  // The embedded supervisor reports an exit to the availability tracker, which needs the URL the start gives.
  const watch: { availability?: DatabaseAvailability } = {};
  const database = await openDatabase({
    ...databaseOptions(config),
    onUnexpectedExit: (reason) => watch.availability?.markDown(reason),
  });
  const availability = new DatabaseAvailability(database.url);
  watch.availability = availability;
  try {
    const appliedMigrations = await applyPendingMigrations(database.url);
    const db = createPrisma(database.url);
    const bootstrap = await bootstrapUsers(db, { admin: config.admin, demo: config.demo });
    await ensureDefaultDictionaries(db);
    await ensureAttributeIndexes(db);
    const seedDemo = config.demo && config.demoClients > 0 && (await db.client.count()) === 0;
    const demoClients = seedDemo ? (await seedClients(db, config.demoClients)).clients : 0;
    if (seedDemo) await seedDemoNotesAndFiles(db, config);
    if (seedDemo) await seedDemoMailing(db);
    if (seedDemo) await seedDemoCampaigns(db);
    const services = createServices(config, db, database.url, defaultThrottleRules, availability);
    await startBackground(services);
    lifecycle.onShutdown('background jobs', () => stopBackground(services));
    const server = await startServer(services, config.port, config.host);
    return {
      server,
      database,
      db,
      bootstrap,
      appliedMigrations,
      demoClients,
      onShutdown: (name, stop) => lifecycle.onShutdown(name, stop),
      stop: async () => {
        await server.close();
        await lifecycle.runHooks();
        availability.stop();
        await db.$disconnect();
        await database.close();
      },
    };
  } catch (error) {
    availability.stop();
    await database.close();
    throw error;
  }
}
