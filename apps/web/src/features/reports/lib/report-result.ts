// The result shape of RunReport, as the builder's components read it.
import type { ResultOf } from '../../../lib/graphql-types.ts';
import type { RunReportQuery } from '../api/run-report-query.ts';

export type ReportResult = ResultOf<typeof RunReportQuery>['runReport'];

const PERIODS = new Set(['DAY', 'WEEK', 'MONTH', 'QUARTER', 'YEAR']);

/** A period's first day (YYYY-MM-DD, as the API keys it) in the user's language: "5 sty 2026", "sty 2026", "Q1 2026". */
export function periodLabel(dimension: string, key: string, language: string): string {
  const [y, m, d] = key.split('-').map(Number) as [number, number, number];
  const day = new Date(Date.UTC(y, m - 1, d));
  if (Number.isNaN(day.getTime())) return key;
  const format = (o: Intl.DateTimeFormatOptions) => new Intl.DateTimeFormat(language, { ...o, timeZone: 'UTC' });
  if (dimension === 'YEAR') return String(y);
  if (dimension === 'QUARTER') return `Q${Math.floor((m - 1) / 3) + 1} ${y}`;
  if (dimension === 'MONTH') return format({ month: 'short', year: 'numeric' }).format(day);
  return format({ dateStyle: 'medium' }).format(day);
}

/** The result with its period groups labelled in the user's language (the API labels a period with its key). */
export function withPeriodLabels(result: ReportResult, language: string): ReportResult {
  const dims = result.columns.filter((c) => c.kind === 'GROUP').map((c) => c.dimension ?? '');
  if (!dims.some((d) => PERIODS.has(d))) return result;
  return {
    ...result,
    rows: result.rows.map((row) => ({
      ...row,
      groups: row.groups.map((g, i) =>
        PERIODS.has(dims[i]!) && g.key && (!g.label || g.label === g.key)
          ? { ...g, label: periodLabel(dims[i]!, g.key, language) }
          : g,
      ),
    })),
  };
}
