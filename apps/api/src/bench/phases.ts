// The benchmark's phases: latency workloads one after another (with the database settled in between), and the
// throughput run; failures are collected, never thrown, so one broken workload does not hide the others' figures.
import type pg from 'pg';
import { GraphQLRequestError, graphqlClient } from './graphql-client.ts';
import { measureLatency, measureThroughput, type LatencyPlan } from './measure.ts';
import type { LatencyResult, ThroughputResult } from './report.ts';
import { formatMs, formatRatio, ratio } from './stats.ts';
import { CONCURRENCY } from './workloads/throughput.ts';
import type { LatencyWorkload, ThroughputWorkload } from './workloads/types.ts';

const plans = (quick: boolean): Record<'light' | 'heavy', LatencyPlan> =>
  quick
    ? { light: { warmup: 1, iterations: 3, maxSeconds: 5 }, heavy: { warmup: 1, iterations: 1, maxSeconds: 5 } }
    : { light: { warmup: 10, iterations: 200, maxSeconds: 30 }, heavy: { warmup: 2, iterations: 15, maxSeconds: 60 } };

/**
 * Writes dirty pages out and cleans up after writes before the next measurement, so a checkpoint or an autovacuum
 * does not run under it. Needs a superuser (the embedded database is); elsewhere it is skipped.
 */
export async function settle(client: pg.Client): Promise<void> {
  await client.query('VACUUM (ANALYZE) campaigns, campaign_items').catch(() => undefined);
  await client.query('CHECKPOINT').catch(() => undefined);
}

const notInThisApi = (error: unknown) =>
  error instanceof GraphQLRequestError && /Cannot query field|Unknown type/.test(error.message);

function printLatency(r: LatencyResult) {
  if (r.pending) return console.log(`  ${r.label}: pending (${r.pending})`);
  const g = r.graphql!;
  const s = r.sql!;
  console.log(
    `  ${r.label} [${r.rows} rows]\n    GraphQL p50 ${formatMs(g.p50)} p95 ${formatMs(g.p95)} ms · SQL p50 ${formatMs(s.p50)} ` +
      `p95 ${formatMs(s.p95)} ms · ÷ ${formatRatio(ratio(g.p50, s.p50))} / ${formatRatio(ratio(g.p95, s.p95))} (n=${g.n})`,
  );
}

export async function runLatency(
  workloads: LatencyWorkload[],
  quick: boolean,
  failures: string[],
  client: pg.Client,
): Promise<LatencyResult[]> {
  const results: LatencyResult[] = [];
  for (const w of workloads) {
    try {
      await settle(client);
      const result = await measureLatency(w, plans(quick)[w.weight ?? 'light']);
      results.push(result);
      printLatency(result);
    } catch (error) {
      if (w.id.startsWith('campaign') && notInThisApi(error)) {
        const pending = {
          id: w.id,
          label: w.label,
          rows: null,
          graphql: null,
          sql: null,
          pending: 'the campaigns API is not in this build',
        };
        results.push(pending);
        printLatency(pending);
        continue;
      }
      failures.push(`${w.label}: ${(error as Error).message}`);
      console.error(`  ${w.label}: FAILED — ${(error as Error).message}`);
    }
  }
  return results;
}

export async function runThroughput(
  workloads: ThroughputWorkload[],
  options: { url: string; token: string; pool: pg.Pool; quick: boolean },
  failures: string[],
): Promise<ThroughputResult[]> {
  const results: ThroughputResult[] = [];
  for (const w of workloads) {
    const result = await throughputOf(w, options, failures);
    if (result) results.push(result);
  }
  return results;
}

async function throughputOf(
  w: ThroughputWorkload,
  options: { url: string; token: string; pool: pg.Pool; quick: boolean },
  failures: string[],
): Promise<ThroughputResult | null> {
  const concurrency = w.concurrency ?? CONCURRENCY;
  console.log(`\nThroughput (${concurrency} concurrent clients):`);
  const seconds = options.quick ? 2 : (w.seconds ?? 10);
  const warmup = options.quick ? 0.3 : 2;
  const clients = Array.from({ length: concurrency }, () => graphqlClient(options.url, 1));
  clients.forEach((c) => c.setToken(options.token));
  try {
    await measureThroughput((i) => w.graphql(clients[i]!), concurrency, warmup);
    const g = await measureThroughput((i) => w.graphql(clients[i]!), concurrency, seconds);
    await measureThroughput(() => w.sql(options.pool), concurrency, warmup);
    const s = await measureThroughput(() => w.sql(options.pool), concurrency, seconds);
    console.log(
      `  ${w.label}: GraphQL ${Math.round(g.rps)} req/s (p50 ${formatMs(g.p50)}, p95 ${formatMs(g.p95)} ms) · ` +
        `SQL ${Math.round(s.rps)} req/s (p50 ${formatMs(s.p50)}, p95 ${formatMs(s.p95)} ms)`,
    );
    return { id: w.id, label: w.label, concurrency, graphql: g, sql: s };
  } catch (error) {
    failures.push(`${w.label}: ${(error as Error).message}`);
    console.error(`  ${w.label}: FAILED — ${(error as Error).message}`);
    return null;
  } finally {
    clients.forEach((c) => c.close());
  }
}
