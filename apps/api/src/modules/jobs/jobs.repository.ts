// Reads pg-boss's own tables (schema pgboss) for the admin page; pg-boss itself does every write.
import { Prisma, type Db } from '../../db/prisma.ts';

export type JobState = 'created' | 'retry' | 'active' | 'completed' | 'cancelled' | 'failed';

export type JobRow = {
  id: string;
  name: string;
  state: JobState;
  data: unknown;
  output: unknown;
  retry_count: number;
  retry_limit: number;
  created_on: Date;
  start_after: Date;
  started_on: Date | null;
  completed_on: Date | null;
};

export type QueueRow = {
  name: string;
  policy: string | null;
  retry_limit: number | null;
  expire_seconds: number | null;
  counts: Record<string, number> | null;
};

const jobColumns = Prisma.sql`id::text, name, state::text AS state, data, output, retry_count, retry_limit,
  created_on, start_after, started_on, completed_on`;

function conditions(filter: { queue?: string; states?: JobState[] }): Prisma.Sql[] {
  const where: Prisma.Sql[] = [Prisma.sql`name NOT LIKE '\\_\\_pgboss\\_\\_%'`];
  if (filter.queue) where.push(Prisma.sql`name = ${filter.queue}`);
  if (filter.states?.length) where.push(Prisma.sql`state::text IN (${Prisma.join(filter.states)})`);
  return where;
}

export class JobsRepository {
  constructor(private readonly db: Db) {}

  /** pg-boss's internal queues (`__pgboss__…`) are left out. */
  queues() {
    return this.db.$queryRaw<QueueRow[]>`
      SELECT q.name, q.policy, q.retry_limit, q.expire_seconds,
        (SELECT jsonb_object_agg(s.state, s.n) FROM (
           SELECT j.state::text AS state, count(*)::int AS n FROM pgboss.job j WHERE j.name = q.name GROUP BY j.state
         ) s) AS counts
      FROM pgboss.queue q
      WHERE q.name NOT LIKE '\\_\\_pgboss\\_\\_%'
      ORDER BY q.name`;
  }

  async count(filter: { queue?: string; states?: JobState[] }): Promise<number> {
    const rows = await this.db.$queryRaw<{ n: number }[]>`
      SELECT count(*)::int AS n FROM pgboss.job WHERE ${Prisma.join(conditions(filter), ' AND ')}`;
    return rows[0]?.n ?? 0;
  }

  /** Keyset page on (created_on, id) descending; `limit` includes the look-ahead row. */
  list(filter: { queue?: string; states?: JobState[]; after?: [string, string] | null; limit: number }) {
    const where = conditions(filter);
    if (filter.after)
      where.push(Prisma.sql`(created_on, id) < (${new Date(filter.after[0])}::timestamptz, ${filter.after[1]}::uuid)`);
    return this.db.$queryRaw<JobRow[]>`
      SELECT ${jobColumns} FROM pgboss.job WHERE ${Prisma.join(where, ' AND ')}
      ORDER BY created_on DESC, id DESC LIMIT ${filter.limit}`;
  }

  async find(queue: string, id: string): Promise<JobRow | null> {
    const rows = await this.db.$queryRaw<JobRow[]>`
      SELECT ${jobColumns} FROM pgboss.job WHERE name = ${queue} AND id = ${id}::uuid`;
    return rows[0] ?? null;
  }
}
