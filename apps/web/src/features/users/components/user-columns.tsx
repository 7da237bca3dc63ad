// The users list's columns: name, e-mail, profiles, status, language.
import { Badge, Group } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import type { AdminColumn } from '../../../components/admin-table.tsx';
import { profileName } from '../../../lib/profile-label.ts';
import type { UserRow } from '../hooks/use-users.ts';

export function useUserColumns(): [AdminColumn<UserRow>, ...AdminColumn<UserRow>[]] {
  const { t } = useTranslation();
  return [
    { header: t('users.fields.name'), cell: (u) => u.name },
    { header: t('users.fields.email'), cell: (u) => u.email },
    {
      header: t('users.fields.profiles'),
      cell: (u) => (
        <Group gap={4}>
          {u.profiles.map((p) => (
            <Badge key={p.id} variant="light" size="sm">
              {profileName(t, p)}
            </Badge>
          ))}
        </Group>
      ),
    },
    {
      header: t('users.fields.status'),
      cell: (u) => (
        <Badge color={u.active ? 'teal' : 'gray'} variant="dot">
          {u.active ? t('users.status.active') : t('users.status.disabled')}
        </Badge>
      ),
    },
    { header: t('users.fields.locale'), cell: (u) => t(`language.${u.locale}`), hideOnPhone: true },
  ];
}
