// The LDAP / Active Directory settings form (form kit): the bind password is write-only — blank keeps the stored one,
// "remove" clears it; URLs are typed one per line; groups map to permission profiles.
import { useMutation } from '@apollo/client/react';
import { Checkbox, Fieldset, PasswordInput, Select, SimpleGrid, Textarea, TextInput } from '@mantine/core';
import { LDAP_LOGIN_ATTRIBUTES, UpdateLdapSettingsInput, type LdapLoginAttribute } from '@veza/shared';
import { Controller, useForm } from 'react-hook-form';
import { useTranslation } from 'react-i18next';
import { FormShell } from '../../../components/form-modal.tsx';
import { fieldError } from '../../../lib/form-errors.ts';
import { byPath, shapedResolver } from '../../../lib/shaped-resolver.ts';
import { useFormSubmit } from '../../../lib/use-form-submit.ts';
import { UpdateLdapSettingsMutation } from '../api/update-ldap-settings-mutation.ts';
import { GroupMappingsEditor } from './group-mappings-editor.tsx';

export type LdapSettingsValues = {
  enabled: boolean;
  urls: string;
  startTls: boolean;
  caCertificate: string;
  bindDn: string;
  bindPassword: string;
  clearBindPassword: boolean;
  userBase: string;
  userFilter: string;
  loginAttribute: LdapLoginAttribute;
  nameAttribute: string;
  emailAttribute: string;
  phoneAttribute: string;
  groupBase: string;
  createUsers: boolean;
  groupMappings: { groupDn: string; profileId: string }[];
  version: number;
};

type TextField = 'caCertificate' | 'bindDn' | 'userBase' | 'userFilter' | 'groupBase' | 'urls';
type AttributeField = 'nameAttribute' | 'emailAttribute' | 'phoneAttribute';

const FIELDS = ['urls', 'startTls', 'caCertificate', 'bindDn', 'bindPassword', 'userBase', 'userFilter'] as const;

export function toInput(v: LdapSettingsValues) {
  const { clearBindPassword, ...rest } = v;
  return {
    ...rest,
    urls: v.urls.split(/\s+/).filter(Boolean),
    caCertificate: v.caCertificate.trim() || null,
    bindPassword: clearBindPassword ? '' : v.bindPassword || null,
  };
}

// Every URL's issue (urls.0, urls.1…) shows under the one URL box.
const resolver = shapedResolver(UpdateLdapSettingsInput, toInput, (path) =>
  path[0] === 'urls' ? 'urls' : byPath(path),
);

export function LdapSettingsForm(props: {
  initial: LdapSettingsValues;
  bindPasswordSet: boolean;
  profiles: { id: string; name: string }[];
  onReload: () => void;
}) {
  const { t } = useTranslation();
  const [update] = useMutation(UpdateLdapSettingsMutation);
  const form = useForm<LdapSettingsValues, unknown, UpdateLdapSettingsInput>({
    defaultValues: props.initial,
    resolver,
  });
  const submit = useFormSubmit({
    form,
    fields: FIELDS,
    save: (input) => update({ variables: { input } }),
    successMessage: t('ldap.saved'),
    onClose: props.onReload,
  });
  const { errors } = form.formState;
  const text = (name: TextField, extra: { description?: string; placeholder?: string } = {}) => (
    <TextInput
      label={t(`ldap.fields.${name}`)}
      {...extra}
      {...form.register(name)}
      error={fieldError(t, errors[name])}
    />
  );
  const attribute = (name: AttributeField) => (
    <TextInput label={t(`ldap.fields.${name}`)} {...form.register(name)} error={fieldError(t, errors[name])} />
  );
  return (
    <FormShell submit={submit} noCancel label={t('ldap.title')} onReload={props.onReload}>
      <Checkbox label={t('ldap.fields.enabled')} {...form.register('enabled')} />
      <Fieldset legend={t('ldap.sections.server')}>
        <SimpleGrid cols={{ base: 1, sm: 2 }}>
          <Textarea
            label={t('ldap.fields.urls')}
            description={t('ldap.hints.urls')}
            placeholder="ldaps://dc1.example.local:636"
            rows={2}
            {...form.register('urls')}
            error={fieldError(t, errors.urls)}
          />
          <Textarea
            label={t('ldap.fields.caCertificate')}
            description={t('ldap.hints.caCertificate')}
            placeholder="-----BEGIN CERTIFICATE-----"
            rows={3}
            {...form.register('caCertificate')}
            error={fieldError(t, errors.caCertificate)}
          />
        </SimpleGrid>
        <Checkbox
          mt="sm"
          label={t('ldap.fields.startTls')}
          {...form.register('startTls')}
          error={fieldError(t, errors.startTls)}
        />
      </Fieldset>
      <Fieldset legend={t('ldap.sections.account')}>
        <SimpleGrid cols={{ base: 1, sm: 2 }}>
          {text('bindDn', { placeholder: 'CN=svc-veza,OU=Service,DC=example,DC=local' })}
          <PasswordInput
            label={t('ldap.fields.bindPassword')}
            description={props.bindPasswordSet ? t('ldap.hints.passwordSet') : t('ldap.hints.passwordNotSet')}
            autoComplete="new-password"
            {...form.register('bindPassword')}
            error={fieldError(t, errors.bindPassword)}
          />
        </SimpleGrid>
        {props.bindPasswordSet && (
          <Checkbox mt="sm" label={t('ldap.fields.clearBindPassword')} {...form.register('clearBindPassword')} />
        )}
      </Fieldset>
      <Fieldset legend={t('ldap.sections.users')}>
        <SimpleGrid cols={{ base: 1, sm: 2 }}>
          {text('userBase', { placeholder: 'OU=Staff,DC=example,DC=local' })}
          {text('userFilter', { description: t('ldap.hints.userFilter') })}
          <Controller
            control={form.control}
            name="loginAttribute"
            render={({ field }) => (
              <Select
                label={t('ldap.fields.loginAttribute')}
                allowDeselect={false}
                value={field.value}
                onChange={(v) => field.onChange(v ?? 'sAMAccountName')}
                data={LDAP_LOGIN_ATTRIBUTES.map((a) => ({ value: a, label: a }))}
              />
            )}
          />
          {attribute('nameAttribute')}
          {attribute('emailAttribute')}
          {attribute('phoneAttribute')}
          {text('groupBase', { description: t('ldap.hints.groupBase') })}
        </SimpleGrid>
        <Checkbox mt="sm" label={t('ldap.fields.createUsers')} {...form.register('createUsers')} />
      </Fieldset>
      <GroupMappingsEditor
        control={form.control}
        register={form.register}
        errors={errors.groupMappings}
        profiles={props.profiles}
      />
    </FormShell>
  );
}
