// The SMTP relay form (form kit): secrets are write-only — blank keeps the stored one, the field says whether one is set.
import { useMutation } from '@apollo/client/react';
import { Checkbox, NumberInput, PasswordInput, Select, SimpleGrid, Textarea, TextInput } from '@mantine/core';
import { MAIL_SECURITIES, UpdateMailSettingsInput } from '@veza/shared';
import { Controller, useForm } from 'react-hook-form';
import { useTranslation } from 'react-i18next';
import { FormShell } from '../../../components/form-modal.tsx';
import { fieldError } from '../../../lib/form-errors.ts';
import { shapedResolver } from '../../../lib/shaped-resolver.ts';
import { useFormSubmit } from '../../../lib/use-form-submit.ts';
import { UpdateMailSettingsMutation } from '../api/update-mail-settings-mutation.ts';

export type MailSettingsValues = {
  host: string;
  port: number;
  security: (typeof MAIL_SECURITIES)[number];
  username: string;
  password: string;
  fromAddress: string;
  fromName: string;
  ratePerSecond: number;
  dkimDomain: string;
  dkimSelector: string;
  dkimPrivateKey: string;
  allowSelfApproval: boolean;
  tlsCaCert: string;
  version: number;
};

const FIELDS = [
  'host',
  'port',
  'security',
  'username',
  'password',
  'fromAddress',
  'fromName',
  'ratePerSecond',
  'dkimDomain',
  'dkimSelector',
  'dkimPrivateKey',
  'tlsCaCert',
] as const;

// Blank secret fields keep what is stored (null); the schema checks the rest as the API will.
const resolver = shapedResolver(UpdateMailSettingsInput, (v: MailSettingsValues) => ({
  ...v,
  password: v.password || null,
  dkimPrivateKey: v.dkimPrivateKey || null,
}));

export function MailSettingsForm(props: {
  initial: MailSettingsValues;
  passwordSet: boolean;
  dkimKeySet: boolean;
  onReload: () => void;
}) {
  const { t } = useTranslation();
  const [update] = useMutation(UpdateMailSettingsMutation);
  const form = useForm<MailSettingsValues, unknown, UpdateMailSettingsInput>({
    defaultValues: props.initial,
    resolver,
  });
  const submit = useFormSubmit({
    form,
    fields: FIELDS,
    save: (input) => update({ variables: { input } }),
    successMessage: t('mail.settings.saved'),
    onClose: props.onReload,
  });
  const err = (name: (typeof FIELDS)[number]) => fieldError(t, form.formState.errors[name]);
  const kept = (set: boolean) => (set ? t('mail.settings.secretSet') : t('mail.settings.secretNotSet'));
  return (
    <FormShell submit={submit} noCancel label={t('mail.settings.title')} onReload={props.onReload}>
      <SimpleGrid cols={{ base: 1, sm: 2 }}>
        <TextInput label={t('mail.settings.host')} {...form.register('host')} error={err('host')} />
        <Controller
          control={form.control}
          name="port"
          render={({ field }) => (
            <NumberInput
              label={t('mail.settings.port')}
              min={1}
              max={65535}
              value={field.value}
              onChange={(v) => field.onChange(Number(v))}
              error={err('port')}
            />
          )}
        />
        <Controller
          control={form.control}
          name="security"
          render={({ field }) => (
            <Select
              label={t('mail.settings.security')}
              allowDeselect={false}
              value={field.value}
              onChange={(v) => field.onChange(v ?? 'STARTTLS')}
              data={MAIL_SECURITIES.map((s) => ({ value: s, label: t(`mail.settings.securities.${s}`) }))}
            />
          )}
        />
        <TextInput
          label={t('mail.settings.username')}
          autoComplete="off"
          {...form.register('username')}
          error={err('username')}
        />
        <PasswordInput
          label={t('mail.settings.password')}
          description={kept(props.passwordSet)}
          autoComplete="new-password"
          {...form.register('password')}
          error={err('password')}
        />
        <TextInput
          label={t('mail.settings.fromAddress')}
          type="email"
          {...form.register('fromAddress')}
          error={err('fromAddress')}
        />
        <TextInput label={t('mail.settings.fromName')} {...form.register('fromName')} error={err('fromName')} />
        <Controller
          control={form.control}
          name="ratePerSecond"
          render={({ field }) => (
            <NumberInput
              label={t('mail.settings.rate')}
              min={1}
              max={1000}
              value={field.value}
              onChange={(v) => field.onChange(Number(v))}
              error={err('ratePerSecond')}
            />
          )}
        />
        <TextInput label={t('mail.settings.dkimDomain')} {...form.register('dkimDomain')} error={err('dkimDomain')} />
        <TextInput
          label={t('mail.settings.dkimSelector')}
          {...form.register('dkimSelector')}
          error={err('dkimSelector')}
        />
      </SimpleGrid>
      <Textarea
        label={t('mail.settings.dkimKey')}
        description={kept(props.dkimKeySet)}

        rows={3}
        {...form.register('dkimPrivateKey')}
        error={err('dkimPrivateKey')}
      />
      <Textarea
        label={t('mail.settings.tlsCaCert')}
        description={t('mail.settings.tlsCaCertHint')}
        rows={3}
        {...form.register('tlsCaCert')}
        error={err('tlsCaCert')}
      />
      <Checkbox label={t('mail.settings.allowSelfApproval')} {...form.register('allowSelfApproval')} />
    </FormShell>
  );
}
