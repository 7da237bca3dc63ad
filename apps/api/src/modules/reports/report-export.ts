// POST /export/report: the same definition and checks as runReport, written as XLSX (typed cells), CSV or PDF
// (table and a bar chart, in Roboto from pdfmake's own font bundle, which covers č ć đ š ž ł ń ś ź ż ř ů ě).
import type { Response } from 'express';
import ExcelJS from 'exceljs';
import type { Content, TDocumentDefinitions } from 'pdfmake/interfaces.js';
import { ReportExportInput } from '@veza/shared';
import type { Context } from '../../graphql/context.ts';
import { parseInput } from '../../graphql/errors.ts';
import { escapeFormula } from '../../export/table-export.ts';
import { displayValue, reportTable, type CellFormat, type ReportTable } from './report-table.ts';
import { executeReport, planReport, REPORT_RUNNERS } from './reports.service.ts';
import { requirePermission } from '../../auth/permissions.ts';
import { renderPdf } from '../../lib/pdf.ts';

const NUMBER_FORMAT: Record<CellFormat, string> = { INTEGER: '0', DECIMAL: '#,##0.00', PERCENT: '0.0%' };

function csvCell(value: string | number | null): string {
  if (value == null) return '';
  const text = typeof value === 'number' ? String(value) : escapeFormula(value);
  return /[",\n\r;]/.test(text) ? `"${text.replace(/"/g, '""')}"` : text;
}

export function reportCsv(table: ReportTable): string {
  const lines = [table.headers.map(csvCell), ...table.lines.map((l) => l.cells.map(csvCell))];
  return `\uFEFF${lines.map((l) => l.join(',')).join('\r\n')}\r\n`;
}

export async function reportXlsx(table: ReportTable, title: string): Promise<Buffer> {
  const workbook = new ExcelJS.Workbook();
  const sheet = workbook.addWorksheet(
    escapeFormula(title)
      .slice(0, 31)
      .replace(/[\\/?*[\]:]/g, ' ') || 'Report',
  );
  sheet.addRow(table.headers.map(escapeFormula)).font = { bold: true };
  for (const line of table.lines) {
    const row = sheet.addRow(line.cells.map((c) => (typeof c === 'string' ? escapeFormula(c) : c)));
    if (line.kind !== 'DETAIL') row.font = { bold: true };
    table.formats.forEach((f, i) => {
      if (f) row.getCell(i + 1).numFmt = NUMBER_FORMAT[f];
    });
  }
  sheet.columns.forEach((c) => (c.width = 22));
  return Buffer.from(await workbook.xlsx.writeBuffer());
}

/** Horizontal bars of the first measure per detail row (first grouping's subtotals when there are two). */
function barChart(table: ReportTable, groups: number): Content | null {
  const measure = groups;
  if (groups === 0 || measure >= table.headers.length) return null;
  const lines = table.lines.filter((l) => l.kind === (groups === 2 ? 'SUBTOTAL' : 'DETAIL')).slice(0, 20);
  const values = lines.map((l) => (typeof l.cells[measure] === 'number' ? (l.cells[measure] as number) : 0));
  const max = Math.max(...values.map(Math.abs), 0);
  if (!lines.length || max === 0) return null;
  return {
    table: {
      widths: [150, '*'],
      body: lines.map((l, i) => [
        { text: String(l.cells[0] ?? ''), fontSize: 8 },
        {
          stack: [
            {
              canvas: [
                {
                  type: 'rect',
                  x: 0,
                  y: 2,
                  w: Math.max(1, (Math.abs(values[i]!) / max) * 280),
                  h: 8,
                  color: '#1e88e5',
                },
              ],
            },
            { text: displayValue(values[i]!, table.formats[measure]!), fontSize: 7 },
          ],
        },
      ]),
    },
    layout: 'noBorders',
    margin: [0, 0, 0, 12],
  };
}

export function reportPdf(table: ReportTable, title: string, groups: number): Promise<Buffer> {
  const chart = barChart(table, groups);
  const body = [
    table.headers.map((h) => ({ text: h, bold: true })),
    ...table.lines.map((l) =>
      l.cells.map((c, i) => ({
        text: displayValue(c, table.formats[i] ?? null),
        bold: l.kind !== 'DETAIL',
        alignment: table.formats[i] ? ('right' as const) : ('left' as const),
      })),
    ),
  ];
  const doc: TDocumentDefinitions = {
    pageOrientation: table.headers.length > 5 ? 'landscape' : 'portrait',
    defaultStyle: { font: 'Roboto', fontSize: 9 },
    info: { title },
    content: [
      { text: title, fontSize: 14, bold: true, margin: [0, 0, 0, 10] },
      ...(chart ? [chart] : []),
      { table: { headerRows: 1, body }, layout: 'lightHorizontalLines' },
    ],
  };
  return renderPdf(doc);
}

const TYPES = {
  csv: 'text/csv; charset=utf-8',
  xlsx: 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet',
  pdf: 'application/pdf',
} as const;

/** Validates and runs everything before the first byte, so errors still become JSON with a status. */
export async function exportReport(ctx: Context, body: unknown, res: Response): Promise<void> {
  requirePermission(ctx, REPORT_RUNNERS);
  const request = parseInput(ReportExportInput, body);
  const plan = await planReport(ctx, request.definition);
  const result = await executeReport(ctx, plan, 120_000);
  const table = reportTable(result, request.headers, request.totalLabel);
  const title = request.title || 'Report';
  const file =
    request.format === 'csv'
      ? Buffer.from(reportCsv(table), 'utf8')
      : request.format === 'xlsx'
        ? await reportXlsx(table, title)
        : await reportPdf(table, title, plan.definition.groupBy.length);
  const stamp = new Date().toISOString().slice(0, 10);
  res.setHeader('Content-Type', TYPES[request.format]);
  res.setHeader('Content-Disposition', `attachment; filename="report-${stamp}.${request.format}"`);
  res.end(file);
}
