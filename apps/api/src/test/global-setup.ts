// Vitest globalSetup for the integration project: one PostgreSQL server for the whole run, migrated once into a template.
import crypto from 'node:crypto';
import fs from 'node:fs/promises';
import net from 'node:net';
import os from 'node:os';
import path from 'node:path';
import pg from 'pg';
import type { TestProject } from 'vitest/node';
import { applyPendingMigrations } from '../db/migrations.ts';

declare module 'vitest' {
  export interface ProvidedContext {
    /** A superuser (or CREATEDB) connection to the test server's `postgres` database. */
    pgAdminUrl: string;
    /** A database holding every migration, which createTestDatabase() clones. */
    pgTemplateDatabase: string;
  }
}

export default async function setup(project: TestProject): Promise<() => Promise<void>> {
  const server = await startServer();
  const adminUrl = withDatabase(server.url, 'postgres');
  // Unique per run so concurrent runs against one TEST_DATABASE_URL server do not collide.
  const template = `veza_template_${crypto.randomBytes(4).toString('hex')}`;
  await adminQuery(adminUrl, `CREATE DATABASE "${template}"`);
  await applyPendingMigrations(withDatabase(adminUrl, template));
  project.provide('pgAdminUrl', adminUrl);
  project.provide('pgTemplateDatabase', template);
  return async () => {
    await adminQuery(adminUrl, `DROP DATABASE IF EXISTS "${template}" WITH (FORCE)`).catch(() => undefined);
    await server.stop();
  };
}

async function startServer(): Promise<{ url: string; stop(): Promise<void> }> {
  const external = process.env.TEST_DATABASE_URL;
  if (external) return { url: external, stop: async () => undefined };
  // Imported here, not at the top: test workers import the helpers below and need no embedded server code.
  const { startEmbeddedPostgres } = await import('../db/embedded.ts');
  const dataDir = await fs.mkdtemp(path.join(os.tmpdir(), 'veza-test-pg-'));
  const server = await startEmbeddedPostgres({ dataDir, port: await freePort() });
  return {
    url: server.url,
    stop: async () => {
      await server.stop();
      await fs.rm(dataDir, { recursive: true, force: true });
    },
  };
}

export function withDatabase(url: string, database: string): string {
  const parsed = new URL(url);
  parsed.pathname = `/${database}`;
  return parsed.toString();
}

export async function adminQuery(adminUrl: string, sql: string): Promise<void> {
  const client = new pg.Client({ connectionString: adminUrl });
  await client.connect();
  try {
    await client.query(sql);
  } finally {
    await client.end();
  }
}

/** A port nobody listens on right now (the OS picks it), for servers started by tests. */
export async function freePort(): Promise<number> {
  const probe = net.createServer();
  await new Promise<void>((resolve) => probe.listen(0, '127.0.0.1', resolve));
  const { port } = probe.address() as net.AddressInfo;
  await new Promise((resolve) => probe.close(resolve));
  return port;
}
