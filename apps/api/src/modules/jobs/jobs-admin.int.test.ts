// The background-jobs admin API: queues and failed jobs with their errors, retry and cancel, admins only.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { errorCode, startTestApi, type TestApi } from '../../test/api.ts';
import { waitFor } from './jobs-test-kit.ts';

let api: TestApi;
let admin: string;
let agent: string;

beforeAll(async () => {
  api = await startTestApi();
  const a = await api.createUser('administrator');
  const g = await api.createUser('agent');
  admin = await api.login(a.email, a.password);
  agent = await api.login(g.email, g.password);
  api.jobs.work(
    'test-failing',
    async () => {
      throw new Error('the mail server said no');
    },
    { retryLimit: 0 },
  );
  await api.jobs.start();
});
afterAll(() => api.close());

const JOBS = `query($queue:String,$states:[BackgroundJobState!],$first:Int,$after:String){
  backgroundJobs(queue:$queue,states:$states,first:$first,after:$after){
    edges { node { id queue state error retryCount data } } pageInfo { hasNextPage endCursor } } }`;

describe('background jobs admin', () => {
  it('shows a failed job with its error and retries it', async () => {
    const id = await api.jobs.send('test-failing', { invoice: 7 });
    const failed = await waitFor(async () => {
      const r = await api.gql<{ backgroundJobs: { edges: { node: Record<string, unknown> }[] } }>(
        JOBS,
        { queue: 'test-failing', states: ['FAILED'] },
        { cookie: admin },
      );
      return r.data?.backgroundJobs.edges.find((e) => e.node.id === id)?.node;
    });
    expect(failed).toMatchObject({ state: 'FAILED', error: 'the mail server said no', data: { invoice: 7 } });

    const queues = await api.gql<{ jobQueues: { name: string; failed: number }[] }>(
      `{ jobQueues { name failed queued } }`,
      {},
      { cookie: admin },
    );
    expect(queues.data!.jobQueues.find((q) => q.name === 'test-failing')?.failed).toBe(1);

    const retried = await api.gql<{ retryBackgroundJob: { state: string } }>(
      `mutation($q:String!,$id:ID!){ retryBackgroundJob(queue:$q,id:$id){ state } }`,
      { q: 'test-failing', id },
      { cookie: admin },
    );
    expect(retried.errors).toBeUndefined();
    expect(['RETRY', 'ACTIVE', 'FAILED']).toContain(retried.data!.retryBackgroundJob.state);
  });

  it('cancels a waiting job', async () => {
    const id = await api.jobs.send('test-failing', {}, { startAfter: 3600 });
    const r = await api.gql<{ cancelBackgroundJob: { state: string } }>(
      `mutation($q:String!,$id:ID!){ cancelBackgroundJob(queue:$q,id:$id){ state } }`,
      { q: 'test-failing', id },
      { cookie: admin },
    );
    expect(r.data!.cancelBackgroundJob.state).toBe('CANCELLED');
  });

  it('pages jobs newest first with a keyset cursor', async () => {
    for (let i = 0; i < 3; i++) await api.jobs.send('test-failing', { i }, { startAfter: 3600 });
    const page1 = await api.gql<{
      backgroundJobs: { edges: { node: { id: string } }[]; pageInfo: { endCursor: string; hasNextPage: boolean } };
    }>(JOBS, { queue: 'test-failing', first: 2 }, { cookie: admin });
    expect(page1.data!.backgroundJobs.pageInfo.hasNextPage).toBe(true);
    const page2 = await api.gql<{ backgroundJobs: { edges: { node: { id: string } }[] } }>(
      JOBS,
      { queue: 'test-failing', first: 2, after: page1.data!.backgroundJobs.pageInfo.endCursor },
      { cookie: admin },
    );
    const ids1 = page1.data!.backgroundJobs.edges.map((e) => e.node.id);
    const ids2 = page2.data!.backgroundJobs.edges.map((e) => e.node.id);
    expect(ids2.length).toBeGreaterThan(0);
    expect(ids1.filter((id) => ids2.includes(id))).toEqual([]);
  });

  it('refuses agents, bad ids and unknown jobs', async () => {
    expect(errorCode(await api.gql(`{ jobQueues { name } }`, {}, { cookie: agent }))).toBe('FORBIDDEN');
    expect(errorCode(await api.gql(`{ jobQueues { name } }`))).toBe('UNAUTHENTICATED');
    const retry = `mutation($q:String!,$id:ID!){ retryBackgroundJob(queue:$q,id:$id){ state } }`;
    expect(errorCode(await api.gql(retry, { q: 'test-failing', id: 'x' }, { cookie: agent }))).toBe('FORBIDDEN');
    const bad = await api.gql(retry, { q: 'test-failing', id: 'not-a-uuid' }, { cookie: admin });
    expect(errorCode(bad)).toBe('BAD_USER_INPUT');
    expect(bad.errors![0]!.extensions!.field).toBe('id');
    const missing = await api.gql(
      retry,
      { q: 'test-failing', id: '00000000-0000-4000-8000-000000000000' },
      { cookie: admin },
    );
    expect(errorCode(missing)).toBe('NOT_FOUND');
  });
});
