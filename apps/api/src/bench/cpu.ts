// `pnpm --filter @veza/api bench:cpu [--scale 1000] [--requests 300] [--concurrency 8] [--only <prefix>]`: the API
// process's CPU time per request (utime + stime from /proc/<pid>/stat around N requests, after warm-up) for the hot
// read workloads. On a shared machine wall-clock ratios swing with the neighbours; the CPU the API spends per request
// barely does. Needs a seeded benchmark database (`pnpm bench --scale 1000 --seed-only` once; it is reused).
import fs from 'node:fs/promises';
import os from 'node:os';
import { parseArgs } from 'node:util';
import pg from 'pg';
import { hashApiTokenSecret } from '../auth/api-token-secret.ts';
import { startApi } from './api-process.ts';
import { openBenchDatabase } from './bench-database.ts';
import { loadFixtures } from './fixtures.ts';
import { graphqlClient, type GraphQLClient } from './graphql-client.ts';
import { calendarWorkload } from './workloads/calendar.ts';
import { BROAD_FILTER, LIST_QUERY, clientListWorkloads } from './workloads/clients.ts';
import type { BenchContext } from './workloads/types.ts';

const ADMIN = { email: 'admin@veza.local', password: 'veza-admin-demo' };
const TICKS = 100; // USER_HZ: /proc/<pid>/stat counts CPU time in 1/100 s on Linux

/** CPU seconds (user + system) the process has used so far. */
export async function cpuSeconds(pid: number): Promise<number> {
  const stat = await fs.readFile(`/proc/${pid}/stat`, 'utf8');
  // Fields after the command name (which may hold spaces) start after the last ')'; utime and stime are 14 and 15.
  const fields = stat.slice(stat.lastIndexOf(')') + 2).split(' ');
  return (Number(fields[11]) + Number(fields[12])) / TICKS;
}

/** Runs `call` `total` times, `concurrency` at a time. */
async function repeat(total: number, concurrency: number, call: () => Promise<unknown>) {
  let next = 0;
  const worker = async () => {
    while (next++ < total) await call();
  };
  await Promise.all(Array.from({ length: concurrency }, worker));
}

type Probe = { id: string; call: () => Promise<unknown> };

function probes(ctx: BenchContext): Probe[] {
  const list100 = (count: 'cheap' | undefined) => () =>
    ctx.api.request(LIST_QUERY(count, 100), { filter: BROAD_FILTER, after: null });
  return [
    { id: 'list-load (100 rows + count)', call: list100('cheap') },
    { id: 'list 100 rows, no count', call: list100(undefined) },
    { id: 'list 1 row', call: () => ctx.api.request(LIST_QUERY(undefined, 1), { filter: BROAD_FILTER, after: null }) },
    ...clientListWorkloads(ctx).map((w) => ({ id: w.id, call: () => w.graphql() })),
    { id: 'calendar', call: () => calendarWorkload(ctx).graphql() },
    { id: 'me', call: () => ctx.api.request('{ me { user { id name } permissions } }') },
    // The fixed cost of any GraphQL request (workload 0 of `pnpm bench`); last, so that it is measured warm.
    { id: 'floor { __typename }', call: () => ctx.api.request('query BenchFloor { __typename }') },
  ];
}

/**
 * The JSON of one 50-row client list page (the workload's columns, broad filter): its size, and what parsing it costs
 * the client (JSON.parse alone, in this process; the bench client's whole CPU per request is printed per probe above).
 */
async function answerSize(url: string, secret: string) {
  const response = await fetch(new URL('/graphql', url), {
    method: 'POST',
    headers: { 'content-type': 'application/json', authorization: `Bearer ${secret}` },
    body: JSON.stringify({ query: LIST_QUERY(undefined, 50), variables: { filter: BROAD_FILTER, after: null } }),
  });
  const text = await response.text();
  const runs = 2000;
  for (let i = 0; i < 200; i++) JSON.parse(text);
  const started = process.cpuUsage();
  for (let i = 0; i < runs; i++) JSON.parse(text);
  const parse = process.cpuUsage(started);
  // What the API's serialisation of the same answer costs (Apollo's JSON.stringify), for comparison.
  const value: unknown = JSON.parse(text);
  const stringifyStarted = process.cpuUsage();
  for (let i = 0; i < runs; i++) JSON.stringify(value);
  const stringify = process.cpuUsage(stringifyStarted);
  const perRun = (u: NodeJS.CpuUsage) => ((u.user + u.system) / 1000 / runs).toFixed(3);
  const kB = (Buffer.byteLength(text) / 1000).toFixed(1);
  console.log(
    `answer: one 50-row list page is ${kB} kB of JSON; JSON.parse ${perRun(parse)} ms, JSON.stringify ${perRun(stringify)} ms CPU (${runs} runs each)`,
  );
}

async function login(api: GraphQLClient): Promise<string> {
  await api.request(`mutation($e: String!, $p: String!) { login(email: $e, password: $p) { user { id } } }`, {
    e: ADMIN.email,
    p: ADMIN.password,
  });
  const { createApiToken } = await api.request<{ createApiToken: { secret: string } }>(
    `mutation { createApiToken(name: "bench cpu") { secret } }`,
  );
  api.setToken(createApiToken.secret);
  return createApiToken.secret;
}

async function main() {
  const { values } = parseArgs({
    options: {
      scale: { type: 'string', default: '1000' },
      requests: { type: 'string', default: '300' },
      concurrency: { type: 'string', default: '8' },
      only: { type: 'string', multiple: true, default: [] },
    },
  });
  const [requests, concurrency] = [Number(values.requests), Number(values.concurrency)];
  const database = await openBenchDatabase({ scale: Number(values.scale), seed: 2026, reuse: true, log: () => {} });
  const client = new pg.Client({ connectionString: database.url });
  const api = await startApi({ databaseUrl: database.url, dataDir: database.dataDir });
  const gql = graphqlClient(api.url);
  try {
    await client.connect();
    const secret = await login(gql);
    const fixtures = await loadFixtures(client, new Date(database.marker.anchor), hashApiTokenSecret(secret));
    const ctx: BenchContext = { api: gql, pg: client, fixtures, databaseUrl: database.url };
    console.log(
      `API pid ${api.pid}; load average ${os.loadavg()[0]!.toFixed(2)}; ${requests} requests × ${concurrency}`,
    );
    for (const probe of probes(ctx).filter(
      (p) => !values.only!.length || values.only!.some((o) => p.id.startsWith(o)),
    )) {
      await repeat(100, concurrency, probe.call);
      const before = await cpuSeconds(api.pid);
      const started = performance.now();
      const client = process.cpuUsage();
      await repeat(requests, concurrency, probe.call);
      const cpu = ((await cpuSeconds(api.pid)) - before) * 1000;
      const wall = performance.now() - started;
      const own = process.cpuUsage(client);
      console.log(
        `${probe.id.padEnd(40)} ${(cpu / requests).toFixed(2).padStart(6)} ms CPU/request  (${((requests * 1000) / wall).toFixed(0)} req/s wall; bench client ${((own.user + own.system) / 1000 / requests).toFixed(2)} ms CPU/request)`,
      );
    }
    if (!values.only!.length || values.only!.some((o) => 'answer'.startsWith(o))) await answerSize(api.url, secret);
  } finally {
    gql.close();
    await api.stop();
    await client.end().catch(() => undefined);
    await database.close();
  }
}

main().then(
  () => process.exit(0),
  (error: unknown) => {
    console.error(error instanceof Error ? (error.stack ?? error.message) : String(error));
    process.exit(1);
  },
);
