// A report result as a flat table for files: header texts, then one line per detail / subtotal row and the totals,
// each cell typed (text for group labels, numbers for measures) with the number format its measure needs.
import type { ReportResult } from './report-result.ts';

export type CellFormat = 'INTEGER' | 'DECIMAL' | 'PERCENT';
export type TableLine = { kind: 'DETAIL' | 'SUBTOTAL' | 'TOTAL'; cells: (string | number | null)[] };
export type ReportTable = { headers: string[]; formats: (CellFormat | null)[]; lines: TableLine[] };

const MEASURE_NAMES: Record<string, string> = {
  COUNT: 'Count',
  SUM: 'Sum',
  AVG: 'Average',
  MIN: 'Minimum',
  MAX: 'Maximum',
  MEDIAN: 'Median',
  RATE: 'Share',
};

function defaultHeader(column: ReportResult['columns'][number]): string {
  if (column.kind === 'GROUP') return column.attributeKey ?? column.dimension ?? '';
  const fn = MEASURE_NAMES[column.fn ?? ''] ?? column.fn ?? '';
  return column.field ? `${fn} ${column.field}` : fn;
}

function formatOf(column: ReportResult['columns'][number]): CellFormat | null {
  if (column.kind === 'GROUP') return null;
  if (column.fn === 'RATE') return 'PERCENT';
  return column.fn === 'COUNT' ? 'INTEGER' : 'DECIMAL';
}

const label = (g: { label: string | null; key: string | null }) => g.label ?? g.key ?? '—';

export function reportTable(result: ReportResult, headers?: string[] | null, totalLabel?: string | null): ReportTable {
  const groups = result.columns.filter((c) => c.kind === 'GROUP').length;
  const lines: TableLine[] = result.rows.map((row) => ({
    kind: row.level === 'SUBTOTAL' ? 'SUBTOTAL' : 'DETAIL',
    cells: [...row.groups.map((g, i) => (row.level === 'SUBTOTAL' && i > 0 ? 'Σ' : label(g))), ...row.values],
  }));
  const total = totalLabel || 'Total';
  lines.push({
    kind: 'TOTAL',
    cells: [...Array.from({ length: groups }, (_, i) => (i === 0 ? total : '')), ...result.totals],
  });
  if (groups === 0) lines[lines.length - 1]!.cells = [...result.totals];
  return {
    headers: result.columns.map((c, i) => headers?.[i] || defaultHeader(c)),
    formats: result.columns.map(formatOf),
    lines,
  };
}

/** Text as a file shows it: rates as percentages, decimals with two places. */
export function displayValue(value: string | number | null, format: CellFormat | null): string {
  if (value == null) return '';
  if (typeof value === 'string') return value;
  if (format === 'PERCENT') return `${(value * 100).toFixed(1)} %`;
  return format === 'DECIMAL' ? value.toFixed(2) : String(value);
}
