// The header bell: unread count (live), the latest notifications in a popover, links to the full list.
import { ActionIcon, Anchor, Button, Divider, Group, Indicator, Popover, Stack, Text } from '@mantine/core';
import { IconBell } from '@tabler/icons-react';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { useMarkRead, useNotificationList, useNotificationStream, useUnreadCount } from '../hooks/use-notifications.ts';
import { NotificationItem } from './notification-item.tsx';

function LatestNotifications({ onOpen }: { onOpen: () => void }) {
  const { t } = useTranslation();
  const { notifications, loading } = useNotificationList(false, 8);
  const markRead = useMarkRead();
  return (
    <Stack gap={4}>
      <Group justify="space-between">
        <Text fw={600}>{t('notifications.title')}</Text>
        <Button size="compact-xs" variant="subtle" onClick={() => void markRead('all')}>
          {t('notifications.markAllRead')}
        </Button>
      </Group>
      <Divider />
      {!loading && notifications.length === 0 && (
        <Text size="sm" c="dimmed" py="md" ta="center">
          {t('notifications.empty')}
        </Text>
      )}
      {notifications.map((n) => (
        <NotificationItem key={n.id} notification={n} onOpen={onOpen} />
      ))}
      <Divider />
      <Anchor component={Link} to="/notifications" size="sm" ta="center" onClick={onOpen}>
        {t('notifications.seeAll')}
      </Anchor>
    </Stack>
  );
}

export function NotificationBell() {
  const { t } = useTranslation();
  useNotificationStream();
  const unread = useUnreadCount();
  const [opened, setOpened] = useState(false);
  return (
    // The popover's target is the button itself (it gets aria-expanded); the unread badge sits around the popover.
    <Indicator label={unread > 99 ? '99+' : unread} size={18} disabled={unread === 0} color="red" offset={4}>
      <Popover opened={opened} onChange={setOpened} width={360} position="bottom-end" shadow="md">
        <Popover.Target>
          <ActionIcon
            variant="subtle"
            size="lg"
            aria-label={t('notifications.bell', { count: unread })}
            onClick={() => setOpened((o) => !o)}
          >
            <IconBell size={20} />
          </ActionIcon>
        </Popover.Target>
        <Popover.Dropdown>{opened && <LatestNotifications onOpen={() => setOpened(false)} />}</Popover.Dropdown>
      </Popover>
    </Indicator>
  );
}
