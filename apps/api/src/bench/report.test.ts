import { describe, expect, it } from 'vitest';
import {
  END_MARKER,
  START_MARKER,
  latencyTable,
  recordedRuns,
  updateDocument,
  type LatencyResult,
  type RunResult,
} from './report.ts';
import { summarize } from './stats.ts';

const list = (graphqlMs: number[], sqlMs: number[]): LatencyResult => ({
  id: 'list-selective',
  label: 'client list, page 1',
  rows: 50,
  graphql: summarize(graphqlMs),
  sql: summarize(sqlMs),
  targets: { p50Ratio: 1.5, p95Ratio: 2 },
});

const run = (scale: number, graphqlMs: number[], sqlMs: number[]): RunResult => ({
  scale,
  date: '2026-11-23',
  command: `pnpm bench --scale ${scale}`,
  machine: '2 cores',
  data: `${scale} clients`,
  seeding: 'reused',
  latency: [
    list(graphqlMs, sqlMs),
    { id: 'campaign-generate', label: 'generateCampaigns', rows: null, graphql: null, sql: null, pending: 'no API' },
  ],
  throughput: [],
});

describe('latencyTable', () => {
  it('shows p50 / p95 of both sides, their ratio and whether the target is met', () => {
    const table = latencyTable([list([2, 2, 2, 2], [1, 1, 1, 1])]);
    expect(table).toContain(
      '| client list, page 1 | 50 | 2.00 | 2.00 | 1.00 | 1.00 | 2.00× | 2.00× | ÷ ≤ 1.5 / ≤ 2: ✗ ✓ |',
    );
  });

  it('marks a workload that cannot run yet as pending instead of inventing figures', () => {
    expect(latencyTable(run(1000, [1], [1]).latency)).toContain(
      '| generateCampaigns | | | | | | | | pending: no API |',
    );
  });
});

describe('updateDocument', () => {
  const doc = `# Performance\n\nIntro.\n\n${START_MARKER}\nold\n${END_MARKER}\n\n## After\n`;

  it('replaces only the text between the markers and keeps the rest of the document', () => {
    const updated = updateDocument(doc, run(100_000, [3], [2]));
    expect(updated.startsWith('# Performance\n\nIntro.\n\n')).toBe(true);
    expect(updated.endsWith(`${END_MARKER}\n\n## After\n`)).toBe(true);
    expect(updated).not.toContain('\nold\n');
    expect(updated).toContain('### 100 000 clients');
  });

  it('keeps the other data sizes and combines 100k and 1M into a growth table', () => {
    const first = updateDocument(doc, run(100_000, [4, 4], [2, 2]));
    const second = updateDocument(first, run(1_000_000, [5, 5], [2, 2]));
    expect(recordedRuns(second).map((r) => r.scale)).toEqual([100_000, 1_000_000]);
    expect(second).toContain('### Growth from 100 000 to 1 000 000 clients');
    expect(second).toContain('| client list, page 1 | 4.00 → 5.00 | 1.25× ✓ | 1.25× ✓ | 1.00× |');
  });

  it('replaces the section of a data size that is run again', () => {
    const once = updateDocument(doc, run(100_000, [4], [2]));
    const twice = updateDocument(once, run(100_000, [9], [3]));
    expect(recordedRuns(twice)).toHaveLength(1);
    expect(twice).toContain('| 9.00 |');
    expect(twice.match(/### 100 000 clients/g)).toHaveLength(1);
  });

  it('appends a results section when the document has no markers yet', () => {
    const updated = updateDocument('# Performance\n', run(1000, [1], [1]));
    expect(updated).toMatch(/## Benchmark results\n\n<!-- bench:results:start/);
    expect(recordedRuns(updated)).toHaveLength(1);
  });
});
