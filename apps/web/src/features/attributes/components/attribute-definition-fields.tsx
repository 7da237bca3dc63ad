// The attribute definition form's inputs: key, type, labels, help texts, flags, position and choices.
import { Checkbox, Group, NumberInput, Select, SimpleGrid, Stack, TextInput, Title } from '@mantine/core';
import { ATTRIBUTE_TYPES, isChoiceType } from '@veza/shared';
import { Controller, type UseFormReturn } from 'react-hook-form';
import { useTranslation } from 'react-i18next';
import { LabelsInputs } from '../../../components/attribute-field/labels-inputs.tsx';
import { ControlledSwitch } from '../../../components/controlled-switch.tsx';
import { fieldError } from '../../../lib/form-errors.ts';
import type { AttributeDefinitionFormValues } from './attribute-definition-form.ts';
import { ChoicesEditor } from './choices-editor.tsx';

interface Props {
  form: UseFormReturn<AttributeDefinitionFormValues, unknown, unknown>;
  editing: boolean;
}

/** Key and type are fixed once created; position orders the fields in forms. */
function AttributeBasics({ form, editing }: Props) {
  const { t } = useTranslation();
  const { control, register } = form;
  const errors = form.formState.errors;
  return (
    <SimpleGrid cols={{ base: 1, sm: 3 }}>
      <TextInput
        label={t('attributes.fields.key')}
        description={editing ? t('attributes.keyFixed') : t('attributes.keyHint')}
        required
        readOnly={editing}
        {...register('key')}
        error={fieldError(t, errors.key)}
      />
      <Controller
        control={control}
        name="type"
        render={({ field }) => (
          <Select
            label={t('attributes.fields.type')}
            description={editing ? t('attributes.typeFixed') : undefined}
            data={ATTRIBUTE_TYPES.map((type) => ({ value: type, label: t(`attributes.type.${type}`) }))}
            value={field.value}
            onChange={(v) => v && field.onChange(v)}
            allowDeselect={false}
            disabled={editing}
            error={fieldError(t, errors.type)}
          />
        )}
      />
      <Controller
        control={control}
        name="position"
        render={({ field }) => (
          <NumberInput
            label={t('attributes.fields.position')}
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

export function AttributeDefinitionFields({ form, editing }: Props) {
  const { t } = useTranslation();
  const { control, register, watch, formState } = form;
  const errors = formState.errors;
  return (
    <Stack>
      <AttributeBasics form={form} editing={editing} />
      <Controller
        control={control}
        name="labels"
        render={({ field }) => (
          <LabelsInputs
            legend={t('attributes.fields.label')}
            value={field.value}
            onChange={field.onChange}
            errors={{ en: fieldError(t, errors.labels?.en ?? errors.labels) }}
          />
        )}
      />
      <Controller
        control={control}
        name="help"
        render={({ field }) => (
          <LabelsInputs
            legend={t('attributes.fields.help')}
            englishRequired={false}
            value={field.value}
            onChange={field.onChange}
            errors={{ en: fieldError(t, errors.help?.en ?? errors.help) }}
          />
        )}
      />
      <Group>
        <Checkbox label={t('attributes.fields.required')} {...register('required')} />
        {editing && <ControlledSwitch control={control} name="active" label={t('attributes.fields.active')} />}
      </Group>
      {isChoiceType(watch('type')) && (
        <>
          <Title order={3} size="h5">
            {t('attributes.choices')}
          </Title>
          <Controller
            control={control}
            name="choices"
            render={({ field }) => (
              <ChoicesEditor value={field.value} onChange={field.onChange} errors={errors.choices} />
            )}
          />
        </>
      )}
    </Stack>
  );
}
