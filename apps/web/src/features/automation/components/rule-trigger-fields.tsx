// The rule's "when": entity, trigger and what the trigger needs (a field, a day offset, a time of day).
import { Group, NumberInput, Select, TextInput } from '@mantine/core';
import { AUTOMATION_ENTITIES, AUTOMATION_FIELDS, AUTOMATION_TRIGGERS, type AutomationRuleInput } from '@veza/shared';
import { Controller, useWatch, type UseFormReturn } from 'react-hook-form';
import { useTranslation } from 'react-i18next';
import { fieldError } from '../../../lib/form-errors.ts';
import type { RuleFormValues } from '../lib/rule-input.ts';

export function RuleTriggerFields({ form }: { form: UseFormReturn<RuleFormValues, unknown, AutomationRuleInput> }) {
  const { t } = useTranslation();
  const entity = useWatch({ control: form.control, name: 'entity' });
  const trigger = useWatch({ control: form.control, name: 'trigger' });
  const fieldOptions = (
    trigger === 'TIME_RELATIVE' ? AUTOMATION_FIELDS[entity]!.dates : AUTOMATION_FIELDS[entity]!.changeable
  ).map((value) => ({ value, label: t(`automation.field.${value}`) }));
  const err = (f: keyof RuleFormValues) => fieldError(t, form.formState.errors[f]);
  return (
    <>
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
    </>
  );
}
