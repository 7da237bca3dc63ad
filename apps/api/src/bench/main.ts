// `pnpm bench [--scale N] [--quick] [--explain] [--reuse] [--seed S] [--seed-only] [--only <workload id prefix>]`: seeds (or reuses) a benchmark database, starts
// the API in production mode against it, and times each workload through GraphQL over HTTP and as hand-written SQL
// through pg, interleaved. A full run writes its table into docs/PERFORMANCE.md; --quick (the smoke test) only checks
// that every workload runs and returns the right shape, and exits non-zero when one does not.
import fs from 'node:fs/promises';
import path from 'node:path';
import { performance } from 'node:perf_hooks';
import { parseArgs } from 'node:util';
import pg from 'pg';
import { hashApiTokenSecret } from '../auth/api-token-secret.ts';
import { repoRoot } from '../config/paths.ts';
import { startApi } from './api-process.ts';
import { openBenchDatabase } from './bench-database.ts';
import { explainWorkload, startCapturingApi } from './explain.ts';
import { loadFixtures } from './fixtures.ts';
import { graphqlClient, type GraphQLClient } from './graphql-client.ts';
import { describeData, describeMachine } from './machine.ts';
import { runLatency, runThroughput, settle } from './phases.ts';
import { latencyTable, throughputTable, updateDocument, type RunResult } from './report.ts';
import { fanOutWorkload, opportunityRuleWorkload, ruleWorkload } from './workloads/automation.ts';
import { calendarWorkload } from './workloads/calendar.ts';
import { campaignWorkloads } from './workloads/campaigns.ts';
import { clientListWorkloads } from './workloads/clients.ts';
import { floorWorkload } from './workloads/floor.ts';
import { IMPORT_WORKLOAD_ID, runImportWorkload } from './workloads/imports.ts';
import { MAIL_WORKLOAD_ID, runMailWorkload } from './workloads/mail.ts';
import { opportunityWorkloads } from './workloads/opportunities.ts';
import { reportDrillWorkloads } from './workloads/report-drill.ts';
import { reportWorkloads } from './workloads/reports.ts';
import { listLoadWorkload, LOAD_CONCURRENCY } from './workloads/list-load.ts';
import { meWorkload } from './workloads/throughput.ts';
import type { BenchContext } from './workloads/types.ts';

const DOC = path.join(repoRoot, 'docs/PERFORMANCE.md');
const ADMIN = { email: 'admin@veza.local', password: 'veza-admin-demo' };

type Options = {
  scale: number;
  seed: number;
  quick: boolean;
  explain: boolean;
  reuse: boolean;
  seedOnly: boolean;
  /** Run only the workloads whose id starts with one of these (diagnosis; never writes the document). */
  only: string[];
  apiPort?: number;
};

function parseOptions(): Options {
  const { values } = parseArgs({
    options: {
      scale: { type: 'string', default: '100000' },
      seed: { type: 'string', default: '2026' },
      quick: { type: 'boolean', default: false },
      explain: { type: 'boolean', default: false },
      reuse: { type: 'boolean', default: false },
      'seed-only': { type: 'boolean', default: false },
      only: { type: 'string', multiple: true, default: [] },
      'api-port': { type: 'string' },
    },
  });
  const whole = (name: string, v: string | undefined, min: number) => {
    const n = Number(v);
    if (!Number.isInteger(n) || n < min) throw new Error(`--${name} must be a whole number ≥ ${min}, got "${v}"`);
    return n;
  };
  return {
    scale: whole('scale', values.scale, 100),
    seed: whole('seed', values.seed, 0),
    quick: values.quick!,
    explain: values.explain!,
    reuse: values.reuse!,
    seedOnly: values['seed-only']!,
    only: values.only!,
    apiPort: values['api-port'] ? whole('api-port', values['api-port'], 1) : undefined,
  };
}

async function login(api: GraphQLClient): Promise<{ secret: string; id: string }> {
  await api.request(`mutation($e: String!, $p: String!) { login(email: $e, password: $p) { user { id } } }`, {
    e: ADMIN.email,
    p: ADMIN.password,
  });
  const { createApiToken } = await api.request<{ createApiToken: { secret: string; token: { id: string } } }>(
    `mutation { createApiToken(name: "pnpm bench") { secret token { id } } }`,
  );
  api.setToken(createApiToken.secret);
  return { secret: createApiToken.secret, id: createApiToken.token.id };
}

async function formatDoc(text: string): Promise<string> {
  try {
    const prettier = await import('prettier');
    return await prettier.format(text, { ...(await prettier.resolveConfig(DOC)), filepath: DOC });
  } catch {
    return text;
  }
}

