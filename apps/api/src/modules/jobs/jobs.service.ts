// The background-jobs admin page: queues and jobs as pg-boss keeps them, retry and cancel (jobs.manage).
import { BackgroundJobRef } from '@veza/shared';
import { requirePermission } from '../../auth/permissions.ts';
import { decodeCreatedAtCursor, pageSize, toConnection } from '../../graphql/connection.ts';
import type { Context } from '../../graphql/context.ts';
import { notFound, parseInput } from '../../graphql/errors.ts';
import { JobsRepository, type JobRow, type JobState } from './jobs.repository.ts';

type GqlState = 'CREATED' | 'RETRY' | 'ACTIVE' | 'COMPLETED' | 'CANCELLED' | 'FAILED';

function errorOf(row: JobRow): string | null {
  if (row.state !== 'failed' && row.state !== 'retry') return null;
  const output = row.output as { message?: unknown; value?: { message?: unknown } } | null;
  const message = output?.message ?? output?.value?.message;
  return typeof message === 'string' ? message : output ? JSON.stringify(output) : null;
}

export function toJobNode(row: JobRow) {
  return {
    id: row.id,
    queue: row.name,
    state: row.state.toUpperCase() as GqlState,
    data: row.data,
    error: errorOf(row),
    retryCount: row.retry_count,
    retryLimit: row.retry_limit,
    createdAt: row.created_on,
    startAfter: row.start_after,
    startedAt: row.started_on,
    completedAt: row.completed_on,
  };
}

export async function listQueues(ctx: Context) {
  requirePermission(ctx, 'jobs.manage');
  const rows = await new JobsRepository(ctx.db).queues();
  return rows.map((q) => {
    const n = (state: string) => q.counts?.[state] ?? 0;
    return {
      name: q.name,
      policy: q.policy ?? 'standard',
      retryLimit: q.retry_limit,
      expireInSeconds: q.expire_seconds,
      queued: n('created') + n('retry'),
      active: n('active'),
      failed: n('failed'),
      completed: n('completed'),
      cancelled: n('cancelled'),
    };
  });
}

export async function listJobs(
  ctx: Context,
  args: { queue?: string | null; states?: GqlState[] | null; first?: number | null; after?: string | null },
) {
  requirePermission(ctx, 'jobs.manage');
  const first = pageSize(args.first);
  const after = decodeCreatedAtCursor(args.after);
  const filter = { queue: args.queue ?? undefined, states: args.states?.map((s) => s.toLowerCase() as JobState) };
  const repo = new JobsRepository(ctx.db);
  const rows = await repo.list({ ...filter, after, limit: first + 1 });
  return toConnection(
    rows,
    first,
    after !== null,
    (r) => [r.created_on.toISOString(), r.id],
    toJobNode,
    () => repo.count(filter),
  );
}

async function act(ctx: Context, args: unknown, action: 'retry' | 'cancel') {
  requirePermission(ctx, 'jobs.manage');
  const ref = parseInput(BackgroundJobRef, args);
  const repo = new JobsRepository(ctx.db);
  if (!(await repo.find(ref.queue, ref.id))) throw notFound('BackgroundJob');
  await ctx.jobs[action](ref.queue, ref.id);
  return toJobNode((await repo.find(ref.queue, ref.id))!);
}

export const retryJob = (ctx: Context, args: unknown) => act(ctx, args, 'retry');
export const cancelJob = (ctx: Context, args: unknown) => act(ctx, args, 'cancel');
