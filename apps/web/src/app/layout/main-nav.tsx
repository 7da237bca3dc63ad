// The navbar: modules (unbuilt ones disabled) and, for administrators, the administration section.
import { NavLink, Stack, Text } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { Link, useLocation } from 'react-router';
import { useCan } from '../../lib/session.tsx';
import { ADMIN_NAV, MAIN_NAV, type NavItem } from './nav-items.ts';

function isActive(pathname: string, to: string): boolean {
  return to === '/' ? pathname === '/' : pathname === to || pathname.startsWith(`${to}/`);
}

function NavEntry({ item, onNavigate }: { item: NavItem; onNavigate?: () => void }) {
  const { t } = useTranslation();
  const { pathname } = useLocation();
  if (item.comingSoon) {
    return (
      // The description says it (no tooltip: floating-ui stays out of the first load).
      <NavLink
        component="button"
        type="button"
        label={t(item.label)}
        description={t('nav.comingSoon')}
        disabled
        aria-disabled="true"
      />
    );
  }
  const active = isActive(pathname, item.to);
  return (
    <NavLink
      component={Link}
      to={item.to}
      label={t(item.label)}
      active={active}
      aria-current={active ? 'page' : undefined}
      onClick={onNavigate}
    />
  );
}

export function MainNav({ onNavigate }: { onNavigate?: () => void }) {
  const { t } = useTranslation();
  const can = useCan();
  const admin = ADMIN_NAV.filter((item) => !item.permission || can(item.permission));
  return (
    <Stack gap="lg" component="nav" aria-label={t('nav.label')}>
      <Stack gap={2}>
        {MAIN_NAV.filter((item) => !item.permission || can(item.permission)).map((item) => (
          <NavEntry key={item.to} item={item} onNavigate={onNavigate} />
        ))}
      </Stack>
      {admin.length > 0 && (
        <Stack gap={2} role="group" aria-labelledby="nav-admin-heading">
          <Text id="nav-admin-heading" size="xs" fw={700} c="dimmed" tt="uppercase" px="sm" mb={4}>
            {t('nav.administration')}
          </Text>
          {admin.map((item) => (
            <NavEntry key={item.to} item={item} onNavigate={onNavigate} />
          ))}
        </Stack>
      )}
    </Stack>
  );
}
