// The caller's notification settings: a channel per kind, the reminder lead time.
import { useMutation, useQuery } from '@apollo/client/react';
import { Card, Group, NumberInput, Select, Stack, Text, Title } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { errorText } from '../../../lib/graphql-errors.ts';
import { notifyError, notifySuccess } from '../../../lib/notify.ts';
import { NotificationSettingsQuery, UpdateNotificationSettingsMutation } from '../api/notification-settings.ts';

const CHANNELS = ['IN_APP', 'EMAIL', 'OFF'] as const;
type Channel = (typeof CHANNELS)[number];

export function NotificationSettingsCard() {
  const { t } = useTranslation();
  const { data } = useQuery(NotificationSettingsQuery);
  const [update] = useMutation(UpdateNotificationSettingsMutation);
  const settings = data?.notificationSettings;
  type Kind = NonNullable<typeof settings>['kinds'][number]['kind'];
  const save = async (input: { kinds?: { kind: Kind; channel: Channel }[]; reminderMinutes?: number }) => {
    try {
      await update({ variables: { input } });
      notifySuccess(t('notifications.settingsSaved'));
    } catch (e) {
      notifyError(errorText(t, e));
    }
  };
  if (!settings) return null;
  return (
    <Card>
      <Title order={2} size="h4" mb="sm">
        {t('notifications.settings')}
      </Title>
      <Stack gap="xs">
        {settings.kinds.map((k) => (
          <Group key={k.kind} justify="space-between" wrap="nowrap">
            <Text size="sm">{t(`notifications.kind.${k.kind}`)}</Text>
            <Select
              aria-label={t(`notifications.kind.${k.kind}`)}
              w={160}
              style={{ flexShrink: 0 }}
              allowDeselect={false}
              data={CHANNELS.map((c) => ({ value: c, label: t(`notifications.channel.${c}`) }))}
              value={k.channel}
              onChange={(v) => v && void save({ kinds: [{ kind: k.kind, channel: v as Channel }] })}
            />
          </Group>
        ))}
        <NumberInput
          label={t('notifications.reminderMinutes')}
          description={t('notifications.reminderHint')}
          min={0}
          max={10080}
          defaultValue={settings.reminderMinutes}
          onBlur={(e) => {
            const value = Number(e.currentTarget.value);
            if (Number.isInteger(value) && value !== settings.reminderMinutes) void save({ reminderMinutes: value });
          }}
        />
      </Stack>
    </Card>
  );
}