/** Ctrl-C stops the API and the embedded PostgreSQL too (a bulk load in progress rolls back). */
function stopOnSignals(stops: (() => Promise<void>)[]) {
  for (const signal of ['SIGINT', 'SIGTERM'] as const)
    process.once(signal, () => {
      console.error(`\n${signal}: stopping…`);
      void (async () => {
        for (const stop of stops.reverse()) await stop().catch(() => undefined);
        process.exit(130);
      })();
    });
}

type Database = Awaited<ReturnType<typeof openBenchDatabase>>;
type Api = Awaited<ReturnType<typeof startApi>>;
type Token = Awaited<ReturnType<typeof login>>;

function openDatabase(options: Options, stops: (() => Promise<void>)[]): Promise<Database> {
  return openBenchDatabase({
    scale: options.scale,
    seed: options.seed,
    databaseUrl: process.env.DATABASE_URL || undefined,
    reuse: options.reuse,
    // A small quick run (the smoke test) seeds a throw-away database each time, so it exercises the generator too and
    // concurrent runs never share a data directory; big ones reuse .data-bench-<scale>.
    temporary: options.quick && options.scale <= 10_000 && !options.reuse && !options.seedOnly,
    log: (line: string) => console.log(`  ${line}`),
    onOpen: (close) => stops.push(close),
  });
}

type Run = {
  options: Options;
  database: Database;
  api: Api;
  token: Token;
  ctx: BenchContext;
  pool: pg.Pool;
  failures: string[];
};

const selector = (options: Options) => (id: string) =>
  !options.only.length || options.only.some((prefix) => id.startsWith(prefix));

const buildWorkloads = (options: Options, c: BenchContext) =>
  [
    ...clientListWorkloads(c),
    // After the lists (measured first, as in earlier rounds), so that the floor is timed on a warm API.
    floorWorkload(c),
    calendarWorkload(c),
    ...campaignWorkloads(c),
    ...opportunityWorkloads(c),
    ruleWorkload(c, options.scale),
    opportunityRuleWorkload(c),
    ...(c.databaseUrl ? [fanOutWorkload(c, c.databaseUrl)] : []),
    ...reportWorkloads(c),
    ...reportDrillWorkloads(c),
  ].filter((w) => selector(options)(w.id));

/**
 * Reads first, then the throughput run, then writes: rows a write leaves behind (and the autovacuum it causes) must
 * not land under another measurement.
 */
async function measure({ options, api, token, ctx, pool, failures }: Run) {
  const workloads = buildWorkloads(options, ctx);
  const me = meWorkload(ctx.fixtures.tokenHash);
  console.log('\nLatency (GraphQL over HTTP vs hand-written SQL through pg, interleaved):');
  const reads = workloads.filter((w) => w.weight !== 'heavy');
  const latency = await runLatency(reads, options.quick, failures, ctx.pg);
  const loads = [me, listLoadWorkload(ctx.fixtures)].filter((w) => selector(options)(w.id));
  const throughput = await runThroughput(
    loads,
    { url: api.url, token: token.secret, pool, quick: options.quick },
    failures,
  );
  await settle(ctx.pg);
  const heavy = workloads.filter((w) => w.weight === 'heavy');
  latency.push(...(await runLatency(heavy, options.quick, failures, ctx.pg)));
  if (selector(options)(IMPORT_WORKLOAD_ID)) {
    // 100 000 rows (the target's size) on a full run, a small file in the smoke test.
    const rows = Math.min(options.scale, options.quick ? 1_000 : 100_000);
    const failure = await runImportWorkload({ url: api.url, token: token.secret, api: ctx.api, pg: ctx.pg }, rows);
    if (failure) failures.push(`import: ${failure}`);
  }
  if (selector(options)(MAIL_WORKLOAD_ID)) await runMail(ctx, options, failures);
  return { latency, throughput };
}

/** The campaign send to an SMTP sink: 200 recipients in the smoke test, 10 000 otherwise (fewer when fewer consent). */
async function runMail(ctx: BenchContext, options: Options, failures: string[]) {
  try {
    const recipients = options.quick ? 200 : 10_000;
    await runMailWorkload({ api: ctx.api, pg: ctx.pg, adminId: ctx.fixtures.adminId }, recipients, options.quick);
  } catch (error) {
    failures.push(`${MAIL_WORKLOAD_ID}: ${error instanceof Error ? error.message : String(error)}`);
  }
}

