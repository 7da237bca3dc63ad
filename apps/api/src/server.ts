// The HTTP server: /graphql (Apollo), /graphiql (offline), /healthz, /readyz, file routes (export, calendar) and,
// in production, the built SPA.
import crypto from 'node:crypto';
import fs from 'node:fs';
import http from 'node:http';
import path from 'node:path';
import type { AddressInfo } from 'node:net';
import { expressMiddleware } from '@as-integrations/express5';
import express, { type Request, type Response } from 'express';
import { GraphQLError } from 'graphql';
import { authenticate } from './auth/authenticate.ts';
import { clearSessionCookie } from './auth/cookies.ts';
import { webDistDir } from './config/paths.ts';
import { precompressed } from './precompressed.ts';
import { createApollo } from './graphql/apollo.ts';
import type { AppServices, Context, Viewer } from './graphql/context.ts';
import { badInputError, findBadInput } from './graphql/input-guard.ts';
import { createLoaders } from './graphql/loaders.ts';
import { graphiqlPage, securityHeaders } from './security-headers.ts';
import { runWithAudit, setAuditActor } from './db/audit-context.ts';
import { isDatabaseUnavailableError } from './db/availability.ts';
import { attachmentRoutes } from './modules/attachments/attachments.routes.ts';
import { importRoutes } from './modules/imports/imports.routes.ts';
import { calendarFeedRoutes } from './modules/calendar-feed/calendar-feed.routes.ts';
import { exportClients } from './modules/clients/clients.export.ts';
import { exportReport } from './modules/reports/report-export.ts';
import { exportPersonDataFile } from './modules/gdpr/gdpr-export.routes.ts';
import { exportOpportunities } from './modules/opportunities/opportunities.export.ts';
import { notificationRoutes } from './modules/notifications/index.ts';
import { unsubscribeRoutes } from './modules/mail/index.ts';

export type RunningServer = {
  url: string;
  port: number;
  /** Graceful: new requests get 503 + `Connection: close`, in-flight ones finish (at most `drainMs`), then it closes. */
  close(drainMs?: number): Promise<void>;
};

export const DRAIN_TIMEOUT_MS = 10_000;
const LINGER_MS = 300;

const unavailable = (code: 'SHUTTING_DOWN' | 'DATABASE_UNAVAILABLE', message: string) => ({
  errors: [{ message, extensions: { code } }],
});

/** Opens the request's audit context (db/audit-context.ts); buildContext fills in the authenticated viewer. */
const auditScope: express.RequestHandler = (_req, _res, next) => runWithAudit({}, next);

const viewerAuditActor = (viewer: Viewer) => ({
  actorId: viewer.user.id,
  sessionId: viewer.sessionId ?? null,
  apiTokenId: viewer.tokenId ?? null,
});

async function buildContext(services: AppServices, req: Request, res: Response): Promise<Context> {
  const requestId = crypto.randomUUID();
  res.setHeader('X-Request-Id', requestId);
  // Fail fast while the database is known to be down, instead of every request waiting for a connect timeout.
  if (!services.availability.available) throw databaseUnavailable();
  const auth = await authenticate(services.db, services.jwtSecret, req, services.viewerCache).catch(
    (error: unknown) => {
      throw asDatabaseUnavailable(error, services);
    },
  );
  if (auth.kind === 'invalid' && auth.source === 'bearer') {
    // A wrong token is never silently treated as anonymous: internal tools must notice.
    throw new GraphQLError('Not logged in or the credentials are invalid', {
      extensions: { code: 'UNAUTHENTICATED', http: { status: 401 } },
    });
  }
  if (auth.kind === 'invalid') clearSessionCookie(res, services.config.secureCookies);
  if (auth.kind === 'viewer') setAuditActor(viewerAuditActor(auth.viewer));
  const ctx: Context = {
    ...services,
    requestId,
    req,
    res,
    clientIp: req.socket.remoteAddress ?? 'unknown',
    viewer: auth.kind === 'viewer' ? auth.viewer : null,
    // Scope-aware loaders read the viewer when used: a login inside the request changes it.
    loaders: createLoaders(services.db, () => ctx.viewer),
  };
  return ctx;
}

const HTTP_STATUS: Record<string, number> = {
  UNAUTHENTICATED: 401,
  FORBIDDEN: 403,
  BAD_USER_INPUT: 400,
  NOT_FOUND: 404,
  DATABASE_UNAVAILABLE: 503,
};

/**
 * File downloads cannot go through GraphQL. The same context, permissions and filter compiler apply; only JSON
 * bodies are accepted, so a cross-site form post (a "simple" request) cannot trigger an export.
 */
