// --explain: EXPLAIN (ANALYZE, BUFFERS) of the SQL behind each workload — the hand-written floor, and the statements
// the API really sends, captured from an in-process API whose Prisma client logs every query with its parameters.
import crypto from 'node:crypto';
import type pg from 'pg';
import { PrismaPg } from '@prisma/adapter-pg';
import { createServices } from '../app.ts';
import { loadConfig } from '../config/env.ts';
import { PrismaClient } from '../db/generated/prisma/client.ts';
import type { Db } from '../db/prisma.ts';
import { startServer } from '../server.ts';
import { graphqlClient, type GraphQLClient } from './graphql-client.ts';
import type { LatencyWorkload, Statement } from './workloads/types.ts';

type Captured = { query: string; params: string };

const isWrite = (sql: string) => /^\s*(WITH\b[\s\S]*?\)\s*)?(INSERT|UPDATE|DELETE)\b/i.test(sql);
/** Per-request plumbing (authentication, token bookkeeping, transactions, locks) is not what a workload measures. */
const isPlumbing = (sql: string) =>
  /api_tokens|"sessions"|user_profiles|permission_profiles|pg_advisory|^\s*(BEGIN|COMMIT|ROLLBACK|SET)\b/i.test(sql);

export async function explainStatements(client: pg.ClientBase, statements: Statement[]): Promise<string[]> {
  const plans: string[] = [];
  const writes = statements.some((s) => isWrite(s.text));
  if (writes) await client.query('BEGIN');
  try {
    for (const s of statements) {
      const { rows } = await client.query(`EXPLAIN (ANALYZE, BUFFERS) ${s.text}`, s.values);
      plans.push(rows.map((r: Record<string, string>) => r['QUERY PLAN']).join('\n'));
    }
  } finally {
    if (writes) await client.query('ROLLBACK');
  }
  return plans;
}

/** Prisma logs parameters as a JSON array; values go back to pg as they came (strings, numbers, arrays). */
function parseParams(params: string): unknown[] {
  try {
    const parsed: unknown = JSON.parse(params);
    return Array.isArray(parsed) ? parsed : [];
  } catch {
    return [];
  }
}

export type InProcessApi = { api: GraphQLClient; captured: Captured[]; close(): Promise<void> };

/** An API in this process on `url` whose statements are recorded, authenticated with the same token. */
export async function startCapturingApi(url: string, dataDir: string, token: string): Promise<InProcessApi> {
  const captured: Captured[] = [];
  const prisma = new PrismaClient({
    adapter: new PrismaPg({ connectionString: url }),
    log: [{ emit: 'event', level: 'query' }],
  });
  prisma.$on('query', (e) => captured.push({ query: e.query, params: e.params }));
  const config = loadConfig({
    NODE_ENV: 'production',
    DATABASE_URL: url,
    VEZA_DATA_DIR: dataDir,
    JWT_SECRET: crypto.randomBytes(32).toString('hex'),
  });
  const server = await startServer(createServices(config, prisma as unknown as Db, url), 0, '127.0.0.1');
  const api = graphqlClient(server.url);
  api.setToken(token);
  return {
    api,
    captured,
    close: async () => {
      api.close();
      await server.close();
      await prisma.$disconnect();
    },
  };
}

/** The workload's plans, as printable text: the API's read statements first, then the hand-written SQL. */
export async function explainWorkload(
  client: pg.ClientBase,
  inProcess: InProcessApi,
  apiSide: LatencyWorkload,
  floor: LatencyWorkload,
): Promise<string> {
  inProcess.captured.length = 0;
  const result = await apiSide.graphql();
  await apiSide.cleanup?.('graphql', result);
  const apiStatements = inProcess.captured
    .filter((c) => !isPlumbing(c.query))
    .map((c) => ({ text: c.query, values: parseParams(c.params) }));
  const plumbing = inProcess.captured.length - apiStatements.length;
  const out: string[] = [
    `\n=== ${floor.label}\n(the API sent ${inProcess.captured.length} statements: ${apiStatements.length} for the work, ` +
      `${plumbing} for authentication and transactions)`,
  ];
  for (const s of apiStatements) {
    if (isWrite(s.text)) {
      out.push(`\n--- API statement (a write, not re-run):\n${s.text}`);
      continue;
    }
    const [plan] = await explainStatements(client, [s]);
    out.push(`\n--- API statement:\n${s.text}\n--- plan:\n${plan}`);
  }
  const plans = await explainStatements(client, floor.explain);
  floor.explain.forEach((s, i) => out.push(`\n--- hand-written SQL:\n${s.text}\n--- plan:\n${plans[i]}`));
  return out.join('\n');
}
