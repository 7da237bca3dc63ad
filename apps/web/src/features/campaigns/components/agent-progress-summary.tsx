// The manager's per-agent overview above the campaign list: campaigns and progress of each agent.
import { useQuery } from '@apollo/client/react';
import { Card, SimpleGrid, Skeleton, Text, Title } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { ErrorAlert } from '../../../components/error-alert.tsx';
import { CampaignProgressByAgentQuery } from '../api/campaign-progress-by-agent-query.ts';
import type { CampaignFilterInput } from '../api/campaigns-query.ts';
import { CampaignProgress } from './campaign-progress.tsx';

export function AgentProgressSummary({ filter }: { filter: CampaignFilterInput | null }) {
  const { t } = useTranslation();
  const { data, loading, error } = useQuery(CampaignProgressByAgentQuery, {
    variables: { filter },
    fetchPolicy: 'cache-and-network',
  });
  const rows = data?.campaignProgressByAgent ?? [];
  // Nothing to sum up: the list below says there are no campaigns.
  if (data && rows.length === 0 && !error) return null;
  return (
    <section aria-labelledby="agent-summary-heading">
      <Title order={2} size="h4" mb="sm" id="agent-summary-heading">
        {t('campaigns.list.byAgent')}
      </Title>
      <ErrorAlert error={error} />
      {loading && !data ? (
        <Skeleton h={84} radius="md" />
      ) : (
        <SimpleGrid cols={{ base: 1, sm: 2, lg: 3 }} spacing="sm">
          {rows.map((row) => (
            <Card key={row.agent.id} padding="sm" withBorder component="article" aria-label={row.agent.name}>
              <Text fw={600} size="sm" truncate>
                {row.agent.name}
              </Text>
              <Text size="xs" c="dimmed" mb={6}>
                {t('campaigns.list.campaignCount', { count: row.campaigns })}
              </Text>
              <CampaignProgress
                progress={row.progress}
                label={t('campaigns.progress.ofAgent', { name: row.agent.name })}
                size="sm"
              />
            </Card>
          ))}
        </SimpleGrid>
      )}
    </section>
  );
}
