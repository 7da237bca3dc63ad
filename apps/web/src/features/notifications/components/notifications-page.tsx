// Notifications: the caller's full list (all or unread), mark all read, and the settings.
import { Button, Card, Grid, Group, SegmentedControl, Stack, Text } from '@mantine/core';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { ErrorAlert } from '../../../components/error-alert.tsx';
import { PageHeader } from '../../../components/page-header.tsx';
import { PageLoader } from '../../../components/page-loader.tsx';
import { useMarkRead, useNotificationList } from '../hooks/use-notifications.ts';
import { NotificationItem } from './notification-item.tsx';
import { NotificationSettingsCard } from './notification-settings-card.tsx';

export default function NotificationsPage() {
  const { t } = useTranslation();
  const [filter, setFilter] = useState<'all' | 'unread'>('all');
  const { notifications, loading, error, hasMore, loadMore, loadingMore } = useNotificationList(filter === 'unread');
  const markRead = useMarkRead();
  return (
    <>
      <PageHeader
        title={t('notifications.title')}
        actions={
          <Button variant="default" onClick={() => void markRead('all')}>
            {t('notifications.markAllRead')}
          </Button>
        }
      />
      <Grid>
        <Grid.Col span={{ base: 12, md: 8 }}>
          <Card>
            <SegmentedControl
              mb="sm"
              value={filter}
              onChange={(v) => setFilter(v as 'all' | 'unread')}
              data={[
                { value: 'all', label: t('notifications.all') },
                { value: 'unread', label: t('notifications.unread') },
              ]}
            />
            <ErrorAlert error={error} />
            {loading ? (
              <PageLoader />
            ) : notifications.length === 0 ? (
              <Text c="dimmed" ta="center" py="xl">
                {t('notifications.empty')}
              </Text>
            ) : (
              <Stack gap={2}>
                {notifications.map((n) => (
                  <NotificationItem key={n.id} notification={n} />
                ))}
              </Stack>
            )}
            {hasMore && (
              <Group justify="center" mt="md">
                <Button variant="default" loading={loadingMore} onClick={() => void loadMore()}>
                  {t('notifications.loadMore')}
                </Button>
              </Group>
            )}
          </Card>
        </Grid.Col>
        <Grid.Col span={{ base: 12, md: 4 }}>
          <NotificationSettingsCard />
        </Grid.Col>
      </Grid>
    </>
  );
}
