// Integration-test harness: a real Veza HTTP server on a fresh database, and a small GraphQL client for it.
import crypto from 'node:crypto';
import os from 'node:os';
import path from 'node:path';
import { createServices } from '../app.ts';
import { stopBackground } from '../background.ts';
import type { ThrottleRules } from '../auth/throttle.ts';
import { loadConfig } from '../config/env.ts';
import { createPrisma, type Db } from '../db/prisma.ts';
import { ensureSeedProfiles } from '../modules/users/bootstrap.ts';
import { hashPassword } from '../auth/password.ts';
import { startServer } from '../server.ts';
import { createTestDatabase } from './db.ts';

export type GqlResult<T = Record<string, unknown>> = {
  status: number;
  data?: T | null;
  errors?: { message: string; extensions?: { code?: string; field?: string; [k: string]: unknown } }[];
  setCookie: string[];
  headers: Headers;
};

type Auth = { cookie?: string; token?: string; headers?: Record<string, string> };

export type TestApi = Awaited<ReturnType<typeof startTestApi>>;

export async function startTestApi(
  options: { env?: 'test' | 'production' | 'development'; throttle?: ThrottleRules; countQueries?: boolean } = {},
) {
  const database = await createTestDatabase();
  const queries: string[] = [];
  const config = loadConfig({
    NODE_ENV: options.env ?? 'test',
    VEZA_DATA_DIR: path.join(os.tmpdir(), `veza-test-${crypto.randomBytes(4).toString('hex')}`),
    JWT_SECRET: crypto.randomBytes(32).toString('hex'),
  });
  // A second client that records every statement, when a test wants to count them (N+1 checks).
  const db: Db = options.countQueries
    ? createPrisma(database.url, { onQuery: (q) => queries.push(q) })
    : database.prisma;
  const profiles = await ensureSeedProfiles(db);
  const throttle = options.throttle ?? {
    ip: { limit: 10_000, windowMs: 60_000 },
    email: { limit: 10, windowMs: 60_000 },
  };
  const services = createServices(config, db, database.url, throttle);
  const server = await startServer(services, 0, '127.0.0.1');

  async function gql<T = Record<string, unknown>>(query: string, variables?: Record<string, unknown>, auth: Auth = {}) {
    const headers: Record<string, string> = { 'content-type': 'application/json', ...auth.headers };
    if (auth.cookie) headers.cookie = auth.cookie;
    if (auth.token) headers.authorization = `Bearer ${auth.token}`;
    const res = await fetch(`${server.url}/graphql`, {
      method: 'POST',
      headers,
      body: JSON.stringify({ query, variables }),
    });
    return parseResponse<T>(res);
  }

  /** Creates a user directly in the database with the given seeded profile and password. */
  async function createUser(
    profile: 'administrator' | 'manager' | 'agent',
    overrides: { email?: string; password?: string; name?: string } = {},
  ) {
    const email = overrides.email ?? `${profile}-${crypto.randomBytes(4).toString('hex')}@test.local`;
    const password = overrides.password ?? 'correct horse battery';
    const user = await db.user.create({
      data: {
        email,
        name: overrides.name ?? `${profile} ${email}`,
        passwordHash: await hashPassword(password),
        profiles: { create: [{ profileId: profiles.get(profile)! }] },
      },
    });
    return { ...user, password };
  }

  /** Logs in through the API and returns the session cookie to send back. */
  async function login(email: string, password: string): Promise<string> {
    const res = await gql(`mutation($e:String!,$p:String!){ login(email:$e,password:$p){ user { id } } }`, {
      e: email,
      p: password,
    });
    const cookie = res.setCookie.find((c) => c.startsWith('veza_session='));
    if (!cookie || res.errors) throw new Error(`login failed: ${JSON.stringify(res.errors)}`);
    return cookie.split(';')[0]!;
  }

  return {
    url: server.url,
    databaseUrl: database.url,
    db,
    config,
    profiles,
    queries,
    /** The app's job system, not started: a test that needs workers calls `jobs.start()` (close() stops it). */
    jobs: services.jobs,
    services,
    gql,
    createUser,
    login,
    raw: (pathname: string, init?: RequestInit) => fetch(`${server.url}${pathname}`, init),
    close: async () => {
      await server.close();
      await stopBackground(services);
      if (db !== database.prisma) await db.$disconnect();
      await database.drop();
    },
  };
}

export async function parseResponse<T>(res: Response): Promise<GqlResult<T>> {
  const text = await res.text();
  let body: { data?: T; errors?: GqlResult['errors'] };
  try {
    body = JSON.parse(text);
  } catch {
    body = { errors: [{ message: text }] };
  }
  return {
    status: res.status,
    data: body.data,
    errors: body.errors,
    setCookie: res.headers.getSetCookie(),
    headers: res.headers,
  };
}

export const errorCode = (r: GqlResult<unknown>) => r.errors?.[0]?.extensions?.code;
