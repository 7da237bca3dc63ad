// Benchmark results as Markdown: a section per data size (each run replaces its own), the 1M ÷ 100k growth table
// computed from the sections present, all between markers in docs/PERFORMANCE.md. Each section carries its figures
// as JSON in an HTML comment so a later run at another size can rebuild the combined tables.
import { formatMs, formatRatio, ratio, verdict, type Summary } from './stats.ts';

export const START_MARKER = '<!-- bench:results:start (written by `pnpm bench`; edits inside are replaced) -->';
export const END_MARKER = '<!-- bench:results:end -->';

export type Targets = { p50Ratio?: number; p95Ratio?: number; p95Ms?: number; p50Ms?: number };

export type LatencyResult = {
  id: string;
  label: string;
  /** Rows the operation returned or wrote (page size, events, clients put on campaigns). */
  rows: number | null;
  graphql: Summary | null;
  sql: Summary | null;
  targets?: Targets;
  /** Set instead of figures when the workload could not run yet (e.g. an API not built). */
  pending?: string;
};

export type ThroughputSide = { requests: number; seconds: number; rps: number; p50: number; p95: number };
export type ThroughputResult = {
  id: string;
  label: string;
  concurrency: number;
  graphql: ThroughputSide;
  sql: ThroughputSide;
};

export type RunResult = {
  scale: number;
  date: string;
  command: string;
  machine: string;
  data: string;
  seeding: string;
  latency: LatencyResult[];
  throughput: ThroughputResult[];
};

/** Workloads whose growth from 100k to 1M clients is reported against the ≤ 1.3 target. */
export const GROWTH = { from: 100_000, to: 1_000_000, limit: 1.3 };

const n = (x: number) => x.toLocaleString('en').replace(/,/g, ' ');

function targetCell(r: LatencyResult): string {
  const t = r.targets;
  if (!t || !r.graphql) return '';
  const parts: string[] = [];
  if (t.p50Ratio !== undefined || t.p95Ratio !== undefined) {
    const r50 = ratio(r.graphql.p50, r.sql?.p50 ?? NaN);
    const r95 = ratio(r.graphql.p95, r.sql?.p95 ?? NaN);
    parts.push(`÷ ≤ ${t.p50Ratio} / ≤ ${t.p95Ratio}: ${verdict(r50, t.p50Ratio)} ${verdict(r95, t.p95Ratio)}`);
  }
  if (t.p50Ms !== undefined) parts.push(`p50 ≤ ${formatMs(t.p50Ms)} ms: ${verdict(r.graphql.p50, t.p50Ms)}`);
  if (t.p95Ms !== undefined) parts.push(`p95 ≤ ${formatMs(t.p95Ms)} ms: ${verdict(r.graphql.p95, t.p95Ms)}`);
  return parts.join('; ');
}

export function latencyTable(rows: LatencyResult[]): string {
  const head = [
    '| workload | rows | GraphQL p50 | GraphQL p95 | SQL p50 | SQL p95 | ÷ p50 | ÷ p95 | target |',
    '| --- | ---: | ---: | ---: | ---: | ---: | ---: | ---: | --- |',
  ];
  const body = rows.map((r) => {
    if (r.pending) return `| ${r.label} | | | | | | | | pending: ${r.pending} |`;
    const g = r.graphql;
    const s = r.sql;
    return `| ${r.label} | ${r.rows ?? ''} | ${formatMs(g?.p50 ?? NaN)} | ${formatMs(g?.p95 ?? NaN)} | ${formatMs(s?.p50 ?? NaN)} | ${formatMs(s?.p95 ?? NaN)} | ${formatRatio(ratio(g?.p50 ?? NaN, s?.p50 ?? NaN))} | ${formatRatio(ratio(g?.p95 ?? NaN, s?.p95 ?? NaN))} | ${targetCell(r)} |`;
  });
  return [...head, ...body].join('\n');
}