type ExportHandler = (ctx: Context, body: unknown, res: Response) => Promise<void>;

const EXPORTS: Record<string, ExportHandler> = {
  '/export/clients': exportClients,
  '/export/opportunities': exportOpportunities,
  '/export/report': exportReport,
  '/export/person-data': exportPersonDataFile,
};

async function exportRoute(services: AppServices, req: Request, res: Response, handler: ExportHandler) {
  if (!req.is('application/json')) {
    res.status(415).json({ error: { code: 'BAD_REQUEST', message: 'Send the export request as application/json' } });
    return;
  }
  try {
    const bad = findBadInput(req.body, '');
    if (bad) throw badInputError(bad);
    const ctx = await buildContext(services, req, res);
    await handler(ctx, req.body, res);
  } catch (caught) {
    const error = asDatabaseUnavailable(caught, services);
    const code = error instanceof GraphQLError ? String(error.extensions.code) : 'INTERNAL_SERVER_ERROR';
    if (!HTTP_STATUS[code]) console.error(`[export] request ${String(res.getHeader('X-Request-Id'))}:`, error);
    if (res.headersSent) return void res.destroy();
    const field = error instanceof GraphQLError ? error.extensions.field : undefined;
    const message = HTTP_STATUS[code] ? (error as Error).message : 'Internal server error';
    res.status(HTTP_STATUS[code] ?? 500).json({ error: { code, message, field } });
  }
}

/** POST /export/clients, /export/opportunities (a list's current view as CSV or XLSX) and /export/report. */
function exportRoutes(services: AppServices) {
  const router = express.Router();
  for (const [route, handler] of Object.entries(EXPORTS))
    router.post(
      route,
      express.json({ limit: '1mb' }),
      auditScope,
      (req, res) => void exportRoute(services, req, res, handler),
    );
  return router;
}

function serveSpa(app: express.Express) {
  const index = path.join(webDistDir, 'index.html');
  if (!fs.existsSync(index)) return;
  const assets = path.join(webDistDir, 'assets');
  // Hashed file names: cached for a year; the build's brotli/gzip copies where the browser takes them.
  app.use('/assets', precompressed(assets, 'public, max-age=31536000, immutable'));
  app.use('/assets', express.static(assets, { immutable: true, maxAge: '1y', fallthrough: false }));
  app.use(express.static(webDistDir, { index: false, maxAge: '1h' }));
  // Client-side routes: any other GET that accepts HTML gets the app shell.
  app.get(/^\/(?!graphql|graphiql|healthz|readyz|export|ical\/|ics\/|api\/).*/, (req, res, next) => {
    if (!req.accepts('html')) return next();
    res.setHeader('Cache-Control', 'no-cache');
    res.sendFile(index);
  });
}

/** Counts requests in flight and, once draining, refuses new ones with 503 and closes their connection. */
function drainGate() {
  const inFlight = new Set<Response>();
  let draining = false;
  const middleware = (_req: Request, res: Response, next: () => void) => {
    if (draining) {
      res.setHeader('Connection', 'close');
      res.status(503).json(unavailable('SHUTTING_DOWN', 'Veza is shutting down; retry in a moment'));
      return;
    }
    inFlight.add(res);
    res.once('close', () => inFlight.delete(res));
    next();
  };
  /** Resolves when no request is in flight, or after `timeoutMs`; says whether all finished. */
  const drain = async (timeoutMs: number): Promise<boolean> => {
    draining = true;
    for (const res of inFlight) if (!res.headersSent) res.setHeader('Connection', 'close');
    const deadline = Date.now() + timeoutMs;
    let quietSince = Date.now();
    // Done when nothing has been in flight for LINGER_MS: a request already on its way over an idle keep-alive
    // connection then still gets its 503 instead of a reset connection.
    while (Date.now() < deadline) {
      if (inFlight.size > 0) quietSince = Date.now();
      else if (Date.now() - quietSince >= LINGER_MS) break;
      await new Promise((resolve) => setTimeout(resolve, 25));
    }
    return inFlight.size === 0;
  };
  return { middleware, drain, inFlight: () => inFlight.size };
}

function serveGraphiql(app: express.Express) {
  const graphiql = graphiqlPage();
  app.get('/graphiql', (_req, res) => {
    res.setHeader('Content-Security-Policy', graphiql.policy);
    res.type('html').send(graphiql.html);
  });
}