/** With --explain: each workload's statements, as the API sends them and as the hand-written SQL, EXPLAINed. */
async function explainAll({ options, database, token, ctx }: Run, latency: RunResult['latency']) {
  const inProcess = await startCapturingApi(database.url, database.dataDir, token.secret);
  try {
    const apiSide = buildWorkloads(options, { ...ctx, api: inProcess.api });
    for (const [i, w] of buildWorkloads(options, ctx).entries()) {
      if (latency.find((r) => r.id === w.id)?.pending) continue;
      console.log(await explainWorkload(ctx.pg, inProcess, apiSide[i]!, w));
    }
  } finally {
    await inProcess.close();
  }
}

async function report(run: Run, machine: string, data: string, measured: Pick<RunResult, 'latency' | 'throughput'>) {
  const { options, database, failures } = run;
  const seeding = database.seededNow
    ? `Seeded by this run in ${database.marker.seconds} s (seed ${database.marker.seed}).`
    : `Seeded ${database.marker.seededAt.slice(0, 10)} in ${database.marker.seconds} s (seed ${database.marker.seed}), reused.`;
  const result: RunResult = {
    scale: options.scale,
    date: new Date().toISOString().slice(0, 10),
    command: `pnpm bench --scale ${options.scale}`,
    machine,
    data,
    seeding,
    ...measured,
  };
  console.log(`\n${latencyTable(result.latency)}\n\n${throughputTable(result.throughput)}`);
  if (failures.length) {
    console.error(`\n${failures.length} workload(s) failed:\n${failures.map((f) => `  - ${f}`).join('\n')}`);
  } else if (!options.quick && !options.only.length) {
    await fs.writeFile(DOC, await formatDoc(updateDocument(await fs.readFile(DOC, 'utf8'), result)));
    console.log(`\nWrote the results into ${path.relative(process.cwd(), DOC)}.`);
  }
}

/** Starts the API on the database, logs in and runs the workloads; returns the failures. */
async function runAgainst(options: Options, database: Database, stops: (() => Promise<void>)[]): Promise<string[]> {
  const client = new pg.Client({ connectionString: database.url });
  const pool = new pg.Pool({ connectionString: database.url, max: LOAD_CONCURRENCY });
  // An idle pooled connection closed by the server at shutdown is not a benchmark failure.
  pool.on('error', () => undefined);
  const failures: string[] = [];
  let api: Api | null = null;
  let gql: GraphQLClient | null = null;
  try {
    await client.connect();
    const machine = await describeMachine(client);
    const data = await describeData(client);
    console.log(`  ${data}\n  ${machine.text}`);
    const apiStarted = performance.now();
    api = await startApi({ databaseUrl: database.url, dataDir: database.dataDir, port: options.apiPort });
    stops.push(api.stop);
    const apiSeconds = ((performance.now() - apiStarted) / 1000).toFixed(1);
    console.log(`  API in production mode (pid ${api.pid}) at ${api.url}, ready in ${apiSeconds} s`);
    gql = graphqlClient(api.url);
    const token = await login(gql);
    const fixtures = await loadFixtures(client, new Date(database.marker.anchor), hashApiTokenSecret(token.secret));
    const run: Run = {
      options,
      database,
      api,
      token,
      ctx: { api: gql, pg: client, fixtures, databaseUrl: database.url },
      pool,
      failures,
    };
    const measured = await measure(run);
    if (options.explain) await explainAll(run, measured.latency);
    await gql.request(`mutation($id: ID!) { revokeApiToken(id: $id) { id } }`, { id: token.id });
    await report(run, machine.text, data, measured);
  } finally {
    gql?.close();
    await api?.stop();
    await pool.end();
    await client.end().catch(() => undefined);
  }
  return failures;
}

async function main(): Promise<number> {
  const options = parseOptions();
  const started = performance.now();
  const stops: (() => Promise<void>)[] = [];
  stopOnSignals(stops);
  console.log(`Veza benchmark: ${options.scale.toLocaleString('en')} clients${options.quick ? ' (quick)' : ''}`);
  const database = await openDatabase(options, stops);
  if (options.seedOnly) {
    await database.close();
    console.log(`Data ready in ${database.dataDir} (${((performance.now() - started) / 1000).toFixed(1)} s).`);
    return 0;
  }
  let failures: string[];
  try {
    failures = await runAgainst(options, database, stops);
  } finally {
    await database.close();
  }
  console.log(`Done in ${((performance.now() - started) / 1000).toFixed(1)} s.`);
  return failures.length ? 1 : 0;
}

main().then(
  (code) => process.exit(code),
  (error: unknown) => {
    console.error(
      `The benchmark could not run: ${error instanceof Error ? (error.stack ?? error.message) : String(error)}`,
    );
    process.exit(1);
  },
);
