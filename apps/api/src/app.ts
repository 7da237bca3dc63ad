// Composition root: opens the database, applies migrations, bootstraps users and starts the HTTP server.
import type { Config } from './config/env.ts';
import { startBackground, stopBackground } from './background.ts';
import { loadJwtSecret } from './auth/jwt.ts';
import { LoginThrottle, defaultThrottleRules, type ThrottleRules } from './auth/throttle.ts';
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
import { seedDemoNotesAndFiles } from './seed/demo-notes-files.ts';
import { startServer, type RunningServer } from './server.ts';

export type RunningApp = {
  server: RunningServer;
  database: Database;
  db: Db;
  bootstrap: BootstrapResult;
  appliedMigrations: string[];
  /** Demo clients created at this start (first demo start only). */
  demoClients: number;
  stop(): Promise<void>;
};

export function createServices(
  config: Config,
  db: Db,
  databaseUrl: string,
  throttleRules: ThrottleRules = defaultThrottleRules,
): AppServices {
  return {
    config,
    db,
    jwtSecret: loadJwtSecret(config.jwtSecret, config.dataDir),
    throttle: new LoginThrottle(throttleRules),
    jobs: createJobs({ databaseUrl, role: config.role }),
    notificationHub: createNotificationHub(databaseUrl),
    readiness: async () => {
      const status = await migrationStatus(databaseUrl);
      return { database: true, migrations: status.pending.length === 0, pending: status.pending };
    },
  };
}

export async function startApp(config: Config): Promise<RunningApp> {
  const database = await openDatabase(databaseOptions(config));
  try {
    const appliedMigrations = await applyPendingMigrations(database.url);
    const db = createPrisma(database.url);
    const bootstrap = await bootstrapUsers(db, { admin: config.admin, demo: config.demo });
    await ensureDefaultDictionaries(db);
    await ensureAttributeIndexes(db);
    const seedDemo = config.demo && config.demoClients > 0 && (await db.client.count()) === 0;
    const demoClients = seedDemo ? (await seedClients(db, config.demoClients)).clients : 0;
    if (seedDemo) await seedDemoNotesAndFiles(db, config);
    const services = createServices(config, db, database.url);
    await startBackground(services);
    const server = await startServer(services, config.port, config.host);
    return {
      server,
      database,
      db,
      bootstrap,
      appliedMigrations,
      demoClients,
      stop: async () => {
        await server.close();
        await stopBackground(services);
        await db.$disconnect();
        await database.close();
      },
    };
  } catch (error) {
    await database.close();
    throw error;
  }
}