export async function startServer(services: AppServices, port: number, host = '0.0.0.0'): Promise<RunningServer> {
  const app = express();
  app.disable('x-powered-by');
  // No ETag on API responses: Express would hash every GraphQL answer (SHA-1 over a list page's ~60 kB) for a POST
  // no cache revalidates. Static files and the SPA's index carry their own (serve-static).
  app.set('etag', false);
  const gate = drainGate();
  app.use(gate.middleware, securityHeaders, auditScope);
  const httpServer = http.createServer(app);

  app.get('/healthz', async (_req, res) => {
    await services.availability.check();
    const database = services.availability.status();
    if (database.available) return void res.json({ status: 'ok', database });
    res.status(503).json({ status: 'database unavailable', database });
  });
  app.get('/readyz', async (_req, res) => {
    const state = services.availability.available
      ? await services.readiness().catch(() => ({ database: false, migrations: false, pending: [] }))
      : { database: false, migrations: false, pending: [] };
    res
      .status(state.database && state.migrations ? 200 : 503)
      .json({ status: state.database && state.migrations ? 'ready' : 'not ready', ...state });
  });
  serveGraphiql(app);

  const apollo = createApollo(services.config, (reason) => services.availability.markDown(reason));
  await apollo.start();
  app.use(
    '/graphql',
    express.json({ limit: '1mb' }),
    auditScope,
    expressMiddleware(apollo, { context: ({ req, res }) => buildContext(services, req, res) }),
  );
  app.use(exportRoutes(services));
  app.use(calendarFeedRoutes(services, (req, res) => buildContext(services, req, res)));
  app.use(importRoutes((req, res) => buildContext(services, req, res)));
  app.use(notificationRoutes(services), unsubscribeRoutes(services));
  app.use(attachmentRoutes(services, (req, res) => buildContext(services, req, res)));
  serveSpa(app);
  app.use(bodyErrors);

  await new Promise<void>((resolve, reject) => {
    httpServer.once('error', (err: NodeJS.ErrnoException) =>
      reject(err.code === 'EADDRINUSE' ? new Error(`Port ${port} is already in use: set PORT to a free port`) : err),
    );
    httpServer.listen(port, host, resolve);
  });
  const actualPort = (httpServer.address() as AddressInfo).port;
  // Authentication is cached only once this process hears every auth change (bypassed until then).
  services.viewerCache.start();
  return {
    url: `http://localhost:${actualPort}`,
    port: actualPort,
    close: async (drainMs = DRAIN_TIMEOUT_MS) => {
      // Idle keep-alive connections stay open while draining: closing one under a client that is just sending its
      // next request would reset that request; instead it gets 503 + `Connection: close`.
      const drained = await gate.drain(drainMs);
      if (!drained) console.warn(`[http] ${gate.inFlight()} request(s) still running after ${drainMs} ms; cut off`);
      const closed = new Promise<void>((resolve) => httpServer.close(() => resolve()));
      httpServer.closeAllConnections();
      await closed;
      await apollo.stop();
      await services.viewerCache.stop();
    },
  };
}

/**
 * A body the JSON parser refused (malformed, over 1 MB, wrong charset) is the client's error: its 4xx status with a
 * JSON body carrying a code, not Express's HTML page. Anything else reaching here is unexpected and logged.
 */
function bodyErrors(error: unknown, _req: Request, res: Response, next: (error?: unknown) => void) {
  const status = (error as { status?: unknown } | null)?.status;
  if (res.headersSent) return next(error);
  if (typeof status === 'number' && status >= 400 && status < 500) {
    const tooLarge = status === 413;
    const message = tooLarge ? 'The request body is larger than 1 MB' : 'The request body is not valid JSON';
    return void res.status(status).json({ errors: [{ message, extensions: { code: 'BAD_REQUEST' } }] });
  }
  console.error('[http] unexpected error:', error);
  res
    .status(500)
    .json({ errors: [{ message: 'Internal server error', extensions: { code: 'INTERNAL_SERVER_ERROR' } }] });
}

function databaseUnavailable(): GraphQLError {
  return new GraphQLError('The database is unavailable; try again in a moment', {
    extensions: { code: 'DATABASE_UNAVAILABLE', http: { status: 503 } },
  });
}

/** A connection failure becomes the typed DATABASE_UNAVAILABLE (and marks the database down); others pass. */
function asDatabaseUnavailable(error: unknown, services: AppServices): unknown {
  if (!isDatabaseUnavailableError(error)) return error;
  services.availability.markDown(error instanceof Error ? error.message.split('\n').at(-1)! : String(error));
  return databaseUnavailable();
}
