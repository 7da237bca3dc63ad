// The group → permission profile list of the LDAP settings form: one row per mapping, added and removed in place.
import type { UpdateLdapSettingsInput } from '@veza/shared';
import { ActionIcon, Button, Group, Select, Stack, Text, TextInput } from '@mantine/core';
import { Controller, useFieldArray, type Control, type FieldErrors, type UseFormRegister } from 'react-hook-form';
import { useTranslation } from 'react-i18next';
import { fieldError } from '../../../lib/form-errors.ts';
import type { LdapSettingsValues } from './ldap-settings-form.tsx';

export function GroupMappingsEditor(props: {
  control: Control<LdapSettingsValues, unknown, UpdateLdapSettingsInput>;
  register: UseFormRegister<LdapSettingsValues>;
  errors: FieldErrors<LdapSettingsValues>['groupMappings'];
  profiles: { id: string; name: string }[];
}) {
  const { t } = useTranslation();
  const { fields, append, remove } = useFieldArray({ control: props.control, name: 'groupMappings' });
  const profileOptions = props.profiles.map((p) => ({ value: p.id, label: p.name }));
  return (
    <Stack gap="xs">
      <Text fw={500} size="sm">
        {t('ldap.mappings.title')}
      </Text>
      <Text c="dimmed" size="xs">
        {t('ldap.mappings.hint')}
      </Text>
      {fields.map((row, index) => (
        <Group key={row.id} align="start" wrap="wrap" gap="xs">
          <TextInput
            style={{ flex: '1 1 16rem' }}
            label={t('ldap.mappings.groupDn')}
            placeholder="CN=CRM Agents,OU=Groups,DC=example,DC=local"
            {...props.register(`groupMappings.${index}.groupDn`)}
            error={fieldError(t, props.errors?.[index]?.groupDn)}
          />
          <Controller
            control={props.control}
            name={`groupMappings.${index}.profileId`}
            render={({ field }) => (
              <Select
                style={{ flex: '1 1 10rem' }}
                label={t('ldap.mappings.profile')}
                data={profileOptions}
                value={field.value || null}
                onChange={(v) => field.onChange(v ?? '')}
                error={fieldError(t, props.errors?.[index]?.profileId)}
              />
            )}
          />
          <ActionIcon
            variant="subtle"
            color="red"
            mt={28}
            size="lg"
            aria-label={t('ldap.mappings.remove', { index: index + 1 })}
            onClick={() => remove(index)}
          >
            ×
          </ActionIcon>
        </Group>
      ))}
      <Group>
        <Button variant="light" size="xs" onClick={() => append({ groupDn: '', profileId: '' })}>
          {t('ldap.mappings.add')}
        </Button>
      </Group>
    </Stack>
  );
}
