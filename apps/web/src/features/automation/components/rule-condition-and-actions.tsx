// The rule's condition and actions, edited visually (filter builder, action forms) or as JSON; both views edit the
// same form values, which the shared zod schema checks on save.
import { SegmentedControl, Stack, Textarea } from '@mantine/core';
import type { AutomationRuleInput } from '@veza/shared';
import { useState } from 'react';
import { Controller, useWatch, type UseFormReturn } from 'react-hook-form';
import { useTranslation } from 'react-i18next';
import { fieldError } from '../../../lib/form-errors.ts';
import type { RuleFormValues } from '../lib/rule-input.ts';
import { RuleActionsEditor } from './rule-actions-editor.tsx';
import { RuleConditionEditor } from './rule-condition-editor.tsx';

const monospace = { input: { fontFamily: 'monospace' } };

export function RuleConditionAndActions({
  form,
}: {
  form: UseFormReturn<RuleFormValues, unknown, AutomationRuleInput>;
}) {
  const { t } = useTranslation();
  const [view, setView] = useState<'visual' | 'json'>('visual');
  const entity = useWatch({ control: form.control, name: 'entity' });
  const err = (f: keyof RuleFormValues) => fieldError(t, form.formState.errors[f]);
  return (
    <Stack gap="sm">
      <SegmentedControl
        aria-label={t('automation.view')}
        value={view}
        onChange={(v) => setView(v as 'visual' | 'json')}
        data={[
          { value: 'visual', label: t('automation.visualView') },
          { value: 'json', label: t('automation.jsonView') },
        ]}
      />
      {view === 'visual' ? (
        <>
          <Controller
            control={form.control}
            name="condition"
            render={({ field }) => (
              <RuleConditionEditor
                value={field.value}
                entity={entity}
                onChange={field.onChange}
                error={err('condition')}
              />
            )}
          />
          <Controller
            control={form.control}
            name="actions"
            render={({ field }) => (
              <RuleActionsEditor value={field.value} entity={entity} onChange={field.onChange} error={err('actions')} />
            )}
          />
        </>
      ) : (
        <>
          <Textarea
            label={t('automation.fields.condition')}
            description={t('automation.conditionHint')}
            {...form.register('condition')}
            autosize
            minRows={3}
            styles={monospace}
            error={err('condition')}
          />
          <Textarea
            label={t('automation.fields.actions')}
            description={t('automation.actionsHint')}
            {...form.register('actions')}
            autosize
            minRows={4}
            styles={monospace}
            error={err('actions')}
          />
        </>
      )}
    </Stack>
  );
}
