// Administration › Profiles: list, create, edit and delete permission profiles.
import { useMutation } from '@apollo/client/react';
import { Badge, Button, Card, Group, Text } from '@mantine/core';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { AdminTable } from '../../../components/admin-table.tsx';
import { ConfirmDialog } from '../../../components/confirm-dialog.tsx';
import { PageHeader } from '../../../components/page-header.tsx';
import { errorText } from '../../../lib/graphql-errors.ts';
import { profileDescription, profileName } from '../../../lib/profile-label.ts';
import { notifyError, notifySuccess } from '../../../lib/notify.ts';
import { DeleteProfileMutation } from '../api/delete-profile-mutation.ts';
import { PermissionProfilesQuery } from '../api/permission-profiles-query.ts';
import { useProfiles, type ProfileRow } from '../hooks/use-profiles.ts';
import { ProfileFormModal } from './profile-form-modal.tsx';

export default function ProfilesPage() {
  const { t } = useTranslation();
  const { profiles, loading, error } = useProfiles();
  const [editing, setEditing] = useState<{ profile: ProfileRow | null } | null>(null);
  const [deleting, setDeleting] = useState<ProfileRow | null>(null);
  const [deleteProfile, { loading: deletingNow }] = useMutation(DeleteProfileMutation, {
    refetchQueries: [PermissionProfilesQuery],
  });

  const confirmDelete = async () => {
    if (!deleting) return;
    try {
      await deleteProfile({ variables: { id: deleting.id } });
      notifySuccess(t('profiles.deleted'));
    } catch (e) {
      notifyError(errorText(t, e));
    }
    setDeleting(null);
  };

  return (
    <>
      <PageHeader
        title={t('profiles.title')}
        description={t('profiles.description')}
        actions={<Button onClick={() => setEditing({ profile: null })}>{t('profiles.create')}</Button>}
      />
      <Card>
        <AdminTable
          label={t('profiles.tableLabel')}
          rows={profiles}
          rowKey={(p) => p.id}
          loading={loading}
          error={error}
          empty={t('profiles.empty')}
          columns={[
            {
              header: t('profiles.fields.name'),
              cell: (p) => (
                <Group gap="xs">
                  {profileName(t, p)}
                  {p.system && (
                    <Badge size="xs" variant="outline" color="gray">
                      {t('profiles.system')}
                    </Badge>
                  )}
                </Group>
              ),
            },
            {
              header: t('profiles.fields.description'),
              cell: (p) => (
                <Text size="sm" c="dimmed">
                  {profileDescription(t, p)}
                </Text>
              ),
            },
            { header: t('profiles.fields.userCount'), cell: (p) => p.userCount },
          ]}
          actions={[
            {
              label: t('common.edit'),
              name: (p) => t('profiles.editNamed', { name: profileName(t, p) }),
              onClick: (profile) => setEditing({ profile }),
            },
            {
              label: t('common.delete'),
              name: (p) => t('profiles.deleteNamed', { name: profileName(t, p) }),
              color: 'red',
              onClick: setDeleting,
              disabledBecause: (p) => (p.system ? t('profiles.systemCannotDelete') : null),
            },
          ]}
        />
      </Card>
      <ProfileFormModal profile={editing?.profile ?? null} opened={editing !== null} onClose={() => setEditing(null)} />
      <ConfirmDialog
        opened={deleting !== null}
        title={t('profiles.deleteTitle')}
        confirmLabel={t('common.delete')}
        loading={deletingNow}
        onConfirm={() => void confirmDelete()}
        onCancel={() => setDeleting(null)}
      >
        {t('profiles.deleteBody', { name: deleting?.name ?? '' })}
      </ConfirmDialog>
    </>
  );
}
