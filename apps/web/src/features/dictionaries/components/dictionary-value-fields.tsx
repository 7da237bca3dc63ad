// The dictionary value form's inputs: labels per language, key, colour, position, activity icon and flags, active.
import { Checkbox, ColorInput, Group, NumberInput, Select, SimpleGrid, Stack, Text, TextInput } from '@mantine/core';
import { ACTIVITY_TYPE_ICONS, STAGE_OUTCOMES, type DictionaryKind } from '@veza/shared';
import { Controller, type FieldError, type UseFormReturn } from 'react-hook-form';
import { useTranslation } from 'react-i18next';
import { ActivityTypeIcon } from '../../../components/activity-type-icon.tsx';
import { LabelsInputs } from '../../../components/attribute-field/labels-inputs.tsx';
import { ControlledSwitch } from '../../../components/controlled-switch.tsx';
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

/** One of the fixed activity type icons, each shown with its drawing; clearing it leaves the type with its dot. */
function IconSelect({ form }: Pick<Props, 'form'>) {
  const { t } = useTranslation();
  // The shared schema checks `meta.icon`, so a client-side error sits there rather than on the form's `icon`.
  const errors = form.formState.errors as typeof form.formState.errors & { meta?: { icon?: FieldError } };
  const data = ACTIVITY_TYPE_ICONS.map((key) => ({ value: key, label: t(`dictionaries.icons.${key}`) }));
  return (
    <Controller
      control={form.control}
      name="icon"
      render={({ field }) => (
        <Select
          label={t('dictionaries.fields.icon')}
          placeholder={t('dictionaries.noIcon')}
          data={data}
          value={field.value}
          onChange={field.onChange}
          searchable
          clearable
          nothingFoundMessage={t('common.nothingFound')}
          leftSection={field.value ? <ActivityTypeIcon variant="glyph" icon={field.value} size={16} /> : undefined}
          renderOption={({ option }) => (
            <Group gap="xs" wrap="nowrap">
              <ActivityTypeIcon variant="glyph" icon={option.value} size={16} />
              <Text size="sm">{option.label}</Text>
            </Group>
          )}
          error={fieldError(t, errors.meta?.icon ?? errors.icon)}
        />
      )}
    />
  );
}

/** A pipeline stage's probability and whether it closes the opportunity as won or lost. */
function StageFields({ form }: Pick<Props, 'form'>) {
  const { t } = useTranslation();
  const errors = form.formState.errors as typeof form.formState.errors & { meta?: { probability?: FieldError } };
  return (
    <SimpleGrid cols={{ base: 1, sm: 2 }}>
      <Controller
        control={form.control}
        name="outcome"
        render={({ field }) => (
          <Select
            label={t('dictionaries.fields.outcome')}
            data={STAGE_OUTCOMES.map((o) => ({ value: o, label: t(`dictionaries.outcomes.${o}`) }))}
            value={field.value}
            allowDeselect={false}
            onChange={(v) => field.onChange(v ?? 'OPEN')}
          />
        )}
      />
      <Controller
        control={form.control}
        name="probability"
        render={({ field }) => (
          <NumberInput
            label={t('dictionaries.fields.probability')}
            min={0}
            max={100}
            allowDecimal={false}
            value={field.value}
            onChange={field.onChange}
            error={fieldError(t, errors.meta?.probability)}
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
        <>
          <SimpleGrid cols={{ base: 1, sm: 3 }}>
            <IconSelect form={form} />
          </SimpleGrid>
          <Group>
            <Checkbox label={t('dictionaries.fields.showOnCalendar')} {...register('showOnCalendar')} />
            <Checkbox label={t('dictionaries.fields.showOnHome')} {...register('showOnHome')} />
            <Checkbox label={t('dictionaries.fields.sendToOutlook')} {...register('sendToOutlook')} />
          </Group>
        </>
      )}
      {kind === 'OPPORTUNITY_STAGE' && <StageFields form={form} />}
      {editing && (
        <ControlledSwitch
          control={control}
          name="active"
          label={t('dictionaries.fields.active')}
          description={t('dictionaries.activeHint')}
        />
      )}
    </Stack>
  );
}
