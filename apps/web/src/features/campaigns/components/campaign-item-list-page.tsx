// Campaign items across campaigns, opened from a report cell over campaign items: exactly the items the cell counted
// (the filter in the address, lib/record-list-links.ts), with a way back to all items.
import { Button, Card, Group, Loader, Stack, Text, Title } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { ErrorAlert } from '../../../components/error-alert.tsx';
import { LinkFilterNotice, REPORT_LINK_TEXTS } from '../../../components/link-filter-notice.tsx';
import { decodeCampaignItemFilter } from '../../../lib/record-list-links.ts';
import { useLinkFilter } from '../../../lib/use-link-filter.ts';
import { useCampaignItemList } from '../hooks/use-campaign-item-list.ts';
import { CampaignItemsTable } from './campaign-items-table.tsx';

const NONE = new Set<string>();
const ignore = () => undefined;

export default function CampaignItemListPage() {
  const { t, i18n } = useTranslation();
  const link = useLinkFilter(decodeCampaignItemFilter);
  const list = useCampaignItemList(link.filter);
  const number = new Intl.NumberFormat(i18n.language);
  return (
    <Stack gap="md">
      <Title order={1} size="h2">
        {t('campaignItemList.title')}
      </Title>
      <LinkFilterNotice applied={!!link.filter} invalid={link.invalid} onClear={link.clear} texts={REPORT_LINK_TEXTS} />
      <Card padding="md" withBorder>
        <Stack gap="sm">
          <ErrorAlert error={list.error} />
          {list.loading ? (
            <Group justify="center" py="xl">
              <Loader size="sm" />
            </Group>
          ) : list.items.length === 0 ? (
            <Text c="dimmed" ta="center" py="xl">
              {t('campaignItemList.empty')}
            </Text>
          ) : (
            <CampaignItemsTable
              items={list.items}
              selected={NONE}
              onToggle={ignore}
              onToggleAll={ignore}
              selectable={false}
            />
          )}
          <Group justify="center" gap="sm">
            <Text size="xs" c="dimmed">
              {t('campaignItemList.shown', {
                shown: number.format(list.items.length),
                total: number.format(list.totalCount),
              })}
            </Text>
            {list.hasMore && (
              <Button variant="default" size="xs" loading={list.loadingMore} onClick={list.loadMore}>
                {t('common.loadMore')}
              </Button>
            )}
          </Group>
        </Stack>
      </Card>
    </Stack>
  );
}
