// Administration › Background jobs: queues with their counts, jobs with their errors, retry and cancel one.
import { useMutation } from '@apollo/client/react';
import { Badge, Button, Card, Group, MultiSelect, Select, Table, Text } from '@mantine/core';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { ErrorAlert } from '../../../components/error-alert.tsx';
import { PageHeader } from '../../../components/page-header.tsx';
import { PageLoader } from '../../../components/page-loader.tsx';
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
  if (loading) return <PageLoader />;
  return (
    <Card mb="lg">
      <ErrorAlert error={error} />
      <Table.ScrollContainer minWidth={640}>
        <Table striped aria-label={t('jobs.queuesLabel')}>
          <Table.Thead>
            <Table.Tr>
              <Table.Th scope="col">{t('jobs.queue')}</Table.Th>
              <Table.Th scope="col">{t('jobs.counts.queued')}</Table.Th>
              <Table.Th scope="col">{t('jobs.counts.active')}</Table.Th>
              <Table.Th scope="col">{t('jobs.counts.failed')}</Table.Th>
              <Table.Th scope="col">{t('jobs.counts.completed')}</Table.Th>
            </Table.Tr>
          </Table.Thead>
          <Table.Tbody>
            {queues.map((q) => (
              <Table.Tr key={q.name}>
                <Table.Th scope="row" fw={500}>
                  {q.name}
                </Table.Th>
                <Table.Td>{q.queued}</Table.Td>
                <Table.Td>{q.active}</Table.Td>
                <Table.Td c={q.failed > 0 ? 'red' : undefined}>{q.failed}</Table.Td>
                <Table.Td>{q.completed}</Table.Td>
              </Table.Tr>
            ))}
          </Table.Tbody>
        </Table>
      </Table.ScrollContainer>
    </Card>
  );
}

function JobActions({ job }: { job: BackgroundJobRow }) {
  const { t } = useTranslation();
  const [retry, { loading: retrying }] = useMutation(RetryBackgroundJobMutation);
  const [cancel, { loading: cancelling }] = useMutation(CancelBackgroundJobMutation);
  const variables = { queue: job.queue, id: job.id };
  const run = async (action: () => Promise<unknown>, done: string) => {
    try {
      await action();
      notifySuccess(t(done));
    } catch (e) {
      notifyError(errorText(t, e));
    }
  };
  const canRetry = job.state === 'FAILED' || job.state === 'CANCELLED';
  const canCancel = job.state === 'CREATED' || job.state === 'RETRY' || job.state === 'ACTIVE';
  return (
    <Group gap="xs" wrap="nowrap">
      {canRetry && (
        <Button
          size="xs"
          variant="light"
          loading={retrying}
          onClick={() => void run(() => retry({ variables }), 'jobs.retried')}
        >
          {t('jobs.retry')}
        </Button>
      )}
      {canCancel && (
        <Button
          size="xs"
          variant="subtle"
          color="red"
          loading={cancelling}
          onClick={() => void run(() => cancel({ variables }), 'jobs.cancelled')}
        >
          {t('jobs.cancel')}
        </Button>
      )}
    </Group>
  );
}

export default function BackgroundJobsPage() {
  const { t } = useTranslation();
  const formatDateTime = useFormatDateTime();
  const { queues } = useJobQueues();
  const [queue, setQueue] = useState<string | null>(null);
  const [states, setStates] = useState<BackgroundJobState[]>(['FAILED', 'ACTIVE', 'RETRY']);
  const { jobs, loading, error, hasMore, loadMore, loadingMore, totalCount } = useBackgroundJobs(queue, states);
  return (
    <>
      <PageHeader title={t('jobs.title')} description={t('jobs.description')} />
      <QueuesTable />
      <Card>
        <Group mb="md" align="flex-end">
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
        <ErrorAlert error={error} />
        {loading ? (
          <PageLoader />
        ) : jobs.length === 0 ? (
          <Text c="dimmed" ta="center" py="xl">
            {t('jobs.empty')}
          </Text>
        ) : (
          <Table.ScrollContainer minWidth={820}>
            <Table striped verticalSpacing="sm" aria-label={t('jobs.jobsLabel')}>
              <Table.Thead>
                <Table.Tr>
                  <Table.Th scope="col">{t('jobs.queue')}</Table.Th>
                  <Table.Th scope="col">{t('jobs.stateLabel')}</Table.Th>
                  <Table.Th scope="col">{t('jobs.createdAt')}</Table.Th>
                  <Table.Th scope="col">{t('jobs.attempts')}</Table.Th>
                  <Table.Th scope="col">{t('jobs.error')}</Table.Th>
                  <Table.Th scope="col">{t('common.actions')}</Table.Th>
                </Table.Tr>
              </Table.Thead>
              <Table.Tbody>
                {jobs.map((job) => (
                  <Table.Tr key={job.id}>
                    <Table.Td>{job.queue}</Table.Td>
                    <Table.Td>
                      <Badge color={STATE_COLOR[job.state]} variant="light">
                        {t(`jobs.state.${job.state}`)}
                      </Badge>
                    </Table.Td>
                    <Table.Td>{formatDateTime(job.createdAt)}</Table.Td>
                    <Table.Td>
                      {job.retryCount + 1} / {job.retryLimit + 1}
                    </Table.Td>
                    <Table.Td>
                      <Text size="sm" c="red" lineClamp={3} style={{ wordBreak: 'break-word' }}>
                        {job.error}
                      </Text>
                    </Table.Td>
                    <Table.Td>
                      <JobActions job={job} />
                    </Table.Td>
                  </Table.Tr>
                ))}
              </Table.Tbody>
            </Table>
          </Table.ScrollContainer>
        )}
        {hasMore && (
          <Group justify="center" mt="md">
            <Button variant="default" loading={loadingMore} onClick={() => void loadMore()}>
              {t('jobs.loadMore')}
            </Button>
          </Group>
        )}
      </Card>
    </>
  );
}
