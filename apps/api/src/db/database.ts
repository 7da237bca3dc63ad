// Chooses Veza's PostgreSQL: the server named by DATABASE_URL, or the embedded one in the data directory.
import pg from 'pg';
import type { Config } from '../config/env.ts';
import { startEmbeddedPostgres } from './embedded.ts';

const MIN_SERVER_VERSION = 15;

export interface DatabaseOptions {
  /** An existing PostgreSQL; when set nothing embedded starts. */
  databaseUrl?: string;
  /** Where the embedded cluster lives (`<dataDir>/postgres`). */
  dataDir: string;
  embeddedPort: number;
  log?: (line: string) => void;
  /** The embedded server exited on its own (it is being restarted). */
  onUnexpectedExit?: (reason: string) => void;
}

export interface Database {
  url: string;
  embedded: boolean;
  close(): Promise<void>;
}

/** Database options from the validated configuration (see config/env.ts). */
export function databaseOptions(config: Pick<Config, 'databaseUrl' | 'dataDir' | 'embeddedDbPort'>): DatabaseOptions {
  return { databaseUrl: config.databaseUrl, dataDir: config.dataDir, embeddedPort: config.embeddedDbPort };
}

export async function openDatabase(options: DatabaseOptions): Promise<Database> {
  if (options.databaseUrl) {
    await assertServerVersion(options.databaseUrl);
    return { url: options.databaseUrl, embedded: false, close: async () => undefined };
  }
  const server = await startEmbeddedPostgres({
    dataDir: options.dataDir,
    port: options.embeddedPort,
    log: options.log,
    onUnexpectedExit: options.onUnexpectedExit,
  });
  return { url: server.url, embedded: true, close: () => server.stop() };
}

async function assertServerVersion(url: string): Promise<void> {
  const client = new pg.Client({ connectionString: url });
  try {
    await client.connect();
  } catch (error) {
    throw new Error(`Cannot connect to the PostgreSQL in DATABASE_URL (${redact(url)}): ${(error as Error).message}`, {
      cause: error,
    });
  }
  try {
    const { rows } = await client.query<{ server_version_num: string }>('SHOW server_version_num');
    const major = Math.floor(Number(rows[0]?.server_version_num) / 10_000);
    if (!(major >= MIN_SERVER_VERSION)) {
      throw new Error(
        `The PostgreSQL in DATABASE_URL (${redact(url)}) is version ${major}; Veza needs ${MIN_SERVER_VERSION} or newer. ` +
          'Upgrade it, or unset DATABASE_URL to use the embedded PostgreSQL.',
      );
    }
  } finally {
    await client.end();
  }
}

/** The URL without its password, fit for an error message or a log. */
export function redact(url: string): string {
  try {
    const parsed = new URL(url);
    if (parsed.password) parsed.password = '***';
    return parsed.toString();
  } catch {
    return '(unparseable URL)';
  }
}
