// GET /api/imports/<id>/report: the per-row report of an import as XLSX (streamed), messages in the viewer's language.
import fs from 'node:fs';
import path from 'node:path';
import ExcelJS from 'exceljs';
import express, { type Request, type Response } from 'express';
import { repoRoot } from '../../config/paths.ts';
import type { Context } from '../../graphql/context.ts';
import { ImportsRepository } from './imports.repository.ts';

type ContextFactory = (req: Request, res: Response) => Promise<Context>;
const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;
const catalogs = new Map<string, Record<string, unknown>>();

/** The web app's catalog for the language (read once): import messages are the same i18n keys the UI shows. */
export function translate(locale: string, key: string): string {
  const lang = ['en', 'pl', 'hr', 'cs'].includes(locale) ? locale : 'en';
  if (!catalogs.has(lang)) {
    const file = path.join(repoRoot, 'apps/web/src/i18n/locales', `${lang}.json`);
    catalogs.set(
      lang,
      fs.existsSync(file) ? (JSON.parse(fs.readFileSync(file, 'utf8')) as Record<string, unknown>) : {},
    );
  }
  let node: unknown = catalogs.get(lang);
  for (const part of key.split('.'))
    node = node && typeof node === 'object' ? (node as Record<string, unknown>)[part] : undefined;
  return typeof node === 'string' ? node : key;
}

/** A cell a spreadsheet would run as a formula is written as text. */
const inert = (v: string | null) => (v && /^[=+\-@\t\r]/.test(v) ? `'${v}` : (v ?? ''));

async function report(context: ContextFactory, req: Request, res: Response) {
  const ctx = await context(req, res);
  const id = String(req.params.id);
  const repo = new ImportsRepository(ctx.db);
  const job = ctx.viewer && UUID.test(id) ? await repo.findJob(id) : null;
  const allowed = job && (job.createdById === ctx.viewer!.user.id || ctx.viewer!.permissions.has('clients.delete'));
  if (!ctx.viewer) return void res.status(401).json({ error: { code: 'UNAUTHENTICATED' } });
  if (!job || !allowed) return void res.status(404).json({ error: { code: 'NOT_FOUND' } });
  const locale = ctx.viewer.user.locale;
  res.setHeader('Content-Type', 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet');
  res.setHeader('Content-Disposition', `attachment; filename="import-report.xlsx"`);
  res.setHeader('Cache-Control', 'private, no-store');
  const workbook = new ExcelJS.stream.xlsx.WorkbookWriter({ stream: res, useSharedStrings: false });
  const sheet = workbook.addWorksheet(translate(locale, 'imports.reportSheet'));
  sheet.columns = [
    { header: translate(locale, 'imports.reportRow'), width: 8 },
    { header: translate(locale, 'imports.reportField'), width: 20 },
    { header: translate(locale, 'imports.reportMessage'), width: 60 },
    { header: translate(locale, 'imports.reportValue'), width: 30 },
  ];
  for await (const batch of repo.issueBatches(job.id))
    for (const i of batch) sheet.addRow([i.rowNo, i.field, translate(locale, i.message), inert(i.value)]).commit();
  sheet.commit();
  await workbook.commit();
}

export function importRoutes(context: ContextFactory) {
  const router = express.Router();
  router.get(
    '/api/imports/:id/report',
    (req, res) =>
      void report(context, req, res).catch((error: unknown) => {
        console.error('[imports] report failed:', error);
        if (!res.headersSent) res.status(500).json({ error: { code: 'INTERNAL_SERVER_ERROR' } });
        else res.destroy();
      }),
  );
  return router;
}
