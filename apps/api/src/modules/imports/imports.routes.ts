// GET /api/imports/<id>/report: the per-row report of an import as XLSX (streamed), messages in the viewer's language.
import ExcelJS from 'exceljs';
import express, { type Request, type Response } from 'express';
import type { Context } from '../../graphql/context.ts';
import { translate } from './import-texts.ts';
import { ImportsRepository } from './imports.repository.ts';

type ContextFactory = (req: Request, res: Response) => Promise<Context>;
const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;
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
