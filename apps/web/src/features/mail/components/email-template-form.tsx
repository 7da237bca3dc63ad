// A template's editor (form kit): name, salutation language, subject and HTML body with merge-field menus, a preview
// with a real person before saving, and — once saved — the files that go with every mail from it. The server's
// refusals (triple braces, partials, unknown fields) land under the subject or body, from saving or previewing.
import { useMutation } from '@apollo/client/react';
import { Group, Input, Stack, Text, TextInput } from '@mantine/core';
import { EmailTemplateInput, LOCALES } from '@veza/shared';
import { Controller, useForm } from 'react-hook-form';
import { useTranslation } from 'react-i18next';
import { AttachmentsPanel } from '../../../components/attachments/attachments-panel.tsx';
import { FormShell } from '../../../components/form-modal.tsx';
import { LanguageSelect } from '../../../components/language-select.tsx';
import { fieldError } from '../../../lib/form-errors.ts';
import { shapedResolver } from '../../../lib/shaped-resolver.ts';
import { useFormSubmit } from '../../../lib/use-form-submit.ts';
import { CreateEmailTemplateMutation } from '../api/create-email-template-mutation.ts';
import { UpdateEmailTemplateMutation } from '../api/update-email-template-mutation.ts';
import { MailEditor } from './lazy-mail-editor.tsx';
import { MergeFieldMenu } from './merge-field-menu.tsx';
import { TemplatePreview } from './template-preview.tsx';

export type TemplateValues = { name: string; language: string; subject: string; bodyHtml: string };
export type TemplateRecord = TemplateValues & { id: string; version: number };

const FIELDS = ['name', 'language', 'subject', 'bodyHtml'] as const;
const resolver = shapedResolver(EmailTemplateInput, (v: TemplateValues) => v);

/** A new template's salutation language: the writer's own where it is one of the mail languages. */
const mailLanguage = (uiLanguage: string | undefined) => LOCALES.find((l) => l === uiLanguage) ?? 'en';

function useTemplateForm(template: TemplateRecord | null, onClose: () => void) {
  const { t, i18n } = useTranslation();
  const [create] = useMutation(CreateEmailTemplateMutation, { refetchQueries: ['EmailTemplates'] });
  const [update] = useMutation(UpdateEmailTemplateMutation);
  const form = useForm<TemplateValues, unknown, EmailTemplateInput>({
    defaultValues: template
      ? { name: template.name, language: template.language, subject: template.subject, bodyHtml: template.bodyHtml }
      : { name: '', language: mailLanguage(i18n.language), subject: '', bodyHtml: '' },
    resolver,
  });
  const submit = useFormSubmit({
    form,
    fields: FIELDS,
    save: (input) =>
      template
        ? update({ variables: { id: template.id, input: { ...input, version: template.version } } })
        : create({ variables: { input } }),
    successMessage: t('mailEditor.templates.saved'),
    onClose,
  });
  return { form, submit };
}

export function EmailTemplateForm(props: {
  template: TemplateRecord | null;
  onClose: () => void;
  onReload: () => void;
}) {
  const { t } = useTranslation();
  const { form, submit } = useTemplateForm(props.template, props.onClose);
  const err = (name: (typeof FIELDS)[number]) => fieldError(t, form.formState.errors[name]);
  const insertIntoSubject = (tag: string) => {
    const input = document.getElementById('template-subject') as HTMLInputElement | null;
    const value = form.getValues('subject');
    const at = input?.selectionStart ?? value.length;
    form.setValue('subject', value.slice(0, at) + tag + value.slice(at), { shouldDirty: true });
  };
  const previewErrors = (errors: { field: string; message: string }[]) => {
    form.clearErrors(['subject', 'bodyHtml']);
    for (const e of errors)
      if (e.field === 'subject' || e.field === 'bodyHtml')
        form.setError(e.field, { type: 'server', message: e.message });
  };
  return (
    <FormShell submit={submit} onReload={props.onReload}>
      <TextInput label={t('mailEditor.templates.name')} {...form.register('name')} error={err('name')} />
      <Controller
        control={form.control}
        name="language"
        render={({ field }) => (
          <LanguageSelect
            label={t('mail.compose.language')}
            value={field.value}
            onChange={field.onChange}
            error={err('language')}
          />
        )}
      />
      <Stack gap={4}>
        <Group justify="space-between" wrap="nowrap">
          <Input.Label htmlFor="template-subject">{t('mail.compose.subject')}</Input.Label>
          <MergeFieldMenu target={t('mail.compose.subject')} onInsert={insertIntoSubject} />
        </Group>
        <TextInput id="template-subject" {...form.register('subject')} error={err('subject')} />
      </Stack>
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
            minHeight={220}
          />
        )}
      />
      <TemplatePreview
        content={() => {
          const { language, subject, bodyHtml } = form.getValues();
          return { language, subject, bodyHtml };
        }}
        onErrors={previewErrors}
      />
      <Stack gap={4}>
        <Text size="sm" fw={500}>
          {t('mailEditor.templates.attachments')}
        </Text>
        {props.template ? (
          <AttachmentsPanel ownerId={props.template.id} canWrite />
        ) : (
          <Text size="sm" c="dimmed">
            {t('mailEditor.templates.attachAfterSave')}
          </Text>
        )}
      </Stack>
    </FormShell>
  );
}
