// A record's Changes tab (clients, persons, activities, opportunities): who changed which field, from what to what.
import { Button, Group, Stack, Text } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { ErrorAlert } from '../../../components/error-alert.tsx';
import { PageLoader } from '../../../components/page-loader.tsx';
import { useAuditLog } from '../hooks/use-audit-log.ts';
import { AuditEntryBlock } from './audit-entry.tsx';

export type ChangesTabProps = {
  /** The record's global id. */
  recordId: string;
  kind: 'CLIENT' | 'PERSON' | 'ACTIVITY' | 'OPPORTUNITY';
};

export function ChangesTab({ recordId, kind }: ChangesTabProps) {
  const { t } = useTranslation();
  const { entries, loading, error, hasMore, loadMore, loadingMore } = useAuditLog({ recordId });
  if (loading && !entries.length) return <PageLoader />;
  return (
    <Stack gap={0}>
      <ErrorAlert error={error} />
      {!entries.length && !error && <Text c="dimmed">{t('audit.noChanges')}</Text>}
      {entries.map((entry) => (
        <AuditEntryBlock key={entry.id} entry={entry} kind={kind} />
      ))}
      {hasMore && (
        <Group justify="center" mt="sm">
          <Button variant="default" loading={loadingMore} onClick={() => void loadMore()}>
            {t('audit.loadMore')}
          </Button>
        </Group>
      )}
    </Stack>
  );
}
