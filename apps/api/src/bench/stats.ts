// Latency statistics for the benchmark: percentiles, summaries and GraphQL ÷ SQL ratios.

export type Summary = { n: number; p50: number; p95: number; mean: number; min: number; max: number };

/**
 * The p-th percentile (0–100) of `values` by linear interpolation between closest ranks (the method of numpy's
 * default and of PostgreSQL's percentile_cont). NaN for an empty list.
 */
export function percentile(values: readonly number[], p: number): number {
  if (!(p >= 0 && p <= 100)) throw new RangeError(`percentile must be within 0..100, got ${p}`);
  if (!values.length) return Number.NaN;
  const sorted = [...values].sort((a, b) => a - b);
  const rank = (p / 100) * (sorted.length - 1);
  const lo = Math.floor(rank);
  const hi = Math.ceil(rank);
  return sorted[lo]! + (sorted[hi]! - sorted[lo]!) * (rank - lo);
}

export function summarize(values: readonly number[]): Summary {
  if (!values.length) return { n: 0, p50: NaN, p95: NaN, mean: NaN, min: NaN, max: NaN };
  return {
    n: values.length,
    p50: percentile(values, 50),
    p95: percentile(values, 95),
    mean: values.reduce((s, v) => s + v, 0) / values.length,
    min: Math.min(...values),
    max: Math.max(...values),
  };
}

/** a ÷ b, or NaN when either is missing or b is zero. */
export function ratio(a: number, b: number): number {
  return Number.isFinite(a) && Number.isFinite(b) && b > 0 ? a / b : Number.NaN;
}

/** Milliseconds for a table: three significant digits, at most two decimals ("0.42", "3.17", "12.4", "1 250"). */
export function formatMs(ms: number): string {
  if (!Number.isFinite(ms)) return '–';
  if (ms >= 1000) return Math.round(ms).toLocaleString('en').replace(/,/g, ' ');
  if (ms >= 100) return ms.toFixed(0);
  if (ms >= 10) return ms.toFixed(1);
  return ms.toFixed(2);
}

export function formatRatio(r: number): string {
  return Number.isFinite(r) ? `${r.toFixed(2)}×` : '–';
}

/** A target check for the report: "✓" met, "✗" missed, "" when there is no target or no figure. */
export function verdict(value: number, limit: number | undefined): string {
  if (limit === undefined || !Number.isFinite(value)) return '';
  return value <= limit ? '✓' : '✗';
}
