// Reads and validates the environment once; everything else receives a typed Config.
import path from 'node:path';
import { z } from 'zod';
import { repoRoot } from './paths.ts';

const Env = z.object({
  NODE_ENV: z.enum(['development', 'production', 'test']).default('development'),
  PORT: z.coerce.number().int().min(0).max(65535).default(4000),
  HOST: z.string().default('0.0.0.0'),
  VEZA_DATA_DIR: z.string().default('.data'),
  VEZA_DB_PORT: z.coerce.number().int().min(1).max(65535).default(5433),
  DATABASE_URL: z.string().url().optional(),
  JWT_SECRET: z.string().min(32, 'JWT_SECRET must be at least 32 characters').optional(),
  VEZA_ADMIN_EMAIL: z.string().email().optional(),
  VEZA_ADMIN_PASSWORD: z.string().min(10, 'VEZA_ADMIN_PASSWORD must be at least 10 characters').optional(),
  VEZA_DEMO: z.enum(['0', '1', '']).optional(),
  VEZA_DEMO_CLIENTS: z.coerce.number().int().min(0).max(1_000_000).default(250),
  VEZA_SESSION_HOURS: z.coerce.number().positive().default(12),
  VEZA_SECURE_COOKIES: z.enum(['0', '1', '']).optional(),
  VEZA_UPLOAD_MAX_MB: z.coerce.number().positive().max(10_240).default(25),
  VEZA_PUBLIC_URL: z
    .string()
    .url()
    .regex(/^https?:\/\//, 'VEZA_PUBLIC_URL must start with http:// or https://')
    .optional(),
  VEZA_ROLE: z.enum(['web', 'worker', 'all']).default('all'),
  VEZA_DEFAULT_COUNTRY: z
    .string()
    .regex(/^[A-Za-z]{2}$/, 'VEZA_DEFAULT_COUNTRY must be a two-letter country code')
    .default('HR'),
  VEZA_SECRET_KEY: z.string().min(32, 'VEZA_SECRET_KEY must be at least 32 characters').optional(),
});

export type Config = {
  env: 'development' | 'production' | 'test';
  port: number;
  host: string;
  dataDir: string;
  embeddedDbPort: number;
  databaseUrl: string | undefined;
  jwtSecret: string | undefined;
  admin: { email: string; password: string } | undefined;
  demo: boolean;
  /** Clients the demo loads into an empty database. */
  demoClients: number;
  sessionTtlSeconds: number;
  secureCookies: boolean;
  /** The address users reach Veza at (e.g. https://crm.example.com), for absolute links such as calendar URLs. */
  publicUrl: string | undefined;
  /** `all` serves HTTP and runs background jobs; `web` only sends jobs; `worker` also runs them (see README). */
  role: 'web' | 'worker' | 'all';
  /** Largest accepted upload (attachments, import files), in bytes. */
  uploadMaxBytes: number;
  /** Country (ISO 3166 alpha-2) whose name-day calendar applies to clients without a country. */
  defaultCountry: string;
  /**
   * Encrypts stored secrets (SMTP password, DKIM key). Unset: a random key kept in `<dataDir>/secret.key`; every process
   * of one installation (web and workers) must see the same one.
   */
  secretKey: string | undefined;
};

export function loadConfig(source: NodeJS.ProcessEnv = process.env): Config {
  // An empty variable means "not set" (e.g. `DATABASE_URL=` to force the embedded database).
  const parsed = Env.safeParse(Object.fromEntries(Object.entries(source).filter(([, v]) => v !== '')));
  if (!parsed.success) {
    const lines = parsed.error.issues.map((i) => `  ${i.path.join('.')}: ${i.message}`);
    throw new Error(`Invalid environment:\n${lines.join('\n')}`);
  }
  const e = parsed.data;
  if (Boolean(e.VEZA_ADMIN_EMAIL) !== Boolean(e.VEZA_ADMIN_PASSWORD)) {
    throw new Error('Invalid environment: set both VEZA_ADMIN_EMAIL and VEZA_ADMIN_PASSWORD, or neither');
  }
  return {
    env: e.NODE_ENV,
    port: e.PORT,
    host: e.HOST,
    dataDir: path.resolve(repoRoot, e.VEZA_DATA_DIR),
    embeddedDbPort: e.VEZA_DB_PORT,
    databaseUrl: e.DATABASE_URL,
    jwtSecret: e.JWT_SECRET,
    admin: e.VEZA_ADMIN_EMAIL ? { email: e.VEZA_ADMIN_EMAIL, password: e.VEZA_ADMIN_PASSWORD! } : undefined,
    demo: e.VEZA_DEMO === '1',
    demoClients: e.VEZA_DEMO_CLIENTS,
    sessionTtlSeconds: Math.round(e.VEZA_SESSION_HOURS * 3600),
    // Secure cookies need HTTPS; production behind TLS sets this. Plain-HTTP local use must still log in.
    secureCookies: e.VEZA_SECURE_COOKIES === '1',
    publicUrl: e.VEZA_PUBLIC_URL?.replace(/\/+$/, ''),
    role: e.VEZA_ROLE,
    uploadMaxBytes: Math.round(e.VEZA_UPLOAD_MAX_MB * 1024 * 1024),
    defaultCountry: e.VEZA_DEFAULT_COUNTRY.toUpperCase(),
    secretKey: e.VEZA_SECRET_KEY,
  };
}
