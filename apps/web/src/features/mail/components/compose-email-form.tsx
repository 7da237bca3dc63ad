// The compose form (form kit): recipients among the client's persons with an address, an optional template that
// fills language, subject and body (its files always go along), the body in the rich-text editor (loaded lazily),
// and files of the record it is written from or uploaded here. Sent from an opportunity or activity, it says so.
import { useMutation } from '@apollo/client/react';
import { MultiSelect, Select, TextInput } from '@mantine/core';
import { SendEmailInput } from '@veza/shared';
import { useMemo } from 'react';
import { Controller, useForm, useWatch } from 'react-hook-form';
import { useTranslation } from 'react-i18next';
import { FormShell } from '../../../components/form-modal.tsx';
import { LanguageSelect } from '../../../components/language-select.tsx';
import { fieldError } from '../../../lib/form-errors.ts';
import { shapedResolver } from '../../../lib/shaped-resolver.ts';
import { useFormSubmit } from '../../../lib/use-form-submit.ts';
import { SendEmailMutation } from '../api/send-email-mutation.ts';
import { ComposeAttachments } from './compose-attachments.tsx';
import { MailEditor } from './lazy-mail-editor.tsx';

export interface ComposeOptions {
  persons: { id: string; fullName: string; emails: readonly string[] }[];
  templates: { id: string; name: string; language: string; subject: string; bodyHtml: string }[];
  files: { id: string; name: string }[];
}

export interface ComposeValues {
  personIds: string[];
  templateId: string | null;
  language: string;
  subject: string;
  bodyHtml: string;
  attachmentIds: string[];
}

/** Where the mail is written from: the API links the logged activities to it. */
export interface ComposeSource {
  clientId: string;
  opportunityId?: string;
  activityId?: string;
}

// The hints name merge fields literally: pass them in as values so i18next does not read them as its own.
const MERGE_FIELDS = { salutation: '{{salutation}}', signature: '{{agent.signature}}' };

const FIELDS = ['personIds', 'templateId', 'language', 'subject', 'bodyHtml', 'attachmentIds'] as const;

function useComposeForm(source: ComposeSource, initial: ComposeValues, onClose: () => void) {
  const { t } = useTranslation();
  // The client's (and the opportunity's) sent-mail list is dropped from the cache, so an E-mails list reads it afresh.
  const [send] = useMutation(SendEmailMutation, {
    update: (cache) => {
      cache.evict({ id: cache.identify({ __typename: 'Client', id: source.clientId }), fieldName: 'emailMessages' });
      if (source.opportunityId) {
        const opportunity = cache.identify({ __typename: 'Opportunity', id: source.opportunityId });
        cache.evict({ id: opportunity, fieldName: 'emailMessages' });
      }
      cache.gc();
    },
  });
  const resolver = useMemo(
    () =>
      shapedResolver(
        SendEmailInput,
        (v: ComposeValues) => ({ ...v, ...source, templateId: v.templateId ?? undefined }),
        (path) => (path.length ? String(path[0]) : null),
      ),
    [source],
  );
  const form = useForm<ComposeValues, unknown, SendEmailInput>({ defaultValues: initial, resolver });
  const submit = useFormSubmit({
    form,
    fields: FIELDS,
    save: async (input) => {
      const result = await send({ variables: { input } });
      return result.data;
    },
    successMessage: t('mail.compose.sent'),
    onClose,
  });
  return { form, submit };
}

export function ComposeEmailForm(props: {
  source: ComposeSource;
  options: ComposeOptions;
  initial: ComposeValues;
  onClose: () => void;
  /** Re-reads the offered files after an upload. */
  onFilesChanged?: () => void;
}) {
  const { t } = useTranslation();
  const { form, submit } = useComposeForm(props.source, props.initial, props.onClose);
  const err = (name: (typeof FIELDS)[number]) => fieldError(t, form.formState.errors[name]);
  const templateId = useWatch({ control: form.control, name: 'templateId' });
  const recipients = props.options.persons
    .filter((p) => p.emails.length > 0)
    .map((p) => ({ value: p.id, label: `${p.fullName} <${p.emails[0]}>` }));
  const withoutAddress = props.options.persons.length - recipients.length;
  const pickTemplate = (id: string | null) => {
    form.setValue('templateId', id);
    const template = props.options.templates.find((x) => x.id === id);
    if (!template) return;
    form.setValue('language', template.language);
    form.setValue('subject', template.subject);
    form.setValue('bodyHtml', template.bodyHtml);
  };
  return (
    <FormShell submit={submit} submitLabel={t('mail.compose.send')}>
      <Controller
        control={form.control}
        name="personIds"
        render={({ field }) => (
          <MultiSelect
            label={t('mail.compose.recipients')}
            data={recipients}
            value={field.value}
            onChange={field.onChange}
            searchable
            nothingFoundMessage={t('mail.compose.noRecipients')}
            description={withoutAddress > 0 ? t('mail.compose.withoutAddress', { n: withoutAddress }) : undefined}
            error={err('personIds')}
          />
        )}
      />
      {props.options.templates.length > 0 && (
        <Controller
          control={form.control}
          name="templateId"
          render={({ field }) => (
            <Select
              label={t('mail.compose.template')}
              placeholder={t('mail.compose.noTemplate')}
              data={props.options.templates.map((x) => ({ value: x.id, label: x.name }))}
              value={field.value}
              onChange={pickTemplate}
              clearable
              searchable
              error={err('templateId')}
            />
          )}
        />
      )}
      <Controller
        control={form.control}
        name="language"
        render={({ field }) => (
          <LanguageSelect
            label={t('mail.compose.language')}
            description={t('mail.compose.languageHint', MERGE_FIELDS)}
            value={field.value}
            onChange={field.onChange}
            error={err('language')}
          />
        )}
      />
      <TextInput label={t('mail.compose.subject')} {...form.register('subject')} error={err('subject')} />
      <Controller
        control={form.control}
        name="bodyHtml"
        render={({ field }) => (
          <MailEditor
            label={t('mail.compose.body')}
            description={t('mailEditor.bodyHint')}
            value={field.value}
            onChange={field.onChange}
            error={err('bodyHtml')}
          />
        )}
      />
      <Controller
        control={form.control}
        name="attachmentIds"
        render={({ field }) => (
          <ComposeAttachments
            clientId={props.source.clientId}
            files={props.options.files}
            templateId={templateId}
            value={field.value}
            onChange={field.onChange}
            onUploaded={props.onFilesChanged}
            error={err('attachmentIds')}
          />
        )}
      />
    </FormShell>
  );
}
