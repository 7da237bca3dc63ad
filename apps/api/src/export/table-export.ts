// Writes a list export (CSV or XLSX) to an HTTP response from batches of rows, streaming: one batch in memory at a time.
// The list modules (clients, opportunities) supply the rows and cell values; this file owns the file formats.
import type { Response } from 'express';
import ExcelJS from 'exceljs';
import { labelIn, type AttributeDef } from '@veza/shared';
import { z } from 'zod';

export type Cell = string | number | boolean | Date | null;

/** The request fields every list export shares; each list adds its filter, orderBy and column ids. */
export const exportRequestBase = {
  format: z.enum(['csv', 'xlsx']),
  /** Column headers in the user's language, parallel to `columns`; the column ids otherwise. */
  headers: z.array(z.string().max(200)).nullish(),
};

/**
 * Spreadsheet programs run cells that start with = + - @ (or tab / carriage return) as formulas, so a client named
 * "=HYPERLINK(…)" could attack whoever opens the file. Such text gets a leading apostrophe.
 */
export function escapeFormula(value: string): string {
  return /^[=+\-@\t\r]/.test(value) ? `'${value}` : value;
}

/** An attribute value as a cell: choices by their label in `locale`, lists joined. */
export function attributeCell(value: unknown, def: AttributeDef | undefined, locale: string): Cell {
  if (value == null) return null;
  const choice = (key: unknown) => labelIn(def?.choices.find((c) => c.key === key)?.labels, locale) || String(key);
  if (def?.type === 'CHOICE') return choice(value);
  if (Array.isArray(value)) return value.map(choice).join(', ');
  return typeof value === 'object' ? JSON.stringify(value) : (value as string | number | boolean);
}

function csvCell(value: Cell): string {
  if (value == null) return '';
  const text = value instanceof Date ? value.toISOString() : escapeFormula(String(value));
  return /[",\n\r;]/.test(text) ? `"${text.replace(/"/g, '""')}"` : text;
}

export type TableExport = {
  format: 'csv' | 'xlsx';
  /** File name without the date and extension, e.g. "clients". */
  name: string;
  sheet: string;
  headers: string[];
  /** Batches of rows, each row the cells in column order. */
  rows: AsyncIterable<Cell[][]>;
};

/** Pulls the first batch before any header is sent, so a bad filter still answers 400 instead of a broken file. */
export async function primed<T>(batches: AsyncGenerator<T>): Promise<AsyncIterable<T>> {
  const first = await batches.next();
  return (async function* () {
    if (!first.done) yield first.value;
    yield* batches;
  })();
}

export async function writeTableExport(res: Response, file: TableExport): Promise<void> {
  const stamp = new Date().toISOString().slice(0, 10);
  res.setHeader('Content-Disposition', `attachment; filename="${file.name}-${stamp}.${file.format}"`);
  if (file.format === 'csv') {
    res.setHeader('Content-Type', 'text/csv; charset=utf-8');
    res.write(`\uFEFF${file.headers.map((h) => csvCell(h)).join(',')}\r\n`);
    for await (const batch of file.rows) {
      if (batch.length) res.write(batch.map((row) => row.map(csvCell).join(',')).join('\r\n') + '\r\n');
    }
    res.end();
    return;
  }
  res.setHeader('Content-Type', 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet');
  const workbook = new ExcelJS.stream.xlsx.WorkbookWriter({ stream: res, useStyles: true });
  const sheet = workbook.addWorksheet(file.sheet);
  sheet.addRow(file.headers.map(escapeFormula)).commit();
  for await (const batch of file.rows) {
    for (const row of batch) sheet.addRow(row.map((v) => (typeof v === 'string' ? escapeFormula(v) : v))).commit();
  }
  sheet.commit();
  await workbook.commit();
}
