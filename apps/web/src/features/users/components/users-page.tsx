// Administration › Users: search, page through, create, edit, disable and enable users.
import { Button, Card, Center, Group, Stack, Text, TextInput } from '@mantine/core';
import { useDebouncedValue } from '@mantine/hooks';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { ConfirmDialog } from '../../../components/confirm-dialog.tsx';
import { AdminTable, type AdminAction } from '../../../components/admin-table.tsx';
import { PageHeader } from '../../../components/page-header.tsx';
import { useCan } from '../../../lib/session.tsx';
import { useSetUserActive } from '../hooks/use-set-user-active.ts';
import { useUsers, type UserRow } from '../hooks/use-users.ts';
import { CreateUserModal } from './create-user-modal.tsx';
import { EditUserModal } from './edit-user-modal.tsx';
import { useUserColumns } from './user-columns.tsx';

export default function UsersPage() {
  const { t } = useTranslation();
  const can = useCan();
  const canManage = can('users.manage');
  const [search, setSearch] = useState('');
  const [debounced] = useDebouncedValue(search, 300);
  const { users, totalCount, hasMore, loading, loadingMore, error, loadMore } = useUsers(debounced);
  const [creating, setCreating] = useState(false);
  const [editingId, setEditingId] = useState<string | null>(null);
  const [disabling, setDisabling] = useState<UserRow | null>(null);
  const { setActive, loading: toggling } = useSetUserActive();
  const editing = users.find((u) => u.id === editingId) ?? null;

  const toggleActive = (user: UserRow) => {
    if (user.active) setDisabling(user);
    else void setActive(user, true);
  };
  const columns = useUserColumns();
  const actions: AdminAction<UserRow>[] = [
    {
      label: t('common.edit'),
      name: (u) => t('users.editNamed', { name: u.name }),
      onClick: (u) => setEditingId(u.id),
    },
    {
      label: (u) => (u.active ? t('users.disable') : t('users.enable')),
      name: (u) => (u.active ? t('users.disableNamed', { name: u.name }) : t('users.enableNamed', { name: u.name })),
      color: (u) => (u.active ? 'red' : 'teal'),
      onClick: toggleActive,
    },
  ];

  return (
    <>
      <PageHeader
        title={t('users.title')}
        description={t('users.description')}
        actions={canManage && <Button onClick={() => setCreating(true)}>{t('users.create')}</Button>}
      />
      <Card>
        <Stack>
          <TextInput
            label={t('users.search')}
            placeholder={t('users.searchPlaceholder')}
            type="search"
            value={search}
            onChange={(event) => setSearch(event.currentTarget.value)}
            maw={360}
          />
          <AdminTable
            label={t('users.tableLabel')}
            rows={users}
            rowKey={(u) => u.id}
            loading={loading}
            error={error}
            empty={debounced ? t('users.noMatches') : t('users.empty')}
            minWidth={760}
            columns={columns}
            actions={canManage ? actions : []}
            footer={
              <Group justify="space-between">
                <Text size="sm" c="dimmed" aria-live="polite">
                  {users.length > 0 && t('users.count', { shown: users.length, total: totalCount })}
                </Text>
                {hasMore && (
                  <Center>
                    <Button variant="light" loading={loadingMore} onClick={() => void loadMore()}>
                      {t('common.loadMore')}
                    </Button>
                  </Center>
                )}
              </Group>
            }
          />
        </Stack>
      </Card>
      {canManage && (
        <>
          <CreateUserModal opened={creating} onClose={() => setCreating(false)} />
          <EditUserModal user={editing} onClose={() => setEditingId(null)} />
          <ConfirmDialog
            opened={disabling !== null}
            title={t('users.disableTitle')}
            confirmLabel={t('users.disable')}
            loading={toggling}
            onConfirm={() => {
              if (disabling) void setActive(disabling, false).then(() => setDisabling(null));
            }}
            onCancel={() => setDisabling(null)}
          >
            {t('users.disableBody', { name: disabling?.name ?? '' })}
          </ConfirmDialog>
        </>
      )}
    </>
  );
}