export function throughputTable(rows: ThroughputResult[]): string {
  const head = [
    '| workload | concurrent | GraphQL req/s | GraphQL p50 | GraphQL p95 | SQL req/s | SQL p50 | SQL p95 |',
    '| --- | ---: | ---: | ---: | ---: | ---: | ---: | ---: |',
  ];
  const body = rows.map(
    (r) =>
      `| ${r.label} | ${r.concurrency} | ${n(Math.round(r.graphql.rps))} | ${formatMs(r.graphql.p50)} | ${formatMs(r.graphql.p95)} | ${n(Math.round(r.sql.rps))} | ${formatMs(r.sql.p50)} | ${formatMs(r.sql.p95)} |`,
  );
  return [...head, ...body].join('\n');
}

/** p50 and p95 of the larger data set ÷ the smaller, per workload present in both (GraphQL figures). */
export function growthTable(runs: RunResult[]): string | null {
  const small = runs.find((r) => r.scale === GROWTH.from);
  const large = runs.find((r) => r.scale === GROWTH.to);
  if (!small || !large) return null;
  const rows = large.latency
    .filter((l) => l.id.startsWith('list') && l.graphql)
    .flatMap((l) => {
      const s = small.latency.find((x) => x.id === l.id);
      if (!s?.graphql) return [];
      const g50 = ratio(l.graphql!.p50, s.graphql.p50);
      const g95 = ratio(l.graphql!.p95, s.graphql.p95);
      const q50 = ratio(l.sql?.p50 ?? NaN, s.sql?.p50 ?? NaN);
      return [
        `| ${l.label} | ${formatMs(s.graphql.p50)} → ${formatMs(l.graphql!.p50)} | ${formatRatio(g50)} ${verdict(g50, GROWTH.limit)} | ${formatRatio(g95)} ${verdict(g95, GROWTH.limit)} | ${formatRatio(q50)} |`,
      ];
    });
  if (!rows.length) return null;
  return [
    `| workload | GraphQL p50 (ms), ${n(GROWTH.from)} → ${n(GROWTH.to)} | ÷ p50 (≤ ${GROWTH.limit}) | ÷ p95 (≤ ${GROWTH.limit}) | SQL ÷ p50 |`,
    '| --- | ---: | ---: | ---: | ---: |',
    ...rows,
  ].join('\n');
}

export function runSection(run: RunResult): string {
  const throughput = run.throughput.length ? `\n\n${throughputTable(run.throughput)}` : '';
  return [
    `### ${n(run.scale)} clients`,
    '',
    `${run.date} · \`${run.command}\` · ${run.machine}`,
    '',
    `Data: ${run.data}. ${run.seeding}`,
    '',
    `${latencyTable(run.latency)}${throughput}`,
    '',
    `<!-- bench:run ${JSON.stringify(run)} -->`,
  ].join('\n');
}

/** The runs recorded between the markers of an existing document. */
export function recordedRuns(doc: string): RunResult[] {
  const block = between(doc);
  if (block === null) return [];
  const runs: RunResult[] = [];
  for (const m of block.matchAll(/<!-- bench:run (\{.*?\}) -->/g)) {
    try {
      runs.push(JSON.parse(m[1]!) as RunResult);
    } catch {
      // A hand-edited record is dropped; the next run at that size writes it again.
    }
  }
  return runs;
}

function between(doc: string): string | null {
  const start = doc.indexOf(START_MARKER);
  const end = doc.indexOf(END_MARKER);
  return start >= 0 && end > start ? doc.slice(start + START_MARKER.length, end) : null;
}

export function resultsBlock(runs: RunResult[]): string {
  const sorted = [...runs].sort((a, b) => a.scale - b.scale);
  const growth = growthTable(sorted);
  const parts = sorted.map(runSection);
  if (growth) parts.push(`### Growth from ${n(GROWTH.from)} to ${n(GROWTH.to)} clients\n\n${growth}`);
  return parts.join('\n\n');
}

/** The document with this run's section replaced (other sizes kept) and the combined tables rebuilt. */
export function updateDocument(doc: string, run: RunResult): string {
  const runs = [...recordedRuns(doc).filter((r) => r.scale !== run.scale), run];
  const block = `${START_MARKER}\n\n${resultsBlock(runs)}\n\n${END_MARKER}`;
  const start = doc.indexOf(START_MARKER);
  const end = doc.indexOf(END_MARKER);
  if (start >= 0 && end > start) return doc.slice(0, start) + block + doc.slice(end + END_MARKER.length);
  return `${doc.trimEnd()}\n\n## Benchmark results\n\n${block}\n`;
}
