// What a benchmark workload is: the same operation through GraphQL over HTTP and as hand-written SQL through pg.
import type pg from 'pg';
import type { GraphQLClient } from '../graphql-client.ts';
import type { Targets } from '../report.ts';

export type Statement = { text: string; values: unknown[] };

export type LatencyWorkload = {
  id: string;
  label: string;
  targets?: Targets;
  /** Fewer timed runs for expensive operations (writes). */
  weight?: 'light' | 'heavy';
  graphql(): Promise<unknown>;
  sql(): Promise<unknown>;
  /**
   * Checks both answers (shape, and that GraphQL and SQL agree) and returns the number of rows to report; throws an
   * Error saying what is wrong.
   */
  check(graphql: unknown, sql: unknown): number;
  /** Runs after every call, outside the timing (e.g. deletes the campaigns a generation created). */
  cleanup?(side: 'graphql' | 'sql', result: unknown): Promise<void>;
  /** The hand-written SQL, for --explain (read-only statements; writes are explained inside a rolled-back transaction). */
  explain: Statement[];
  /** Set when the workload cannot run on this API yet; it is reported, not run. */
  pending?: string;
};

export type ThroughputWorkload = {
  id: string;
  label: string;
  /** Concurrent callers (default 16) and the seconds of a full run (default 10; a quick run takes 1–2 s). */
  concurrency?: number;
  seconds?: number;
  graphql(client: GraphQLClient): Promise<unknown>;
  sql(client: pg.PoolClient | pg.Pool): Promise<unknown>;
};

export type BenchContext = {
  api: GraphQLClient;
  /** A connection for the SQL side (the floor), separate from the API's pool. */
  pg: pg.Client;
  fixtures: Fixtures;
  /** The benchmark database, for workloads that run API code in-process (notification fan-out). */
  databaseUrl?: string;
};

export type Fixtures = {
  adminId: string;
  customerStatusId: string;
  notInterestedStatusId: string;
  /** Ten agents (user ids), by e-mail. */
  agentIds: string[];
  /** Monday 00:00 UTC of the week holding the data's anchor day, and the Monday after. */
  week: { from: string; to: string };
  /** The broad filter's deep page: its number and the sort values (name, id) of the row before it. */
  deep: { page: number; after: [string, string] | null; matched: number };
  /** The newest `campaignClients` clients: created at or after this instant. */
  campaign: { since: string; clients: number };
  tokenHash: string;
  /** Time-ordered ids where the server has them (PostgreSQL 18), like the API's; random ones otherwise. */
  newId: 'uuidv7()' | 'gen_random_uuid()';
};

export function assert(condition: unknown, message: string): asserts condition {
  if (!condition) throw new Error(message);
}
