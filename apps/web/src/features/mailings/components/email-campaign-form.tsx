// A campaign's content (form kit): name, language, subject, HTML body with merge fields, groups and an optional
// scheduled start. Creating makes it PREPARATION; editing a submitted one sends it back there (the API says so).
import { useMutation, useQuery } from '@apollo/client/react';
import { MultiSelect, Select, Textarea, TextInput } from '@mantine/core';
import { EmailCampaignInput, MAIL_LANGUAGES, UpdateEmailCampaignInput } from '@veza/shared';
import { Controller, useForm } from 'react-hook-form';
import type { TFunction } from 'i18next';
import { useTranslation } from 'react-i18next';
import { DateTimeInput } from '../../../components/date-time-input.tsx';
import { FormShell } from '../../../components/form-modal.tsx';
import { fieldError } from '../../../lib/form-errors.ts';
import { byPath, shapedResolver } from '../../../lib/shaped-resolver.ts';
import { useFormSubmit } from '../../../lib/use-form-submit.ts';
import { CampaignTemplatePicker, type PickedTemplate } from './campaign-template-picker.tsx';
import { CreateEmailCampaignMutation } from '../api/create-email-campaign-mutation.ts';
import { MailingGroupsQuery } from '../api/mailing-groups-query.ts';
import { UpdateEmailCampaignMutation } from '../api/update-email-campaign-mutation.ts';

export interface CampaignValues {
  name: string;
  language: string;
  subject: string;
  bodyHtml: string;
  groupIds: string[];
  /** datetime-local text, '' = as soon as approved */
  scheduledAt: string;
  /** The template the content came from; its files go with every message. */
  templateId: string | null;
}

const MERGE_FIELDS = [
  'salutation',
  'person.firstName',
  'person.lastName',
  'client.name',
  'agent.name',
  'unsubscribeUrl',
]
  .map((f) => `{{${f}}}`)
  .join(', ');

const FIELDS = ['name', 'templateId', 'language', 'subject', 'bodyHtml', 'groupIds', 'scheduledAt'] as const;
const toInput = (v: CampaignValues) => ({
  ...v,
  language: v.language as (typeof MAIL_LANGUAGES)[number],
  scheduledAt: v.scheduledAt ? new Date(v.scheduledAt).toISOString() : null,
});

const escapeHtml = (text: string) => text.replace(/[&<>"]/g, (c) => `&#${c.charCodeAt(0)};`);

/** A new campaign starts in the writer's language (English when that is not a mail language), its link worded in it. */
function newCampaign(t: TFunction, uiLanguage: string | undefined): CampaignValues {
  const language = MAIL_LANGUAGES.find((l) => l === uiLanguage) ?? 'en';
  const link = escapeHtml(t('mailings.campaigns.unsubscribeLink', { lng: language }));
  return {
    name: '',
    language,
    subject: '',
    bodyHtml: `<p>{{salutation}},</p>\n<p></p>\n<p><a href="{{unsubscribeUrl}}">${link}</a></p>`,
    groupIds: [],
    scheduledAt: '',
    templateId: null,
  };
}

export function EmailCampaignForm(props: {
  campaign?: { id: string; version: number; values: CampaignValues };
  onClose: () => void;
  onSaved?: (id: string) => void;
}) {
  const { t, i18n } = useTranslation();
  const groups = useQuery(MailingGroupsQuery).data?.mailingGroups ?? [];
  const [create] = useMutation(CreateEmailCampaignMutation, { refetchQueries: ['EmailCampaigns'] });
  const [update] = useMutation(UpdateEmailCampaignMutation, { refetchQueries: ['EmailCampaign'] });
  const editing = props.campaign;
  const form = useForm<CampaignValues, unknown, UpdateEmailCampaignInput | EmailCampaignInput>({
    defaultValues: editing?.values ?? newCampaign(t, i18n.language),
    resolver: editing
      ? shapedResolver(
          UpdateEmailCampaignInput,
          (v: CampaignValues) => ({ ...toInput(v), version: editing.version }),
          byPath,
        )
      : shapedResolver(EmailCampaignInput, toInput, byPath),
  });
  const submit = useFormSubmit({
    form,
    fields: FIELDS,
    save: async (input) => {
      if (editing)
        return (await update({ variables: { id: editing.id, input: { version: editing.version, ...input } } })).data;
      const result = await create({ variables: { input } });
      if (result.data) props.onSaved?.(result.data.createEmailCampaign.id);
      return result.data;
    },
    successMessage: t('mailings.campaigns.saved'),
    onClose: props.onClose,
  });
  const e = form.formState.errors;
  const pickTemplate = (template: PickedTemplate | null) => {
    form.setValue('templateId', template?.id ?? null, { shouldDirty: true });
    if (!template) return;
    form.setValue('language', template.language, { shouldDirty: true });
    form.setValue('subject', template.subject, { shouldDirty: true });
    form.setValue('bodyHtml', template.bodyHtml, { shouldDirty: true });
  };
  return (
    <FormShell submit={submit}>
      <TextInput
        label={t('mailings.campaigns.name')}
        required
        {...form.register('name')}
        error={fieldError(t, e.name)}
      />
      <Controller
        control={form.control}
        name="templateId"
        render={({ field }) => (
          <CampaignTemplatePicker
            value={field.value}
            language={form.getValues('language')}
            onPick={pickTemplate}
            error={fieldError(t, e.templateId)}
          />
        )}
      />
      <Controller
        control={form.control}
        name="language"
        render={({ field }) => (
          <Select
            label={t('mailings.campaigns.language')}
            data={MAIL_LANGUAGES.map((l) => ({ value: l, label: t(`mailings.languages.${l}`) }))}
            value={field.value}
            onChange={(v) => field.onChange(v ?? 'en')}
            allowDeselect={false}
          />
        )}
      />
      <TextInput
        label={t('mailings.campaigns.subject')}
        required
        {...form.register('subject')}
        error={fieldError(t, e.subject)}
      />
      <Textarea
        label={t('mailings.campaigns.body')}
        description={t('mailings.campaigns.bodyHint', { fields: MERGE_FIELDS, interpolation: { escapeValue: false } })}
        autosize
        minRows={6}
        required
        {...form.register('bodyHtml')}
        error={fieldError(t, e.bodyHtml)}
      />
      <Controller
        control={form.control}
        name="groupIds"
        render={({ field }) => (
          <MultiSelect
            label={t('mailings.campaigns.groups')}
            data={groups.map((g) => ({ value: g.id, label: `${g.name} (${g.memberCount})` }))}
            value={field.value}
            onChange={field.onChange}
            error={fieldError(t, e.groupIds)}
            searchable
          />
        )}
      />
      <DateTimeInput
        label={t('mailings.campaigns.scheduledAt')}
        description={t('mailings.campaigns.scheduledHint')}
        {...form.register('scheduledAt')}
        error={fieldError(t, e.scheduledAt)}
      />
    </FormShell>
  );
}
