// The logged-in shell: header with brand and user menu, navbar, and the routed page.
import { Anchor, AppShell, Burger, Group, Text } from '@mantine/core';
import { useDisclosure } from '@mantine/hooks';
import { lazy, Suspense } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, Outlet } from 'react-router';
import { PageLoader } from '../../components/page-loader.tsx';
import { BrandMark } from '../../features/auth/components/brand-mark.tsx';
import { MainNav } from './main-nav.tsx';

const HeaderTools = lazy(() => import('./header-tools.tsx'));

export function AppLayout() {
  const { t } = useTranslation();
  const [opened, { toggle, close }] = useDisclosure(false);
  return (
    <AppShell
      header={{ height: 56 }}
      navbar={{ width: 240, breakpoint: 'sm', collapsed: { mobile: !opened } }}
      padding={{ base: 'sm', sm: 'lg' }}
    >
      <AppShell.Header>
        <Group h="100%" px="md" justify="space-between" wrap="nowrap">
          <Group gap="sm" wrap="nowrap">
            <Burger opened={opened} onClick={toggle} hiddenFrom="sm" size="sm" aria-label={t('nav.toggle')} />
            <Anchor component={Link} to="/" underline="never" c="inherit">
              <Group gap={8} wrap="nowrap">
                <BrandMark />
                <Text fw={700} size="lg">
                  {t('app.name')}
                </Text>
              </Group>
            </Anchor>
          </Group>
          <Suspense fallback={null}>
            <HeaderTools />
          </Suspense>
        </Group>
      </AppShell.Header>
      <AppShell.Navbar p="sm">
        <MainNav onNavigate={close} />
      </AppShell.Navbar>
      <AppShell.Main bg="gray.0">
        <Suspense fallback={<PageLoader />}>
          <Outlet />
        </Suspense>
      </AppShell.Main>
    </AppShell>
  );
}
