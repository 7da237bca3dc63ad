// Timing loops: latency workloads run GraphQL and SQL interleaved (alternating which goes first) after a warm-up;
// throughput workloads keep N requests in flight for a fixed time.
import { performance } from 'node:perf_hooks';
import type { LatencyResult, ThroughputSide } from './report.ts';
import { percentile, summarize } from './stats.ts';
import type { LatencyWorkload } from './workloads/types.ts';

export type LatencyPlan = { warmup: number; iterations: number; maxSeconds: number };

async function timed<T>(run: () => Promise<T>): Promise<{ ms: number; result: T }> {
  const started = performance.now();
  const result = await run();
  return { ms: performance.now() - started, result };
}

export async function measureLatency(w: LatencyWorkload, plan: LatencyPlan): Promise<LatencyResult> {
  const call = async (side: 'graphql' | 'sql') => {
    const { ms, result } = await timed(side === 'graphql' ? w.graphql : w.sql);
    await w.cleanup?.(side, result);
    return { ms, result };
  };
  // The first pair is checked: shape, and that both sides return the same rows.
  const first = { graphql: await call('graphql'), sql: await call('sql') };
  const rows = w.check(first.graphql.result, first.sql.result);
  for (let i = 1; i < plan.warmup; i++) {
    await call('graphql');
    await call('sql');
  }
  const samples = { graphql: [] as number[], sql: [] as number[] };
  const deadline = performance.now() + plan.maxSeconds * 1000;
  for (let i = 0; i < plan.iterations && (i < 3 || performance.now() < deadline); i++) {
    const order: ('graphql' | 'sql')[] = i % 2 === 0 ? ['graphql', 'sql'] : ['sql', 'graphql'];
    for (const side of order) samples[side].push((await call(side)).ms);
  }
  return {
    id: w.id,
    label: w.label,
    rows,
    graphql: summarize(samples.graphql),
    sql: summarize(samples.sql),
    targets: w.targets,
  };
}

/** Keeps `concurrency` calls in flight for `seconds`; any failed call fails the measurement. */
export async function measureThroughput(
  call: (worker: number) => Promise<unknown>,
  concurrency: number,
  seconds: number,
): Promise<ThroughputSide> {
  const latencies: number[] = [];
  const started = performance.now();
  const deadline = started + seconds * 1000;
  await Promise.all(
    Array.from({ length: concurrency }, async (_, worker) => {
      while (performance.now() < deadline) latencies.push((await timed(() => call(worker))).ms);
    }),
  );
  const elapsed = (performance.now() - started) / 1000;
  return {
    requests: latencies.length,
    seconds: elapsed,
    rps: latencies.length / elapsed,
    p50: percentile(latencies, 50),
    p95: percentile(latencies, 95),
  };
}
