// Create or edit a rule: trigger, condition (filter language as JSON) and actions (JSON), with a live preview.
import { Alert, Button, Group, Modal, NumberInput, Select, Stack, Text, TextInput, Textarea } from '@mantine/core';
import { AUTOMATION_ENTITIES, AUTOMATION_FIELDS, AUTOMATION_TRIGGERS } from '@veza/shared';
import { useState } from 'react';
import { Controller, useForm, useWatch } from 'react-hook-form';
import { useTranslation } from 'react-i18next';
import { fieldError } from '../../../lib/form-errors.ts';
import { apiErrors, describeError, errorText } from '../../../lib/graphql-errors.ts';
import { notifySuccess } from '../../../lib/notify.ts';
import { usePreviewRule, useSaveRule, type RuleRow } from '../hooks/use-automation-rules.ts';
import { formToInput, type RuleFormValues } from '../lib/rule-input.ts';

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
    <Modal opened={opened} onClose={onClose} title={rule ? t('automation.edit') : t('automation.create')} size="lg">
      {opened && <RuleForm key={rule?.id ?? 'new'} rule={rule} onClose={onClose} />}
    </Modal>
  );
}

function RuleForm({ rule, onClose }: { rule: RuleRow | null; onClose: () => void }) {
  const { t } = useTranslation();
  const form = useForm<RuleFormValues>({ defaultValues: defaults(rule) });
  const save = useSaveRule();
  const preview = usePreviewRule();
  const [formError, setFormError] = useState<string | null>(null);
  const entity = useWatch({ control: form.control, name: 'entity' });
  const trigger = useWatch({ control: form.control, name: 'trigger' });
  const fieldOptions =
    trigger === 'TIME_RELATIVE' ? AUTOMATION_FIELDS[entity]!.dates : AUTOMATION_FIELDS[entity]!.changeable;

  const build = () => {
    const built = formToInput(form.getValues(), rule?.enabled ?? false);
    if ('errors' in built) {
      for (const e of built.errors) form.setError(e.field, { type: 'client', message: e.message });
      return null;
    }
    return built.input;
  };
  // Server fields are `input.actions.0.role` and the like: each lands on its form field (JSON ones on the textarea).
  const onServer = (error: unknown) => {
    const rest: string[] = [];
    for (const e of apiErrors(error)) {
      const field = FIELDS.find((f) => f === e.field?.replace(/^input\./, '').split('.')[0]);
      if (e.code === 'BAD_USER_INPUT' && field) form.setError(field, { type: 'server', message: e.message });
      else rest.push(describeError(t, e));
    }
    setFormError(rest.length ? rest.join(' ') : null);
  };
  const submit = async () => {
    form.clearErrors();
    const input = build();
    if (!input) return;
    try {
      await save(rule, input);
      notifySuccess(t('automation.saved'));
      onClose();
    } catch (error) {
      onServer(error);
    }
  };
  const runPreview = async () => {
    form.clearErrors();
    const input = build();
    if (!input) return;
    try {
      await preview.preview(input);
    } catch (error) {
      setFormError(errorText(t, error));
    }
  };
  const err = (f: keyof RuleFormValues) => fieldError(t, form.formState.errors[f]);

  return (
    <Stack gap="sm">
      <TextInput label={t('automation.fields.name')} {...form.register('name')} error={err('name')} required />
      <Textarea label={t('automation.fields.description')} {...form.register('description')} autosize minRows={2} />
      <Group grow>
        <Controller
          control={form.control}
          name="entity"
          render={({ field }) => (
            <Select
              label={t('automation.fields.entity')}
              data={AUTOMATION_ENTITIES.map((e) => ({ value: e, label: t(`automation.entity.${e}`) }))}
              value={field.value}
              onChange={(v) => field.onChange(v ?? 'CLIENT')}
              allowDeselect={false}
              error={err('entity')}
            />
          )}
        />
        <Controller
          control={form.control}
          name="trigger"
          render={({ field }) => (
            <Select
              label={t('automation.fields.trigger')}
              data={AUTOMATION_TRIGGERS.map((v) => ({ value: v, label: t(`automation.trigger.${v}`) }))}
              value={field.value}
              onChange={(v) => field.onChange(v ?? 'CREATED')}
              allowDeselect={false}
              error={err('trigger')}
            />
          )}
        />
      </Group>
      {(trigger === 'UPDATED' || trigger === 'TIME_RELATIVE') && (
        <Group grow>
          <Controller
            control={form.control}
            name="triggerField"
            render={({ field }) => (
              <Select
                label={t('automation.fields.triggerField')}
                data={fieldOptions}
                value={field.value || null}
                onChange={(v) => field.onChange(v ?? '')}
                clearable={trigger === 'UPDATED'}
                error={err('triggerField')}
              />
            )}
          />
          {trigger === 'TIME_RELATIVE' && (
            <Controller
              control={form.control}
              name="offsetDays"
              render={({ field }) => (
                <NumberInput
                  label={t('automation.fields.offsetDays')}
                  description={t('automation.offsetHint')}
                  value={field.value}
                  onChange={field.onChange}
                  error={err('offsetDays')}
                />
              )}
            />
          )}
        </Group>
      )}
      {trigger === 'DAILY' && (
        <TextInput
          label={t('automation.fields.dailyAt')}
          placeholder="07:00"
          {...form.register('dailyAt')}
          error={err('dailyAt')}
        />
      )}
      <Textarea
        label={t('automation.fields.condition')}
        description={t('automation.conditionHint')}
        {...form.register('condition')}
        autosize
        minRows={3}
        styles={{ input: { fontFamily: 'monospace' } }}
        error={err('condition')}
      />
      <Textarea
        label={t('automation.fields.actions')}
        description={t('automation.actionsHint')}
        {...form.register('actions')}
        autosize
        minRows={4}
        styles={{ input: { fontFamily: 'monospace' } }}
        error={err('actions')}
      />
      {preview.result && (
        <Alert color="blue">
          <Text size="sm">{t('automation.previewResult', { count: preview.result.count })}</Text>
          {preview.result.sample.map((r) => (
            <Text key={r.id} size="xs" c="dimmed">
              {r.label}
            </Text>
          ))}
        </Alert>
      )}
      {formError && <Alert color="red">{formError}</Alert>}
      <Group justify="flex-end">
        <Button variant="default" loading={preview.loading} onClick={() => void runPreview()}>
          {t('automation.preview')}
        </Button>
        <Button onClick={() => void submit()}>{t('common.save')}</Button>
      </Group>
    </Stack>
  );
}
