// The HTTP server: /graphql (Apollo), /graphiql (offline), /healthz, /readyz, file routes (export, calendar) and,
// in production, the built SPA.
import crypto from 'node:crypto';
import fs from 'node:fs';
import http from 'node:http';
import path from 'node:path';
import type { AddressInfo } from 'node:net';
import { expressMiddleware } from '@as-integrations/express5';
import { renderGraphiQL } from '@graphql-yoga/render-graphiql';
import express, { type Request, type Response } from 'express';
import { GraphQLError } from 'graphql';
import { authenticate } from './auth/authenticate.ts';
import { clearSessionCookie } from './auth/cookies.ts';
import { webDistDir } from './config/paths.ts';
import { createApollo } from './graphql/apollo.ts';
import type { AppServices, Context } from './graphql/context.ts';
import { createLoaders } from './graphql/loaders.ts';
import { attachmentRoutes } from './modules/attachments/attachments.routes.ts';
import { importRoutes } from './modules/imports/imports.routes.ts';
import { calendarFeedRoutes } from './modules/calendar-feed/calendar-feed.routes.ts';
import { exportClients } from './modules/clients/clients.export.ts';
import { notificationRoutes } from './modules/notifications/index.ts';

export type RunningServer = { url: string; port: number; close(): Promise<void> };

function securityHeaders(_req: Request, res: Response, next: () => void) {
  res.setHeader('X-Content-Type-Options', 'nosniff');
  res.setHeader('Referrer-Policy', 'same-origin');
  res.setHeader('X-Frame-Options', 'DENY');
  next();
}

async function buildContext(services: AppServices, req: Request, res: Response): Promise<Context> {
  const requestId = crypto.randomUUID();
  res.setHeader('X-Request-Id', requestId);
  const auth = await authenticate(services.db, services.jwtSecret, req);
  if (auth.kind === 'invalid' && auth.source === 'bearer') {
    // A wrong token is never silently treated as anonymous: internal tools must notice.
    throw new GraphQLError('Not logged in or the credentials are invalid', {
      extensions: { code: 'UNAUTHENTICATED', http: { status: 401 } },
    });
  }
  if (auth.kind === 'invalid') clearSessionCookie(res, services.config.secureCookies);
  return {
    ...services,
    requestId,
    req,
    res,
    clientIp: req.socket.remoteAddress ?? 'unknown',
    viewer: auth.kind === 'viewer' ? auth.viewer : null,
    loaders: createLoaders(services.db),
  };
}

const HTTP_STATUS: Record<string, number> = {
  UNAUTHENTICATED: 401,
  FORBIDDEN: 403,
  BAD_USER_INPUT: 400,
  NOT_FOUND: 404,
};

/**
 * File downloads cannot go through GraphQL. The same context, permissions and filter compiler apply; only JSON
 * bodies are accepted, so a cross-site form post (a "simple" request) cannot trigger an export.
 */
async function exportRoute(services: AppServices, req: Request, res: Response) {
  if (!req.is('application/json')) {
    res.status(415).json({ error: { code: 'BAD_REQUEST', message: 'Send the export request as application/json' } });
    return;
  }
  try {
    const ctx = await buildContext(services, req, res);
    await exportClients(ctx, req.body, res);
  } catch (error) {
    const code = error instanceof GraphQLError ? String(error.extensions.code) : 'INTERNAL_SERVER_ERROR';
    if (!HTTP_STATUS[code]) console.error(`[export] request ${String(res.getHeader('X-Request-Id'))}:`, error);
    if (res.headersSent) return void res.destroy();
    const field = error instanceof GraphQLError ? error.extensions.field : undefined;
    const message = HTTP_STATUS[code] ? (error as Error).message : 'Internal server error';
    res.status(HTTP_STATUS[code] ?? 500).json({ error: { code, message, field } });
  }
}

function serveSpa(app: express.Express) {
  const index = path.join(webDistDir, 'index.html');
  if (!fs.existsSync(index)) return;
  app.use(
    '/assets',
    express.static(path.join(webDistDir, 'assets'), { immutable: true, maxAge: '1y', fallthrough: false }),
  );
  app.use(express.static(webDistDir, { index: false, maxAge: '1h' }));
  // Client-side routes: any other GET that accepts HTML gets the app shell.
  app.get(/^\/(?!graphql|graphiql|healthz|readyz|export|ical\/|ics\/|api\/).*/, (req, res, next) => {
    if (!req.accepts('html')) return next();
    res.setHeader('Cache-Control', 'no-cache');
    res.sendFile(index);
  });
}

export async function startServer(services: AppServices, port: number, host = '0.0.0.0'): Promise<RunningServer> {
  const app = express();
  app.disable('x-powered-by');
  app.use(securityHeaders);
  const httpServer = http.createServer(app);

  app.get('/healthz', (_req, res) => void res.json({ status: 'ok' }));
  app.get('/readyz', async (_req, res) => {
    const state = await services.readiness().catch(() => ({ database: false, migrations: false, pending: [] }));
    res
      .status(state.database && state.migrations ? 200 : 503)
      .json({ status: state.database && state.migrations ? 'ready' : 'not ready', ...state });
  });
  const graphiql = renderGraphiQL({ endpoint: '/graphql', title: 'Veza GraphQL', credentials: 'same-origin' } as never);
  app.get('/graphiql', (_req, res) => void res.type('html').send(graphiql));

  const apollo = createApollo(services.config);
  await apollo.start();
  app.use(
    '/graphql',
    express.json({ limit: '1mb' }),
    expressMiddleware(apollo, { context: ({ req, res }) => buildContext(services, req, res) }),
  );
  app.post('/export/clients', express.json({ limit: '1mb' }), (req, res) => void exportRoute(services, req, res));
  app.use(calendarFeedRoutes(services, (req, res) => buildContext(services, req, res)));
  app.use(attachmentRoutes(services, (req, res) => buildContext(services, req, res)));
  app.use(importRoutes((req, res) => buildContext(services, req, res)));
  app.use(notificationRoutes(services));
  serveSpa(app);

  await new Promise<void>((resolve, reject) => {
    httpServer.once('error', (err: NodeJS.ErrnoException) =>
      reject(err.code === 'EADDRINUSE' ? new Error(`Port ${port} is already in use: set PORT to a free port`) : err),
    );
    httpServer.listen(port, host, resolve);
  });
  const actualPort = (httpServer.address() as AddressInfo).port;
  return {
    url: `http://localhost:${actualPort}`,
    port: actualPort,
    close: async () => {
      await apollo.stop();
      httpServer.closeAllConnections();
      await new Promise<void>((resolve) => httpServer.close(() => resolve()));
    },
  };
}
