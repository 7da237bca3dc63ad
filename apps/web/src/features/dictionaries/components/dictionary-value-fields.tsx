// The dictionary value form's inputs: labels per language, key, colour, position, activity flags, active.
import { Checkbox, ColorInput, Group, NumberInput, SimpleGrid, Stack, Switch, TextInput } from '@mantine/core';
import type { DictionaryKind } from '@veza/shared';
import { Controller, type UseFormReturn } from 'react-hook-form';
import { useTranslation } from 'react-i18next';
import { LabelsInputs } from '../../../components/attribute-field/labels-inputs.tsx';
import { fieldError } from '../../../lib/form-errors.ts';
import type { DictionaryValueFormValues } from './dictionary-value-form.ts';

interface Props {
  form: UseFormReturn<DictionaryValueFormValues, unknown, unknown>;
  kind: DictionaryKind;
  editing: boolean;
}

/** Key (fixed once created), colour and position. */
function DictionaryValueBasics({ form, editing }: Props) {
  const { t } = useTranslation();
  const { control, register } = form;
  const errors = form.formState.errors;
  return (
    <SimpleGrid cols={{ base: 1, sm: 3 }}>
      <TextInput
        label={t('dictionaries.fields.key')}
        description={editing ? t('dictionaries.keyFixed') : t('dictionaries.keyHint')}
        required
        readOnly={editing}
        {...register('key')}
        error={fieldError(t, errors.key)}
      />
      <Controller
        control={control}
        name="color"
        render={({ field }) => (
          <ColorInput
            label={t('dictionaries.fields.color')}
            format="hex"
            value={field.value}
            onChange={field.onChange}
            error={fieldError(t, errors.color)}
          />
        )}
      />
      <Controller
        control={control}
        name="position"
        render={({ field }) => (
          <NumberInput
            label={t('dictionaries.fields.position')}
            description={editing ? undefined : t('dictionaries.positionHint')}
            min={0}
            allowDecimal={false}
            value={field.value}
            onChange={field.onChange}
            error={fieldError(t, errors.position)}
          />
        )}
      />
    </SimpleGrid>
  );
}

export function DictionaryValueFields({ form, kind, editing }: Props) {
  const { t } = useTranslation();
  const { control, register } = form;
  const errors = form.formState.errors;
  return (
    <Stack>
      <Controller
        control={control}
        name="labels"
        render={({ field }) => (
          <LabelsInputs
            legend={t('dictionaries.fields.label')}
            value={field.value}
            onChange={field.onChange}
            errors={{ en: fieldError(t, errors.labels?.en ?? errors.labels) }}
          />
        )}
      />
      <DictionaryValueBasics form={form} kind={kind} editing={editing} />
      {kind === 'ACTIVITY_TYPE' && (
        <Group>
          <Checkbox label={t('dictionaries.fields.showOnCalendar')} {...register('showOnCalendar')} />
          <Checkbox label={t('dictionaries.fields.showOnHome')} {...register('showOnHome')} />
        </Group>
      )}
      {editing && (
        <Switch
          label={t('dictionaries.fields.active')}
          description={t('dictionaries.activeHint')}
          {...register('active')}
        />
      )}
    </Stack>
  );
}
