// Queues and jobs for the admin page, refreshed every few seconds while it is open.
import { useQuery } from '@apollo/client/react';
import type { ResultOf } from '../../../lib/graphql-types.ts';
import { useKeysetConnection } from '../../../lib/use-keyset-connection.ts';
import { BackgroundJobsQuery } from '../api/background-jobs-query.ts';
import { JobQueuesQuery } from '../api/job-queues-query.ts';

const POLL_MS = 5000;

export function useJobQueues() {
  const { data, loading, error, refetch } = useQuery(JobQueuesQuery, { pollInterval: POLL_MS });
  return { queues: data?.jobQueues ?? [], loading: loading && !data, error, refetch };
}

type Data = ResultOf<typeof BackgroundJobsQuery>;
export type BackgroundJobState = Data['backgroundJobs']['edges'][number]['node']['state'];
const select = (data: Data) => data.backgroundJobs;

export function useBackgroundJobs(queue: string | null, states: BackgroundJobState[]) {
  const { rows, ...list } = useKeysetConnection(BackgroundJobsQuery, {
    variables: { queue, states: states.length ? states : null, first: 50 },
    select,
  });
  return { ...list, jobs: rows };
}

export type BackgroundJobRow = ReturnType<typeof useBackgroundJobs>['jobs'][number];
