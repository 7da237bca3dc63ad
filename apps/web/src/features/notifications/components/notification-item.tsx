// One notification: its text and time; opening it marks it read and goes to its record.
import { Box, Group, Indicator, Text, UnstyledButton } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { useNavigate } from 'react-router';
import { useFormatDateTime } from '../../../lib/format.ts';
import { mailErrorText } from '../../../lib/mail-error.ts';
import { useMarkRead, type NotificationRow } from '../hooks/use-notifications.ts';

/** Where its e-mail stands, when the recipient chose e-mail for the kind (the reason when it was not sent). */
function EmailState({ email }: { email: NonNullable<NotificationRow['email']> }) {
  const { t } = useTranslation();
  return (
    <Text size="xs" c={email.state === 'FAILED' ? 'red' : 'dimmed'}>
      {t(`notifications.email.${email.state}`)}
      {email.error ? ` — ${t('notifications.email.reason', { error: mailErrorText(t, email.error) })}` : ''}
    </Text>
  );
}

export function NotificationItem({ notification, onOpen }: { notification: NotificationRow; onOpen?: () => void }) {
  const navigate = useNavigate();
  const formatDateTime = useFormatDateTime();
  const markRead = useMarkRead();
  const open = () => {
    if (!notification.read) void markRead([notification.id]);
    onOpen?.();
    if (notification.link) void navigate(notification.link);
  };
  return (
    <UnstyledButton onClick={open} w="100%" p="xs" style={{ borderRadius: 4 }} aria-label={notification.text}>
      <Group gap="sm" wrap="nowrap" align="flex-start">
        <Indicator disabled={notification.read} size={8} position="middle-start" color="blue" mt={6}>
          <Box w={8} />
        </Indicator>
        <Box>
          <Text size="sm" fw={notification.read ? 400 : 600}>
            {notification.text}
          </Text>
          <Text size="xs" c="dimmed">
            {formatDateTime(notification.createdAt)}
          </Text>
          {notification.email && <EmailState email={notification.email} />}
        </Box>
      </Group>
    </UnstyledButton>
  );
}
