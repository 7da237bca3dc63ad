// Exports the current client view (filter, sort, visible columns in order) as CSV or XLSX, streamed in batches.
import type { Response } from 'express';
import ExcelJS from 'exceljs';
import { CLIENT_FIELD_NAMES, labelIn, type AttributeDef, type LabelSet } from '@veza/shared';
import { z } from 'zod';
import { requirePermission } from '../../auth/permissions.ts';
import type { Context } from '../../graphql/context.ts';
import { parseInput } from '../../graphql/errors.ts';
import { loadAttributeDefs } from '../attributes/index.ts';
import { CLIENT_SORT_FIELDS } from './client-sort.sql.ts';
import { clientBatches } from './clients.service.ts';
import type { ClientRow } from './clients.repository.ts';

const COLUMN = z.union([
  z.enum(CLIENT_FIELD_NAMES as [string, ...string[]]),
  z.string().regex(/^attr:[a-z][a-z0-9_]{0,39}$/),
]);

export const ExportRequest = z.object({
  format: z.enum(['csv', 'xlsx']),
  filter: z.unknown().optional(),
  orderBy: z
    .array(
      z.object({
        field: z.enum(CLIENT_SORT_FIELDS).nullish(),
        attribute: z.string().nullish(),
        direction: z.enum(['ASC', 'DESC']).nullish(),
      }),
    )
    .nullish(),
  columns: z.array(COLUMN, 'validation.savedView.column').min(1).max(60),
  /** Column headers in the user's language, parallel to `columns`; the column ids otherwise. */
  headers: z.array(z.string().max(200)).nullish(),
});

/**
 * Spreadsheet programs run cells that start with = + - @ (or tab / carriage return) as formulas, so a client named
 * "=HYPERLINK(…)" could attack whoever opens the file. Such text gets a leading apostrophe.
 */
export function escapeFormula(value: string): string {
  return /^[=+\-@\t\r]/.test(value) ? `'${value}` : value;
}

type Lookups = {
  attributes: Map<string, AttributeDef>;
  dictionary: Map<string, LabelSet>;
  users: Map<string, string>;
  locale: string;
};

function cellValue(row: ClientRow, column: string, l: Lookups): string | number | boolean | Date | null {
  if (column.startsWith('attr:'))
    return attributeValue(row.attributes[column.slice(5)], l.attributes.get(column.slice(5)), l.locale);
  const dict = (id: string | null) => (id ? labelIn(l.dictionary.get(id), l.locale) : null);
  switch (column) {
    case 'STATUS':
      return dict(row.statusId);
    case 'SEGMENT':
      return dict(row.segmentId);
    case 'INDUSTRY':
      return dict(row.industryId);
    case 'LEAD_SOURCE':
      return dict(row.leadSourceId);
    case 'ACCOUNT_MANAGER':
      return row.accountManagerId ? (l.users.get(row.accountManagerId) ?? null) : null;
    case 'ROLES':
      return row.roles.join(', ');
    case 'PHONES':
      return row.phones.join(', ');
    case 'EMAILS':
      return row.emails.join(', ');
    default: {
      const key = column.toLowerCase().replace(/_([a-z])/g, (_, c: string) => c.toUpperCase()) as keyof ClientRow;
      return (row[key] as string | Date | null) ?? null;
    }
  }
}

function attributeValue(value: unknown, def: AttributeDef | undefined, locale: string) {
  if (value == null) return null;
  const choice = (key: unknown) => labelIn(def?.choices.find((c) => c.key === key)?.labels, locale) || String(key);
  if (def?.type === 'CHOICE') return choice(value);
  if (Array.isArray(value)) return value.map(choice).join(', ');
  return typeof value === 'object' ? JSON.stringify(value) : (value as string | number | boolean);
}

async function lookups(ctx: Context): Promise<Lookups> {
  const [defs, dictionary, users] = await Promise.all([
    loadAttributeDefs(ctx.db, 'CLIENT'),
    ctx.db.dictionaryValue.findMany({ select: { id: true, labels: true } }),
    ctx.db.user.findMany({ select: { id: true, name: true } }),
  ]);
  return {
    attributes: new Map(defs.map((d) => [d.key, d])),
    dictionary: new Map(dictionary.map((d) => [d.id, d.labels as LabelSet])),
    users: new Map(users.map((u) => [u.id, u.name])),
    locale: ctx.viewer!.user.locale,
  };
}

function csvCell(value: ReturnType<typeof cellValue>): string {
  if (value == null) return '';
  const text = value instanceof Date ? value.toISOString() : escapeFormula(String(value));
  return /[",\n\r;]/.test(text) ? `"${text.replace(/"/g, '""')}"` : text;
}

/** Validates the request, then writes the whole export to `res`. Errors before the first byte are thrown. */
export async function exportClients(ctx: Context, body: unknown, res: Response): Promise<void> {
  requirePermission(ctx, 'clients.export');
  const request = parseInput(ExportRequest, body);
  const l = await lookups(ctx);
  const batches = clientBatches(ctx, { filter: request.filter, orderBy: request.orderBy });
  const first = await batches.next(); // validates the filter before any header is sent
  const headers = request.columns.map((c, i) => request.headers?.[i] ?? c);
  const stamp = new Date().toISOString().slice(0, 10);
  res.setHeader('Content-Disposition', `attachment; filename="clients-${stamp}.${request.format}"`);
  const rows = (async function* () {
    if (!first.done) yield first.value;
    yield* batches;
  })();
  if (request.format === 'csv') {
    res.setHeader('Content-Type', 'text/csv; charset=utf-8');
    res.write(`\uFEFF${headers.map((h) => csvCell(h)).join(',')}\r\n`);
    for await (const batch of rows) {
      res.write(
        batch.map((row) => request.columns.map((c) => csvCell(cellValue(row, c, l))).join(',')).join('\r\n') + '\r\n',
      );
    }
    res.end();
    return;
  }
  res.setHeader('Content-Type', 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet');
  const workbook = new ExcelJS.stream.xlsx.WorkbookWriter({ stream: res, useStyles: true });
  const sheet = workbook.addWorksheet('Clients');
  sheet.addRow(headers.map(escapeFormula)).commit();
  for await (const batch of rows) {
    for (const row of batch) {
      const values = request.columns
        .map((c) => cellValue(row, c, l))
        .map((v) => (typeof v === 'string' ? escapeFormula(v) : v));
      sheet.addRow(values).commit();
    }
  }
  sheet.commit();
  await workbook.commit();
}
