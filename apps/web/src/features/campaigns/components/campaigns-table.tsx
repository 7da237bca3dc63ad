// The manager's campaign list: name, agent, period, status and a progress bar per campaign; "load more" pages on.
// On a phone the key columns only: name with its agent and status under it, and progress.
import { Anchor, Button, Center, Group, Stack, Table, Text } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { useFormatDateTime } from '../../../lib/format.ts';
import { usePhone } from '../../../lib/use-phone.ts';
import type { CampaignRow } from '../hooks/use-campaign-list.ts';
import { usePeriodText } from './campaign-period.tsx';
import { CampaignProgress } from './campaign-progress.tsx';
import { CampaignStatusBadge } from './campaign-status-badge.tsx';

interface Props {
  campaigns: CampaignRow[];
  totalCount: number;
  hasMore: boolean;
  loadingMore: boolean;
  onLoadMore: () => void;
  emptyText: string;
}

export function CampaignsTable({ campaigns, totalCount, hasMore, loadingMore, onLoadMore, emptyText }: Props) {
  const { t } = useTranslation();
  const period = usePeriodText();
  const formatDateTime = useFormatDateTime();
  const phone = usePhone();
  if (campaigns.length === 0)
    return (
      <Text c="dimmed" ta="center" py="xl">
        {emptyText}
      </Text>
    );
  return (
    <Stack gap="sm">
      <Table.ScrollContainer minWidth={phone ? 0 : 860}>
        <Table verticalSpacing="sm" highlightOnHover aria-label={t('campaigns.list.tableLabel')}>
          <Table.Thead>
            <Table.Tr>
              <Table.Th>{t('campaigns.fields.name')}</Table.Th>
              {!phone && <Table.Th>{t('campaigns.fields.agent')}</Table.Th>}
              {!phone && <Table.Th>{t('campaigns.fields.period')}</Table.Th>}
              {!phone && <Table.Th>{t('campaigns.fields.status')}</Table.Th>}
              <Table.Th w={phone ? 110 : 260}>{t('campaigns.fields.progress')}</Table.Th>
              {!phone && <Table.Th>{t('campaigns.fields.createdAt')}</Table.Th>}
            </Table.Tr>
          </Table.Thead>
          <Table.Tbody>
            {campaigns.map((c) => (
              <Table.Tr key={c.id}>
                <Table.Td>
                  <Anchor component={Link} to={`/campaigns/${c.id}`} fw={600} size="sm">
                    {c.name}
                  </Anchor>
                  {phone && (
                    <Group gap={6} mt={2} wrap="wrap">
                      <Text size="xs" c="dimmed">
                        {c.agent.name}
                      </Text>
                      <CampaignStatusBadge status={c.status} />
                    </Group>
                  )}
                </Table.Td>
                {!phone && (
                  <Table.Td>
                    <Text size="sm">{c.agent.name}</Text>
                  </Table.Td>
                )}
                {!phone && (
                  <Table.Td>
                    <Text size="sm">{period(c.start, c.end)}</Text>
                  </Table.Td>
                )}
                {!phone && (
                  <Table.Td>
                    <CampaignStatusBadge status={c.status} />
                  </Table.Td>
                )}
                <Table.Td>
                  <CampaignProgress
                    progress={c.progress}
                    label={t('campaigns.progress.of', { name: c.name })}
                    size="sm"
                  />
                </Table.Td>
                {!phone && (
                  <Table.Td>
                    <Text size="sm" c="dimmed">
                      {formatDateTime(c.createdAt)}
                    </Text>
                  </Table.Td>
                )}
              </Table.Tr>
            ))}
          </Table.Tbody>
        </Table>
      </Table.ScrollContainer>
      <Center>
        <Stack gap={4} align="center">
          <Text size="xs" c="dimmed">
            {t('campaigns.list.shown', { shown: campaigns.length, total: totalCount })}
          </Text>
          {hasMore && (
            <Button variant="default" size="xs" loading={loadingMore} onClick={onLoadMore}>
              {t('common.loadMore')}
            </Button>
          )}
        </Stack>
      </Center>
    </Stack>
  );
}
