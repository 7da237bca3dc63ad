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

/** The chart's own height; its legend (above it, inside the same box) gets a row more for each row it wraps to. */
export const CHART_HEIGHT = 300;
const LEGEND_ROW = 26;

/**
 * How tall a bar or line chart must be for `labels` in its legend at `width` px, so that the plot keeps
 * CHART_HEIGHT however the legend wraps: on a phone the long Czech and Croatian measure names ("Průměr · dnů od
 * prvního kontaktu k obchodu") take a line each and used to squeeze the bars to a strip. An estimate from the
 * label lengths (≈ 7.5 px a character at the legend's 14 px, plus the swatch): rows are packed greedily.
 */
export function chartHeight(labels: readonly string[], width: number): number {
  if (width <= 0) return CHART_HEIGHT;
  const usable = Math.max(width - 40, 100);
  let rows = 1;
  let used = 0;
  for (const label of labels) {
    const item = label.length * 7.5 + 36;
    if (item >= usable) {
      rows += (used > 0 ? 1 : 0) + Math.ceil(item / usable) - 1;
      used = usable;
    } else if (used + item > usable) {
      rows += 1;
      used = item;
    } else used += item;
  }
  return CHART_HEIGHT + (rows - 1) * LEGEND_ROW;
}
