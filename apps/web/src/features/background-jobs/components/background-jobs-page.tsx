// Administration › Background jobs: queues with their counts, jobs with their errors, retry and cancel one.
import { useMutation } from '@apollo/client/react';
import { Badge, Button, Card, Group, MultiSelect, Select, Text } from '@mantine/core';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { AdminTable, type AdminAction } from '../../../components/admin-table.tsx';
import { PageHeader } from '../../../components/page-header.tsx';
import { useFormatDateTime } from '../../../lib/format.ts';
import { errorText } from '../../../lib/graphql-errors.ts';
import { notifyError, notifySuccess } from '../../../lib/notify.ts';
import { CancelBackgroundJobMutation, RetryBackgroundJobMutation } from '../api/job-actions-mutation.ts';
import {
  useBackgroundJobs,
  useJobQueues,
  type BackgroundJobRow,
  type BackgroundJobState,
} from '../hooks/use-background-jobs.ts';

const STATES: BackgroundJobState[] = ['CREATED', 'RETRY', 'ACTIVE', 'FAILED', 'COMPLETED', 'CANCELLED'];
const STATE_COLOR: Record<BackgroundJobState, string> = {
  CREATED: 'blue',
  RETRY: 'orange',
  ACTIVE: 'teal',
  FAILED: 'red',
  COMPLETED: 'gray',
  CANCELLED: 'gray',
};

function QueuesTable() {
  const { t } = useTranslation();
  const { queues, loading, error } = useJobQueues();
  return (
    <Card mb="lg">
      <AdminTable
        label={t('jobs.queuesLabel')}
        rows={queues}
        rowKey={(q) => q.name}
        loading={loading}
        error={error}
        empty=""
        columns={[
          { header: t('jobs.queue'), cell: (q) => q.name },
          { header: t('jobs.counts.queued'), cell: (q) => q.queued },
          { header: t('jobs.counts.active'), cell: (q) => q.active },
          {
            header: t('jobs.counts.failed'),
            cell: (q) => (q.failed > 0 ? <Text c="red">{q.failed}</Text> : q.failed),
          },
          { header: t('jobs.counts.completed'), cell: (q) => q.completed },
        ]}
      />
    </Card>
  );
}

const canRetry = (job: BackgroundJobRow) => job.state === 'FAILED' || job.state === 'CANCELLED';
const canCancel = (job: BackgroundJobRow) => job.state === 'CREATED' || job.state === 'RETRY' || job.state === 'ACTIVE';

/** Retry and cancel as the table's row actions, each with its notice. */
function useJobActions(): AdminAction<BackgroundJobRow>[] {
  const { t } = useTranslation();
  const [retry] = useMutation(RetryBackgroundJobMutation);
  const [cancel] = useMutation(CancelBackgroundJobMutation);
  const run = async (action: () => Promise<unknown>, done: string) => {
    try {
      await action();
      notifySuccess(t(done));
    } catch (e) {
      notifyError(errorText(t, e));
    }
  };
  const variables = (job: BackgroundJobRow) => ({ queue: job.queue, id: job.id });
  return [
    {
      label: t('jobs.retry'),
      name: (job) => t('jobs.retryNamed', { id: job.id }),
      onClick: (job) => void run(() => retry({ variables: variables(job) }), 'jobs.retried'),
      hidden: (job) => !canRetry(job),
    },
    {
      label: t('jobs.cancel'),
      name: (job) => t('jobs.cancelNamed', { id: job.id }),
      color: 'red',
      onClick: (job) => void run(() => cancel({ variables: variables(job) }), 'jobs.cancelled'),
      hidden: (job) => !canCancel(job),
    },
  ];
}

export default function BackgroundJobsPage() {
  const { t } = useTranslation();
  const formatDateTime = useFormatDateTime();
  const { queues } = useJobQueues();
  const [queue, setQueue] = useState<string | null>(null);
  const [states, setStates] = useState<BackgroundJobState[]>(['FAILED', 'ACTIVE', 'RETRY']);
  const { jobs, loading, error, hasMore, loadMore, loadingMore, totalCount } = useBackgroundJobs(queue, states);
  const actions = useJobActions();
  const toolbar = (
    <Group align="flex-end">
      <Select
        label={t('jobs.queue')}
        placeholder={t('jobs.allQueues')}
        clearable
        data={queues.map((q) => q.name)}
        value={queue}
        onChange={setQueue}
      />
      <MultiSelect
        label={t('jobs.states')}
        data={STATES.map((s) => ({ value: s, label: t(`jobs.state.${s}`) }))}
        value={states}
        onChange={(v) => setStates(v as BackgroundJobState[])}
        miw={280}
      />
      <Text size="sm" c="dimmed">
        {t('jobs.count', { count: totalCount })}
      </Text>
    </Group>
  );
  const footer = hasMore && (
    <Group justify="center">
      <Button variant="default" loading={loadingMore} onClick={() => void loadMore()}>
        {t('jobs.loadMore')}
      </Button>
    </Group>
  );
  return (
    <>
      <PageHeader title={t('jobs.title')} description={t('jobs.description')} />
      <QueuesTable />
      <Card>
        <AdminTable
          label={t('jobs.jobsLabel')}
          rows={jobs}
          rowKey={(job) => job.id}
          loading={loading}
          error={error}
          empty={t('jobs.empty')}
          minWidth={820}
          toolbar={toolbar}
          footer={footer}
          actions={actions}
          columns={[
            { header: t('jobs.queue'), cell: (job) => job.queue },
            {
              header: t('jobs.stateLabel'),
              cell: (job) => (
                <Badge color={STATE_COLOR[job.state]} variant="light">
                  {t(`jobs.state.${job.state}`)}
                </Badge>
              ),
            },
            { header: t('jobs.createdAt'), cell: (job) => formatDateTime(job.createdAt) },
            { header: t('jobs.attempts'), cell: (job) => `${job.retryCount + 1} / ${job.retryLimit + 1}` },
            {
              header: t('jobs.error'),
              cell: (job) => (
                <Text size="sm" c="red" lineClamp={3} style={{ wordBreak: 'break-word' }}>
                  {job.error}
                </Text>
              ),
            },
          ]}
        />
      </Card>
    </>
  );
}
