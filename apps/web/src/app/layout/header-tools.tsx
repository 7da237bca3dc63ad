// The header's right side: the notification bell and the user menu. Their popovers (floating-ui), the language
// select and the notification queries load in their own chunk, next to the page's, not in the first load.
import { Group } from '@mantine/core';
import { UserMenu } from '../../features/auth/components/user-menu.tsx';
import { NotificationBell } from '../../features/notifications/components/notification-bell.tsx';

export default function HeaderTools() {
  return (
    <Group gap="xs" wrap="nowrap">
      <NotificationBell />
      <UserMenu />
    </Group>
  );
}
