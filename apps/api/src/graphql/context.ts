// The per-request context every resolver receives: database, config, the authenticated viewer, loaders.
import type { IncomingMessage, ServerResponse } from 'node:http';
import type { RecordScopes } from '@veza/shared';
import type { Config } from '../config/env.ts';
import type { DatabaseAvailability } from '../db/availability.ts';
import type { Db } from '../db/prisma.ts';
import type { LoginThrottle } from '../auth/throttle.ts';
import type { ViewerCache } from '../auth/viewer-cache.ts';
import type { Jobs } from '../modules/jobs/index.ts';
import type { NotificationHub } from '../modules/notifications/index.ts';
import type { Loaders } from './loaders.ts';

export type ViewerUser = {
  id: string;
  email: string;
  name: string;
  locale: string;
  timeZone: string;
  active: boolean;
  version: number;
  createdAt: Date;
  updatedAt: Date;
};

export type Viewer = {
  user: ViewerUser;
  permissions: ReadonlySet<string>;
  /** The widest read and edit scope per record kind over the user's profiles (modules/visibility). */
  scopes: RecordScopes;
  /** The user and everyone in a team the user is in or manages (members and managers): the TEAM scope's owners. */
  teamUserIds: readonly string[];
  via: 'SESSION' | 'API_TOKEN';
  sessionId?: string;
  tokenId?: string;
};

/** Long-lived things built once at start and shared by all requests. */
export type AppServices = {
  config: Config;
  db: Db;
  /** The database's URL (the embedded one when DATABASE_URL is unset), for pools outside `db` (e.g. the import thread). */
  databaseUrl: string;
  jwtSecret: string;
  throttle: LoginThrottle;
  /** Whether the database can serve; requests are refused with DATABASE_UNAVAILABLE while it cannot. */
  availability: DatabaseAvailability;
  /** Background jobs (pg-boss); started by app.ts, not by the test harness unless a test starts it. */
  jobs: Jobs;
  /** Viewers per credential for a few seconds, dropped on every process at each auth change (LISTEN/NOTIFY). */
  viewerCache: ViewerCache;
  /** Open notification streams of this process, woken by PostgreSQL LISTEN/NOTIFY. */
  notificationHub: NotificationHub;
  /** Whether the migrations folder is fully applied; /readyz reads it. */
  readiness: () => Promise<{ database: boolean; migrations: boolean; pending: string[] }>;
};

export type Context = AppServices & {
  requestId: string;
  req: IncomingMessage;
  res: ServerResponse;
  clientIp: string;
  viewer: Viewer | null;
  loaders: Loaders;
};
