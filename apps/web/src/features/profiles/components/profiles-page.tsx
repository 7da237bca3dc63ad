// Administration › Profiles: list, create, edit and delete permission profiles.
import { useMutation } from '@apollo/client/react';
import { Badge, Button, Card, Group, Table, Text, Tooltip } from '@mantine/core';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { ConfirmDialog } from '../../../components/confirm-dialog.tsx';
import { ErrorAlert } from '../../../components/error-alert.tsx';
import { PageHeader } from '../../../components/page-header.tsx';
import { PageLoader } from '../../../components/page-loader.tsx';
import { errorText } from '../../../lib/graphql-errors.ts';
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
        <ErrorAlert error={error} />
        {loading ? (
          <PageLoader />
        ) : (
          <Table.ScrollContainer minWidth={640}>
            <Table striped highlightOnHover verticalSpacing="sm" aria-label={t('profiles.tableLabel')}>
              <Table.Thead>
                <Table.Tr>
                  <Table.Th scope="col">{t('profiles.fields.name')}</Table.Th>
                  <Table.Th scope="col">{t('profiles.fields.description')}</Table.Th>
                  <Table.Th scope="col">{t('profiles.fields.userCount')}</Table.Th>
                  <Table.Th scope="col">{t('common.actions')}</Table.Th>
                </Table.Tr>
              </Table.Thead>
              <Table.Tbody>
                {profiles.map((profile) => (
                  <Table.Tr key={profile.id}>
                    <Table.Th scope="row" fw={500}>
                      <Group gap="xs">
                        {profile.name}
                        {profile.system && (
                          <Badge size="xs" variant="outline" color="gray">
                            {t('profiles.system')}
                          </Badge>
                        )}
                      </Group>
                    </Table.Th>
                    <Table.Td>
                      <Text size="sm" c="dimmed">
                        {profile.description}
                      </Text>
                    </Table.Td>
                    <Table.Td>{profile.userCount}</Table.Td>
                    <Table.Td>
                      <Group gap={4} wrap="nowrap">
                        <Button
                          size="xs"
                          variant="subtle"
                          onClick={() => setEditing({ profile })}
                          aria-label={t('profiles.editNamed', { name: profile.name })}
                        >
                          {t('common.edit')}
                        </Button>
                        <Tooltip label={t('profiles.systemCannotDelete')} disabled={!profile.system}>
                          <span>
                            <Button
                              size="xs"
                              variant="subtle"
                              color="red"
                              disabled={profile.system}
                              onClick={() => setDeleting(profile)}
                              aria-label={t('profiles.deleteNamed', { name: profile.name })}
                            >
                              {t('common.delete')}
                            </Button>
                          </span>
                        </Tooltip>
                      </Group>
                    </Table.Td>
                  </Table.Tr>
                ))}
              </Table.Tbody>
            </Table>
          </Table.ScrollContainer>
        )}
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
