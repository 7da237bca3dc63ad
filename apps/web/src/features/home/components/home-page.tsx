// The start page: a greeting, the user's agenda (plugged in by the app, from the activities feature), the account at
// a glance and shortcuts.
import { Anchor, Card, Grid, Stack, Text, Title } from '@mantine/core';
import { Suspense, type ComponentType } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { PageLoader } from '../../../components/page-loader.tsx';
import { useCan, useSession } from '../../../lib/session.tsx';

function AccountCard() {
  const { t } = useTranslation();
  const { user, permissions } = useSession();
  const rows = [
    [t('home.account.email'), user.email],
    [t('home.account.language'), t(`language.${user.locale}`)],
    [t('home.account.timeZone'), user.timeZone],
    [t('home.account.permissions'), String(permissions.length)],
  ];
  return (
    <Card>
      <Title order={2} size="h4" mb="sm">
        {t('home.account.title')}
      </Title>
      <Stack gap={6}>
        {rows.map(([label, value]) => (
          <Text size="sm" key={label}>
            <Text span c="dimmed">
              {label}:{' '}
            </Text>
            {value}
          </Text>
        ))}
      </Stack>
    </Card>
  );
}

function ShortcutsCard() {
  const { t } = useTranslation();
  const can = useCan();
  const links = [
    { to: '/activities', label: 'nav.activities', allowed: can('activities.read') },
    { to: '/clients', label: 'nav.clients', allowed: can('clients.read') },
    { to: '/clients/new', label: 'home.shortcuts.newClient', allowed: can('clients.write') },
    { to: '/admin/users', label: 'nav.users', allowed: can('users.read') },
    { to: '/admin/profiles', label: 'nav.profiles', allowed: can('profiles.manage') },
    { to: '/account/tokens', label: 'nav.apiTokens', allowed: can('apiTokens.use') },
  ].filter((l) => l.allowed);
  return (
    <Card>
      <Title order={2} size="h4" mb="sm">
        {t('home.shortcuts.title')}
      </Title>
      <Stack gap={6}>
        {links.map((l) => (
          <Anchor key={l.to} component={Link} to={l.to} size="sm">
            {t(l.label)}
          </Anchor>
        ))}
        {!links.length && (
          <Text size="sm" c="dimmed">
            {t('home.shortcuts.none')}
          </Text>
        )}
      </Stack>
    </Card>
  );
}

export function HomePage({
  agenda: Agenda,
  celebrations: Celebrations,
  pinnedReports: PinnedReports,
}: {
  agenda?: ComponentType;
  /** Birthdays and name days of my clients' persons (plugged in by the app from the celebrations feature). */
  celebrations?: ComponentType;
  /** The viewer's pinned saved reports with their totals (plugged in by the app from the reports feature). */
  pinnedReports?: ComponentType;
}) {
  const { t } = useTranslation();
  const { user } = useSession();
  const can = useCan();
  const showAgenda = !!Agenda && can('activities.read');
  return (
    <Stack gap="lg">
      <Stack gap={4}>
        <Title order={1} size="h2">
          {t('home.welcome', { name: user.name })}
        </Title>
        <Text c="dimmed">{showAgenda ? t('home.introAgenda') : t('home.intro')}</Text>
      </Stack>
      <Grid>
        {showAgenda && (
          <Grid.Col span={{ base: 12, lg: 8 }}>
            <Suspense fallback={<PageLoader />}>
              <Agenda />
            </Suspense>
          </Grid.Col>
        )}
        <Grid.Col span={{ base: 12, lg: showAgenda ? 4 : 12 }}>
          <Stack gap="lg">
            {Celebrations && can('clients.read') && (
              <Suspense fallback={null}>
                <Celebrations />
              </Suspense>
            )}
            {PinnedReports && can('reports.read') && (
              <Suspense fallback={null}>
                <PinnedReports />
              </Suspense>
            )}
            <ShortcutsCard />
            <AccountCard />
          </Stack>
        </Grid.Col>
      </Grid>
    </Stack>
  );
}
