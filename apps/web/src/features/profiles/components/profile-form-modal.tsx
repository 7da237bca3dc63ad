// Modal form that creates or edits a permission profile (name, description, permissions).
import { ConflictAlert } from '../../../components/conflict-alert.tsx';
import { useApolloClient, useMutation } from '@apollo/client/react';
import { zodResolver } from '@hookform/resolvers/zod';
import { Button, Group, Modal, Stack, TextInput, Textarea } from '@mantine/core';
import { PermissionProfileInput } from '@veza/shared';
import { useEffect, useState } from 'react';
import { Controller, useForm } from 'react-hook-form';
import { useTranslation } from 'react-i18next';
import type { z } from 'zod';
import { ErrorAlert } from '../../../components/error-alert.tsx';
import { applyApiErrors, fieldError } from '../../../lib/form-errors.ts';
import { hasErrorCode } from '../../../lib/graphql-errors.ts';
import { notifySuccess } from '../../../lib/notify.ts';
import { CreateProfileMutation } from '../api/create-profile-mutation.ts';
import { PermissionProfilesQuery } from '../api/permission-profiles-query.ts';
import { UpdateProfileMutation } from '../api/update-profile-mutation.ts';
import type { ProfileRow } from '../hooks/use-profiles.ts';
import { PermissionCheckboxes } from './permission-checkboxes.tsx';

type FormIn = z.input<typeof PermissionProfileInput>;
type FormOut = z.output<typeof PermissionProfileInput>;
const FIELDS = ['name', 'description', 'permissions'] as const;

function toFormValues(profile: ProfileRow | null): FormIn {
  return profile
    ? { name: profile.name, description: profile.description, permissions: [...profile.permissions] }
    : { name: '', description: '', permissions: [] };
}

interface Props {
  /** `null` with `opened` creates a new profile. */
  profile: ProfileRow | null;
  opened: boolean;
  onClose: () => void;
}

export function ProfileFormModal({ profile, opened, onClose }: Props) {
  const { t } = useTranslation();
  const client = useApolloClient();
  const [formError, setFormError] = useState<string | null>(null);
  const [conflict, setConflict] = useState(false);
  const [create, { loading: creating }] = useMutation(CreateProfileMutation, {
    refetchQueries: [PermissionProfilesQuery],
  });
  const [update, { loading: updating }] = useMutation(UpdateProfileMutation);
  const form = useForm<FormIn, unknown, FormOut>({
    resolver: zodResolver(PermissionProfileInput),
    defaultValues: toFormValues(profile),
  });
  const errors = form.formState.errors;

  useEffect(() => {
    if (opened) form.reset(toFormValues(profile));
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, [opened, profile?.id, profile?.version]);

  const close = () => {
    setFormError(null);
    setConflict(false);
    onClose();
  };

  const onSubmit = form.handleSubmit(async (input) => {
    setFormError(null);
    try {
      if (profile) await update({ variables: { id: profile.id, version: profile.version, input } });
      else await create({ variables: { input } });
      notifySuccess(t('profiles.saved'));
      close();
    } catch (error) {
      if (hasErrorCode(error, 'CONFLICT')) setConflict(true);
      else setFormError(applyApiErrors(t, error, form.setError, FIELDS));
    }
  });

  const reload = async () => {
    await client.refetchQueries({ include: [PermissionProfilesQuery] });
    setConflict(false);
  };

  return (
    <Modal
      opened={opened}
      onClose={close}
      title={profile ? t('profiles.editTitle') : t('profiles.createTitle')}
      size="xl"
    >
      <form onSubmit={onSubmit} noValidate>
        <Stack>
          {conflict && <ConflictAlert onReload={() => void reload()} />}
          <ErrorAlert message={formError} />
          <TextInput
            label={t('profiles.fields.name')}
            required
            {...form.register('name')}
            error={fieldError(t, errors.name)}
          />
          <Textarea
            label={t('profiles.fields.description')}
            autosize
            minRows={2}
            {...form.register('description')}
            error={fieldError(t, errors.description)}
          />
          <Controller
            control={form.control}
            name="permissions"
            render={({ field }) => (
              <PermissionCheckboxes
                value={field.value}
                onChange={field.onChange}
                error={fieldError(t, errors.permissions as { message?: string } | undefined)}
              />
            )}
          />
          <Group justify="flex-end">
            <Button variant="default" onClick={close}>
              {t('common.cancel')}
            </Button>
            <Button type="submit" loading={creating || updating}>
              {profile ? t('common.save') : t('profiles.submitCreate')}
            </Button>
          </Group>
        </Stack>
      </form>
    </Modal>
  );
}
