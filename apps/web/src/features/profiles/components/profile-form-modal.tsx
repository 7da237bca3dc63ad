// Modal form that creates or edits a permission profile (name, description, permissions, record scopes).
import { useApolloClient, useMutation } from '@apollo/client/react';
import { TextInput, Textarea } from '@mantine/core';
import { NEW_PROFILE_SCOPES, PermissionProfileInput, RECORD_KINDS } from '@veza/shared';
import { Controller, useForm } from 'react-hook-form';
import { useTranslation } from 'react-i18next';
import type { z } from 'zod';
import { FormModal, FormShell } from '../../../components/form-modal.tsx';
import { fieldError } from '../../../lib/form-errors.ts';
import { recordKey } from '../../../lib/record-key.ts';
import { schemaResolver } from '../../../lib/shaped-resolver.ts';
import { useFormSubmit } from '../../../lib/use-form-submit.ts';
import { CreateProfileMutation } from '../api/create-profile-mutation.ts';
import { PermissionProfilesQuery } from '../api/permission-profiles-query.ts';
import { UpdateProfileMutation } from '../api/update-profile-mutation.ts';
import type { ProfileRow } from '../hooks/use-profiles.ts';
import { PermissionCheckboxes } from './permission-checkboxes.tsx';
import { ScopeEditor } from './scope-editor.tsx';

type FormIn = z.input<typeof PermissionProfileInput>;
const FIELDS = [
  'name',
  'description',
  'permissions',
  'scopes.0.edit',
  'scopes.1.edit',
  'scopes.2.edit',
  'scopes.3.edit',
] as const;
const defaultScopes = () => RECORD_KINDS.map((kind) => ({ kind, ...NEW_PROFILE_SCOPES[kind] }));
const resolver = schemaResolver(PermissionProfileInput);

function toFormValues(profile: ProfileRow | null): FormIn {
  return profile
    ? {
        name: profile.name,
        description: profile.description,
        permissions: [...profile.permissions],
        scopes: profile.scopes.map(({ kind, read, edit }) => ({ kind, read, edit })),
      }
    : { name: '', description: '', permissions: [], scopes: defaultScopes() };
}

interface Props {
  /** `null` with `opened` creates a new profile. */
  profile: ProfileRow | null;
  opened: boolean;
  onClose: () => void;
}

function ProfileForm({ profile, onClose }: Omit<Props, 'opened'>) {
  const { t } = useTranslation();
  const client = useApolloClient();
  const [create] = useMutation(CreateProfileMutation, { refetchQueries: [PermissionProfilesQuery] });
  const [update] = useMutation(UpdateProfileMutation);
  const form = useForm({ resolver, defaultValues: toFormValues(profile) });
  const errors = form.formState.errors;
  const submit = useFormSubmit({
    form,
    fields: FIELDS,
    save: (input) =>
      profile
        ? update({ variables: { id: profile.id, version: profile.version, input } })
        : create({ variables: { input } }),
    successMessage: t('profiles.saved'),
    onClose,
  });
  const reload = () => void client.refetchQueries({ include: [PermissionProfilesQuery] });
  return (
    <FormShell submit={submit} onReload={reload} submitLabel={profile ? undefined : t('profiles.submitCreate')}>
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
      <Controller
        control={form.control}
        name="scopes"
        render={({ field }) => (
          <ScopeEditor
            value={field.value ?? defaultScopes()}
            onChange={field.onChange}
            errors={RECORD_KINDS.map((_, i) => errors.scopes?.[i]?.edit?.message)}
          />
        )}
      />
    </FormShell>
  );
}

export function ProfileFormModal({ profile, opened, onClose }: Props) {
  const { t } = useTranslation();
  return (
    <FormModal
      opened={opened}
      onClose={onClose}
      title={profile ? t('profiles.editTitle') : t('profiles.createTitle')}
      size="xl"
      formKey={recordKey(profile)}
    >
      <ProfileForm profile={profile} onClose={onClose} />
    </FormModal>
  );
}
