// The inputs shared by the create and edit user forms.
import { MultiSelect, NativeSelect, Select, Stack, Switch, TextInput } from '@mantine/core';
import { LOCALES } from '@veza/shared';
import { Controller, type UseFormReturn } from 'react-hook-form';
import { useTranslation } from 'react-i18next';
import { PasswordField } from '../../../components/password-field.tsx';
import { fieldError } from '../../../lib/form-errors.ts';
import { useProfileOptions } from '../hooks/use-profile-options.ts';
import { useTimeZones } from '../hooks/use-time-zones.ts';
import { ManagerSelect } from './manager-select.tsx';
import type { UserFormValues } from './user-form.ts';

interface Props<Out> {
  form: UseFormReturn<UserFormValues, unknown, Out>;
  mode: 'create' | 'edit';
  /** On edit: the user (left out of the manager choices) and their current manager. */
  userId?: string;
  manager?: { id: string; name: string } | null;
}

export function UserFormFields<Out>({ form, mode, userId, manager }: Props<Out>) {
  const { t } = useTranslation();
  const timeZones = useTimeZones();
  const profiles = useProfileOptions();
  const {
    register,
    control,
    formState: { errors },
  } = form;

  return (
    <Stack>
      <TextInput label={t('users.fields.name')} required {...register('name')} error={fieldError(t, errors.name)} />
      <TextInput
        label={t('users.fields.email')}
        type="email"
        required
        autoComplete="off"
        {...register('email')}
        error={fieldError(t, errors.email)}
      />
      <PasswordField
        label={t('users.fields.password')}
        description={mode === 'edit' ? t('users.fields.passwordKeep') : t('users.fields.passwordHint')}
        required={mode === 'create'}
        autoComplete="new-password"
        {...register('password')}
        error={fieldError(t, errors.password)}
      />
      <NativeSelect
        label={t('users.fields.locale')}
        data={LOCALES.map((l) => ({ value: l, label: t(`language.${l}`) }))}
        {...register('locale')}
        error={fieldError(t, errors.locale)}
      />
      <Controller
        control={control}
        name="timeZone"
        render={({ field }) => (
          <Select
            label={t('users.fields.timeZone')}
            data={timeZones}
            searchable
            allowDeselect={false}
            nothingFoundMessage={t('common.nothingFound')}
            value={field.value}
            onChange={(value) => field.onChange(value ?? '')}
            onBlur={field.onBlur}
            ref={field.ref}
            error={fieldError(t, errors.timeZone)}
          />
        )}
      />
      <Controller
        control={control}
        name="profileIds"
        render={({ field }) => (
          <MultiSelect
            label={t('users.fields.profiles')}
            required
            data={profiles}
            searchable
            nothingFoundMessage={t('common.nothingFound')}
            value={field.value}
            onChange={field.onChange}
            onBlur={field.onBlur}
            ref={field.ref}
            error={fieldError(t, errors.profileIds)}
          />
        )}
      />
      {mode === 'edit' && (
        <Controller
          control={control}
          name="managerId"
          render={({ field }) => (
            <ManagerSelect
              userId={userId}
              current={manager}
              value={field.value}
              onChange={field.onChange}
              error={fieldError(t, errors.managerId)}
            />
          )}
        />
      )}
      {mode === 'edit' && (
        <Controller
          control={control}
          name="active"
          render={({ field }) => (
            <Switch
              label={t('users.fields.active')}
              description={t('users.fields.activeHint')}
              checked={field.value}
              onChange={(event) => field.onChange(event.currentTarget.checked)}
              ref={field.ref}
            />
          )}
        />
      )}
    </Stack>
  );
}
