// A running or finished import: state, progress bar, counts, the first problems and the XLSX report; cancel.
import { useMutation, useQuery } from '@apollo/client/react';
import { Anchor, Badge, Button, Card, Group, Progress, Stack, Table, Text } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { ErrorAlert } from '../../../components/error-alert.tsx';
import { translateMessage } from '../../../lib/graphql-errors.ts';
import { fieldLabel } from '../lib/field-label.ts';
import { CancelImportMutation } from '../api/cancel-import-mutation.ts';
import { ImportJobQuery } from '../api/import-job-query.ts';

const ACTIVE = ['QUEUED', 'RUNNING'];

export function ImportJobPanel({ jobId }: { jobId: string }) {
  const { t } = useTranslation();
  const { data, error } = useQuery(ImportJobQuery, { variables: { id: jobId }, pollInterval: 1000 });
  const [cancel, { loading: cancelling }] = useMutation(CancelImportMutation);
  const job = data?.importJob;
  if (!job) return <ErrorAlert error={error} />;
  const active = ACTIVE.includes(job.state);
  const percent = job.total ? Math.round((job.processed / job.total) * 100) : active ? 0 : 100;
  return (
    <Card>
      <Stack>
        <Group justify="space-between">
          <Group gap="xs">
            <Badge>{t(`imports.state.${job.state}`)}</Badge>
            {job.dryRun && <Badge variant="outline">{t('imports.dryRun')}</Badge>}
          </Group>
          {active && (
            <Button
              variant="default"
              color="red"
              loading={cancelling}
              onClick={() => void cancel({ variables: { id: job.id } })}
            >
              {t('imports.cancel')}
            </Button>
          )}
        </Group>
        <Progress
          value={percent}
          animated={active}
          aria-label={t('imports.progress', { processed: job.processed, total: job.total ?? '…' })}
        />
        <Text size="sm">{t('imports.progress', { processed: job.processed, total: job.total ?? '…' })}</Text>
        <Text role="status">{t('imports.counts', job)}</Text>
        {job.error && <ErrorAlert message={translateMessage(t, job.error) ?? job.error} />}
        {job.dryRun && job.state === 'DONE' && <Text c="dimmed">{t('imports.dryRunDone')}</Text>}
        {!active && (
          <Anchor href={job.reportUrl} download>
            {t('imports.report')}
          </Anchor>
        )}
        {job.issues.length > 0 && (
          <Table aria-label={t('imports.report')}>
            <Table.Thead>
              <Table.Tr>
                <Table.Th>{t('imports.row')}</Table.Th>
                <Table.Th>{t('imports.field')}</Table.Th>
                <Table.Th>{t('imports.message')}</Table.Th>
              </Table.Tr>
            </Table.Thead>
            <Table.Tbody>
              {job.issues.map((i) => (
                <Table.Tr key={`${i.row}:${i.field}`}>
                  <Table.Td>{i.row}</Table.Td>
                  <Table.Td>{fieldLabel(t, i.field)}</Table.Td>
                  <Table.Td>{translateMessage(t, i.message)}</Table.Td>
                </Table.Tr>
              ))}
            </Table.Tbody>
          </Table>
        )}
      </Stack>
    </Card>
  );
}
