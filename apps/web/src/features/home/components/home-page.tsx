// The start page: a greeting, the user's account at a glance and shortcuts to what exists so far.
import { Anchor, Badge, Card, Group, SimpleGrid, Stack, Text, Title } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { useCan, useSession } from '../../../lib/session.tsx';

const UPCOMING = ['clients', 'activities', 'calendar', 'campaigns', 'reports'] as const;

export function HomePage() {
  const { t } = useTranslation();
  const { user, permissions } = useSession();
  const can = useCan();

  return (
    <Stack gap="lg">
      <Stack gap={4}>
        <Title order={1} size="h2">
          {t('home.welcome', { name: user.name })}
        </Title>
        <Text c="dimmed">{t('home.intro')}</Text>
      </Stack>
      <SimpleGrid cols={{ base: 1, md: 3 }}>
        <Card>
          <Title order={2} size="h4" mb="sm">
            {t('home.account.title')}
          </Title>
          <Stack gap={6}>
            <Text size="sm">
              <Text span c="dimmed">
                {t('home.account.email')}:{' '}
              </Text>
              {user.email}
            </Text>
            <Text size="sm">
              <Text span c="dimmed">
                {t('home.account.language')}:{' '}
              </Text>
              {t(`language.${user.locale}`)}
            </Text>
            <Text size="sm">
              <Text span c="dimmed">
                {t('home.account.timeZone')}:{' '}
              </Text>
              {user.timeZone}
            </Text>
            <Text size="sm">
              <Text span c="dimmed">
                {t('home.account.permissions')}:{' '}
              </Text>
              {permissions.length}
            </Text>
          </Stack>
        </Card>
        <Card>
          <Title order={2} size="h4" mb="sm">
            {t('home.shortcuts.title')}
          </Title>
          <Stack gap={6}>
            {can('users.read') && (
              <Anchor component={Link} to="/admin/users" size="sm">
                {t('nav.users')}
              </Anchor>
            )}
            {can('profiles.manage') && (
              <Anchor component={Link} to="/admin/profiles" size="sm">
                {t('nav.profiles')}
              </Anchor>
            )}
            {can('apiTokens.use') && (
              <Anchor component={Link} to="/account/tokens" size="sm">
                {t('nav.apiTokens')}
              </Anchor>
            )}
            {!can('users.read') && !can('profiles.manage') && !can('apiTokens.use') && (
              <Text size="sm" c="dimmed">
                {t('home.shortcuts.none')}
              </Text>
            )}
          </Stack>
        </Card>
        <Card>
          <Title order={2} size="h4" mb="sm">
            {t('home.upcoming.title')}
          </Title>
          <Text size="sm" c="dimmed" mb="sm">
            {t('home.upcoming.body')}
          </Text>
          <Group gap={6}>
            {UPCOMING.map((module) => (
              <Badge key={module} variant="light" color="gray">
                {t(`nav.${module}`)}
              </Badge>
            ))}
          </Group>
        </Card>
      </SimpleGrid>
    </Stack>
  );
}
