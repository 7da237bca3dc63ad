// The header's user menu: who is logged in, UI language, API tokens and logout.
import { Avatar, Button, Divider, Popover, Stack, Text, UnstyledButton, Group } from '@mantine/core';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { LanguageSelect } from '../../../components/language-select.tsx';
import { useCan, useSession } from '../../../lib/session.tsx';
import { useChangeLanguage } from '../hooks/use-change-language.ts';
import { useLogout } from '../hooks/use-logout.ts';

function initials(name: string): string {
  return name
    .split(/\s+/)
    .filter(Boolean)
    .slice(0, 2)
    .map((part) => part[0]!.toUpperCase())
    .join('');
}

export function UserMenu() {
  const { t, i18n } = useTranslation();
  const { user } = useSession();
  const can = useCan();
  const [opened, setOpened] = useState(false);
  const close = () => setOpened(false);
  // Controlled popover: Mantine leaves the target's click to us and reports outside clicks / Escape via onChange.
  const changeLanguage = useChangeLanguage();
  const { logout, loading } = useLogout();

  return (
    <Popover opened={opened} onChange={setOpened} position="bottom-end" width={260} shadow="md">
      <Popover.Target>
        <UnstyledButton
          onClick={() => setOpened((o) => !o)}
          // The name starts with the visible initials and name, so speech input ("click AA") finds the button.
          aria-label={t('userMenu.open', { name: `${initials(user.name)} ${user.name}` })}
          aria-haspopup="dialog"
          aria-expanded={opened}
        >
          <Group gap="xs" wrap="nowrap">
            <Avatar color="teal" radius="xl" size="sm">
              {initials(user.name)}
            </Avatar>
            <Text size="sm" fw={500} visibleFrom="sm">
              {user.name}
            </Text>
          </Group>
        </UnstyledButton>
      </Popover.Target>
      <Popover.Dropdown aria-label={t('userMenu.title')}>
        <Stack gap="sm">
          <div>
            <Text fw={600} size="sm">
              {user.name}
            </Text>
            <Text c="dimmed" size="xs">
              {user.email}
            </Text>
          </div>
          <Divider />
          <LanguageSelect size="sm" value={i18n.language} onChange={(l) => void changeLanguage(l)} />
          {can('apiTokens.use') && (
            <Button component={Link} to="/account/tokens" variant="subtle" justify="flex-start" onClick={close}>
              {t('nav.apiTokens')}
            </Button>
          )}
          <Divider />
          <Button variant="light" color="gray" loading={loading} onClick={() => void logout()}>
            {t('userMenu.logout')}
          </Button>
        </Stack>
      </Popover.Dropdown>
    </Popover>
  );
}
