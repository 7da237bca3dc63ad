// The client page's Opportunities tab: the client's opportunities (newest first) and "new opportunity".
import { Button, Group, Stack, Text } from '@mantine/core';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { ErrorAlert } from '../../../components/error-alert.tsx';
import { PageLoader } from '../../../components/page-loader.tsx';
import { useCan } from '../../../lib/session.tsx';
import { useOpportunityList } from '../hooks/use-opportunity-list.ts';
import { OpportunitiesTable } from './opportunities-table.tsx';
import { OpportunityFormModal } from './opportunity-form-modal.tsx';

export function ClientOpportunitiesTab({ clientId, canWrite }: { clientId: string; canWrite: boolean }) {
  const { t } = useTranslation();
  const can = useCan();
  const [creating, setCreating] = useState(false);
  const list = useOpportunityList({
    filter: { clientId },
    orderBy: [{ field: 'CREATED_AT', direction: 'DESC' }],
    first: 50,
  });
  if (list.loading) return <PageLoader />;
  return (
    <Stack>
      <Group justify="space-between">
        <Text size="sm" c="dimmed">
          {t('opportunities.clientTab.count', { n: list.totalCount })}
        </Text>
        <Group>
          <Button component={Link} to={`/opportunities?client=${encodeURIComponent(clientId)}`} variant="default">
            {t('opportunities.clientTab.board')}
          </Button>
          {canWrite && can('opportunities.write') && (
            <Button onClick={() => setCreating(true)}>{t('opportunities.new')}</Button>
          )}
        </Group>
      </Group>
      <ErrorAlert error={list.error} />
      <OpportunitiesTable rows={list.rows} showClient={false} />
      {list.hasMore && (
        <Button variant="subtle" onClick={() => void list.loadMore()} loading={list.loadingMore}>
          {t('opportunities.list.more')}
        </Button>
      )}
      <OpportunityFormModal
        opened={creating}
        clientId={clientId}
        onClose={() => setCreating(false)}
        onSaved={() => void list.refetch()}
      />
    </Stack>
  );
}
