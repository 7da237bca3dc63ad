// The compose form (form kit): recipients among the client's persons with an address, an optional template that
// fills language, subject and body, the body as plain text (sent as escaped HTML paragraphs) and the client's files.
import { useMutation } from '@apollo/client/react';
import { MultiSelect, Select, Text, Textarea, TextInput } from '@mantine/core';
import { SendEmailInput } from '@veza/shared';
import { useMemo } from 'react';
import { Controller, useForm } from 'react-hook-form';
import { useTranslation } from 'react-i18next';
import { FormShell } from '../../../components/form-modal.tsx';
import { LanguageSelect } from '../../../components/language-select.tsx';
import { fieldError } from '../../../lib/form-errors.ts';
import { shapedResolver } from '../../../lib/shaped-resolver.ts';
import { useFormSubmit } from '../../../lib/use-form-submit.ts';
import { SendEmailMutation } from '../api/send-email-mutation.ts';
import { htmlToText, textToHtml } from '../lib/mail-body.ts';

export interface ComposeOptions {
  persons: { id: string; fullName: string; emails: readonly string[] }[];
  templates: { id: string; name: string; language: string; subject: string; bodyHtml: string }[];
  files: { id: string; name: string }[];
}

/** `bodyHtml` holds the text as typed; the resolver turns it into HTML, so server errors on it land here too. */
export interface ComposeValues {
  personIds: string[];
  templateId: string | null;
  language: string;
  subject: string;
  bodyHtml: string;
  attachmentIds: string[];
}

// The hints name merge fields literally: pass them in as values so i18next does not read them as its own.
const MERGE_FIELDS = { salutation: '{{salutation}}', signature: '{{agent.signature}}' };

const FIELDS = ['personIds', 'language', 'subject', 'bodyHtml', 'attachmentIds'] as const;

function useComposeForm(clientId: string, initial: ComposeValues, onClose: () => void) {
  const { t } = useTranslation();
  // The client's sent-mail list is dropped from the cache, so the E-mails tab (now or when opened) reads it afresh.
  const [send] = useMutation(SendEmailMutation, {
    update: (cache) => {
      cache.evict({ id: cache.identify({ __typename: 'Client', id: clientId }), fieldName: 'emailMessages' });
      cache.gc();
    },
  });
  const resolver = useMemo(
    () =>
      shapedResolver(
        SendEmailInput,
        (v: ComposeValues) => ({ ...v, clientId, templateId: undefined, bodyHtml: textToHtml(v.bodyHtml) }),
        (path) => (path.length ? String(path[0]) : null),
      ),
    [clientId],
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
  clientId: string;
  options: ComposeOptions;
  initial: ComposeValues;
  onClose: () => void;
}) {
  const { t } = useTranslation();
  const { form, submit } = useComposeForm(props.clientId, props.initial, props.onClose);
  const err = (name: (typeof FIELDS)[number]) => fieldError(t, form.formState.errors[name]);
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
    form.setValue('bodyHtml', htmlToText(template.bodyHtml));
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
      <Textarea
        label={t('mail.compose.body')}
        description={t('mail.compose.bodyHint', MERGE_FIELDS)}
        rows={8}
        {...form.register('bodyHtml')}
        error={err('bodyHtml')}
      />
      {props.options.files.length > 0 ? (
        <Controller
          control={form.control}
          name="attachmentIds"
          render={({ field }) => (
            <MultiSelect
              label={t('mail.compose.attachments')}
              data={props.options.files.map((f) => ({ value: f.id, label: f.name }))}
              value={field.value}
              onChange={field.onChange}
              searchable
              error={err('attachmentIds')}
            />
          )}
        />
      ) : (
        <Text size="sm" c="dimmed">
          {t('mail.compose.noFiles')}
        </Text>
      )}
    </FormShell>
  );
}
