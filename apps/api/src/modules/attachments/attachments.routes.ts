// HTTP routes for file bytes: POST /api/files (multipart upload, streamed to the file store) and
// GET /api/attachments/<id>/content (download, or ?inline=1 preview of images and PDFs). Both authenticate like
// /graphql, and the upload follows its CSRF rule: a multipart form is a "simple" request a foreign site can send, so
// it must carry Apollo-Require-Preflight or X-Apollo-Operation-Name, which only same-origin scripts can add.
import path from 'node:path';
import busboy from 'busboy';
import express, { type Request, type Response } from 'express';
import { GraphQLError } from 'graphql';
import type { Config } from '../../config/env.ts';
import type { AppServices, Context } from '../../graphql/context.ts';
import { contentDisposition } from './file-names.ts';
import { LocalFileStore, type FileStore } from './file-store.ts';
import { isPreviewable, servedContentType } from './file-types.ts';
import { findAttachment, storeUpload, uploadError } from './attachments.service.ts';

type ContextFactory = (req: Request, res: Response) => Promise<Context>;

const HTTP_STATUS: Record<string, number> = {
  UNAUTHENTICATED: 401,
  FORBIDDEN: 403,
  BAD_USER_INPUT: 400,
  NOT_FOUND: 404,
};
const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

export function fileStoreFor(config: Config): FileStore {
  return new LocalFileStore(path.join(config.dataDir, 'files'));
}

function sendError(res: Response, error: unknown) {
  const gql = error instanceof GraphQLError ? error : null;
  const code = gql ? String(gql.extensions.code) : 'INTERNAL_SERVER_ERROR';
  const http = gql?.extensions.http as { status?: number } | undefined;
  const status = http?.status ?? HTTP_STATUS[code] ?? 500;
  if (status === 500) console.error(`[files] request ${String(res.getHeader('X-Request-Id'))}:`, error);
  if (res.headersSent) return void res.destroy();
  const message = status === 500 ? 'Internal server error' : (error as Error).message;
  res.status(status).json({ error: { code, message, field: gql?.extensions.field } });
}

function preflighted(req: Request): boolean {
  return Boolean(req.headers['apollo-require-preflight'] || req.headers['x-apollo-operation-name']);
}

/** Reads the one file part of a multipart body and hands its stream to the store as it arrives. */
function receive(ctx: Context, store: FileStore, req: Request, maxBytes: number) {
  return new Promise<Awaited<ReturnType<typeof storeUpload>>>((resolve, reject) => {
    let parser: busboy.Busboy;
    try {
      parser = busboy({
        headers: req.headers,
        defParamCharset: 'utf8',
        limits: { files: 1, fields: 10, parts: 12, fieldSize: 1024 },
      });
    } catch {
      return reject(uploadError('files.fileMissing', 400));
    }
    let handled = false;
    parser.on('file', (_field, stream, info) => {
      handled = true;
      storeUpload(ctx, store, stream, info.filename ?? '', maxBytes).then(resolve, reject);
    });
    parser.on('error', () => reject(uploadError('files.fileMissing', 400)));
    parser.on('close', () => {
      if (!handled) reject(uploadError('files.fileMissing', 400));
    });
    req.pipe(parser);
  });
}

async function upload(services: AppServices, context: ContextFactory, req: Request, res: Response) {
  try {
    if (!preflighted(req)) throw uploadError('files.csrf', 400);
    if (!req.is('multipart/form-data')) throw uploadError('files.fileMissing', 415);
    const ctx = await context(req, res);
    if (!ctx.viewer) throw new GraphQLError('Not logged in', { extensions: { code: 'UNAUTHENTICATED' } });
    const declared = Number(req.headers['content-length'] ?? 0);
    // A body far over the limit is refused before reading it; the stream's own count catches the rest.
    if (declared > services.config.uploadMaxBytes + 64 * 1024) throw uploadError('files.fileTooLarge', 413);
    const stored = await receive(ctx, fileStoreFor(services.config), req, services.config.uploadMaxBytes);
    res.status(201).json(stored);
  } catch (error) {
    res.setHeader('Connection', 'close');
    sendError(res, error);
  }
}

async function download(services: AppServices, context: ContextFactory, req: Request, res: Response) {
  try {
    const ctx = await context(req, res);
    const id = String(req.params.id);
    const row = await findAttachment(ctx, UUID.test(id) ? id : null, 'read');
    const inline = req.query.inline === '1' && isPreviewable(row.file.mimeType);
    res.setHeader('Content-Type', servedContentType(row.file.mimeType));
    res.setHeader('Content-Length', String(row.file.size));
    res.setHeader('Content-Disposition', contentDisposition(inline ? 'inline' : 'attachment', row.name));
    res.setHeader('X-Content-Type-Options', 'nosniff');
    // Even a file opened directly runs no script and loads nothing (Chrome's PDF viewer does not run sandboxed).
    if (row.file.mimeType !== 'application/pdf')
      res.setHeader('Content-Security-Policy', "default-src 'none'; sandbox");
    res.setHeader('Cache-Control', 'private, no-store');
    const stream = fileStoreFor(services.config).open(row.file.sha256);
    stream.on('error', (error) => sendError(res, error));
    stream.pipe(res);
  } catch (error) {
    sendError(res, error);
  }
}

export function attachmentRoutes(services: AppServices, context: ContextFactory) {
  const router = express.Router();
  router.post('/api/files', (req, res) => void upload(services, context, req, res));
  router.get('/api/attachments/:id/content', (req, res) => void download(services, context, req, res));
  return router;
}
