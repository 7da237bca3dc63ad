// Create or edit a rule: trigger, condition (client filter builder) and actions (a list of forms), or both as JSON for
// advanced users; with a live preview.
import { useApolloClient } from '@apollo/client/react';
import { Alert, Button, Text, TextInput, Textarea } from '@mantine/core';
import { useState } from 'react';
import { useForm } from 'react-hook-form';
import { useTranslation } from 'react-i18next';
import { ErrorAlert } from '../../../components/error-alert.tsx';
import { FormModal, FormShell } from '../../../components/form-modal.tsx';
import { fieldError } from '../../../lib/form-errors.ts';
import { errorText } from '../../../lib/graphql-errors.ts';
import { recordKey } from '../../../lib/record-key.ts';
import { useFormSubmit } from '../../../lib/use-form-submit.ts';
import { AutomationRulesQuery } from '../api/automation-rules-query.ts';
import { usePreviewRule, useSaveRule, type RuleRow } from '../hooks/use-automation-rules.ts';
import type { RuleFormValues } from '../lib/rule-input.ts';
import { ruleResolver } from '../lib/rule-resolver.ts';
import { RuleConditionAndActions } from './rule-condition-and-actions.tsx';
import { RuleTriggerFields } from './rule-trigger-fields.tsx';

const FIELDS = [
  'name',
  'description',
  'entity',
  'trigger',
  'triggerField',
  'offsetDays',
  'dailyAt',
  'condition',
  'actions',
] as const;

function defaults(rule: RuleRow | null): RuleFormValues {
  return {
    name: rule?.name ?? '',
    description: rule?.description ?? '',
    entity: rule?.entity ?? 'CLIENT',
    trigger: rule?.trigger ?? 'CREATED',
    triggerField: rule?.triggerField ?? '',
    offsetDays: rule?.offsetDays ?? '',
    dailyAt: rule?.dailyAt ?? '',
    condition: JSON.stringify(rule?.condition ?? {}, null, 2),
    actions: JSON.stringify(rule?.actions ?? [{ type: 'NOTIFY', roles: ['OWNER'] }], null, 2),
  };
}

export function RuleFormModal({
  rule,
  opened,
  onClose,
}: {
  rule: RuleRow | null;
  opened: boolean;
  onClose: () => void;
}) {
  const { t } = useTranslation();
  return (
    <FormModal
      opened={opened}
      onClose={onClose}
      title={rule ? t('automation.edit') : t('automation.create')}
      size="lg"
      formKey={recordKey(rule)}
    >
      <RuleForm rule={rule} onClose={onClose} />
    </FormModal>
  );
}

function PreviewResult({ result }: { result: ReturnType<typeof usePreviewRule>['result'] }) {
  const { t } = useTranslation();
  if (!result) return null;
  return (
    <Alert color="blue">
      <Text size="sm">{t('automation.previewResult', { count: result.count })}</Text>
      {result.sample.map((r) => (
        <Text key={r.id} size="xs" c="dimmed">
          {r.label}
        </Text>
      ))}
    </Alert>
  );
}

function RuleForm({ rule, onClose }: { rule: RuleRow | null; onClose: () => void }) {
  const { t } = useTranslation();
  const client = useApolloClient();
  const form = useForm({ resolver: ruleResolver(rule?.enabled ?? false), defaultValues: defaults(rule) });
  const saveRule = useSaveRule();
  const preview = usePreviewRule();
  const [previewError, setPreviewError] = useState<string | null>(null);
  const submit = useFormSubmit({
    form,
    fields: FIELDS,
    save: (input) => saveRule(rule, input),
    successMessage: t('automation.saved'),
    onClose,
  });
  const runPreview = form.handleSubmit(async (input) => {
    setPreviewError(null);
    try {
      await preview.preview(input);
    } catch (error) {
      setPreviewError(errorText(t, error));
    }
  });
  const reload = () => void client.refetchQueries({ include: [AutomationRulesQuery] });
  const err = (f: keyof RuleFormValues) => fieldError(t, form.formState.errors[f]);
  const previewButton = (
    <Button variant="default" loading={preview.loading} onClick={() => void runPreview()}>
      {t('automation.preview')}
    </Button>
  );
  return (
    <FormShell submit={submit} onReload={reload} extraActions={previewButton}>
      <TextInput label={t('automation.fields.name')} {...form.register('name')} error={err('name')} required />
      <Textarea label={t('automation.fields.description')} {...form.register('description')} autosize minRows={2} />
      <RuleTriggerFields form={form} />
      <RuleConditionAndActions form={form} />
      <PreviewResult result={preview.result} />
      <ErrorAlert message={previewError} />
    </FormShell>
  );
}
