// The users table: name, e-mail, profiles, status, language and (for managers) row actions.
import { Badge, Button, Group, Table, Text } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import type { UserRow } from '../hooks/use-users.ts';

interface Props {
  users: UserRow[];
  canManage: boolean;
  onEdit: (user: UserRow) => void;
  onToggleActive: (user: UserRow) => void;
}

export function UsersTable({ users, canManage, onEdit, onToggleActive }: Props) {
  const { t } = useTranslation();
  return (
    <Table.ScrollContainer minWidth={760}>
      <Table striped highlightOnHover verticalSpacing="sm" aria-label={t('users.tableLabel')}>
        <Table.Thead>
          <Table.Tr>
            <Table.Th scope="col">{t('users.fields.name')}</Table.Th>
            <Table.Th scope="col">{t('users.fields.email')}</Table.Th>
            <Table.Th scope="col">{t('users.fields.profiles')}</Table.Th>
            <Table.Th scope="col">{t('users.fields.status')}</Table.Th>
            <Table.Th scope="col">{t('users.fields.locale')}</Table.Th>
            {canManage && (
              <Table.Th scope="col">
                <Text span size="sm" fw={700}>
                  {t('common.actions')}
                </Text>
              </Table.Th>
            )}
          </Table.Tr>
        </Table.Thead>
        <Table.Tbody>
          {users.map((user) => (
            <Table.Tr key={user.id}>
              <Table.Th scope="row" fw={500}>
                {user.name}
              </Table.Th>
              <Table.Td>{user.email}</Table.Td>
              <Table.Td>
                <Group gap={4}>
                  {user.profiles.map((p) => (
                    <Badge key={p.id} variant="light" size="sm">
                      {p.name}
                    </Badge>
                  ))}
                </Group>
              </Table.Td>
              <Table.Td>
                <Badge color={user.active ? 'teal' : 'gray'} variant="dot">
                  {user.active ? t('users.status.active') : t('users.status.disabled')}
                </Badge>
              </Table.Td>
              <Table.Td>{t(`language.${user.locale}`)}</Table.Td>
              {canManage && (
                <Table.Td>
                  <Group gap={4} wrap="nowrap">
                    <Button
                      size="xs"
                      variant="subtle"
                      onClick={() => onEdit(user)}
                      aria-label={t('users.editNamed', { name: user.name })}
                    >
                      {t('common.edit')}
                    </Button>
                    <Button
                      size="xs"
                      variant="subtle"
                      color={user.active ? 'red' : 'teal'}
                      onClick={() => onToggleActive(user)}
                      aria-label={
                        user.active
                          ? t('users.disableNamed', { name: user.name })
                          : t('users.enableNamed', { name: user.name })
                      }
                    >
                      {user.active ? t('users.disable') : t('users.enable')}
                    </Button>
                  </Group>
                </Table.Td>
              )}
            </Table.Tr>
          ))}
        </Table.Tbody>
      </Table>
    </Table.ScrollContainer>
  );
}
