// The activity form's inputs: what and with whom, when (time span, all day or due date), who does it, the thread.
import {
  Checkbox,
  Group,
  Input,
  NumberInput,
  SegmentedControl,
  Select,
  SimpleGrid,
  Stack,
  TextInput,
  Textarea,
} from '@mantine/core';
import { Controller, useWatch, type UseFormReturn } from 'react-hook-form';
import { useTranslation } from 'react-i18next';
import { DateInput } from '../../../components/date-input.tsx';
import { DateTimeInput } from '../../../components/date-time-input.tsx';
import { fieldError } from '../../../lib/form-errors.ts';
import { useActivityDictionary, type DictionaryValueLike } from '../hooks/use-activity-dictionary.ts';
import type { KnownUser } from '../hooks/use-colleague-options.ts';
import { convertTiming, type ActivityFormValues, type Timing } from '../lib/activity-form.ts';
import {
  ClientSelect,
  ColleagueSelect,
  DictionaryValueSelect,
  ParentSelect,
  ParticipantsSelect,
} from './activity-pickers.tsx';
import { ActivityOpportunityFields } from './activity-opportunity-fields.tsx';
import { ActivityReminderField } from './activity-reminder-field.tsx';

export interface ActivityFormContext {
  creating: boolean;
  activityId: string | null;
  client: { id: string; name: string } | null;
  persons: { id: string; fullName: string }[];
  /** Users already on the activity (owner, participants): offered first, named before any search. */
  knownUsers: readonly KnownUser[];
  current?: {
    type?: DictionaryValueLike | null;
    category?: DictionaryValueLike | null;
    channel?: DictionaryValueLike | null;
    parent?: { id: string; subject: string } | null;
  };
}

interface Props<Out> {
  form: UseFormReturn<ActivityFormValues, unknown, Out>;
  context: ActivityFormContext;
}

function WhatFields<Out>({ form, context }: Props<Out>) {
  const { t } = useTranslation();
  const { control, formState, register } = form;
  const errors = formState.errors;
  const types = useActivityDictionary('ACTIVITY_TYPE', context.current?.type);
  const categories = useActivityDictionary('ACTIVITY_CATEGORY', context.current?.category);
  const channels = useActivityDictionary('CONTACT_CHANNEL', context.current?.channel);
  const dictionary = (name: 'typeId' | 'categoryId' | 'channelId', options: typeof types.options, required = false) => (
    <Controller
      control={control}
      name={name}
      render={({ field }) => (
        <DictionaryValueSelect
          label={t(`activity.fields.${name}`)}
          required={required}
          clearable={!required}
          options={options}
          value={field.value}
          onChange={field.onChange}
          onBlur={field.onBlur}
          error={fieldError(t, errors[name])}
        />
      )}
    />
  );
  return (
    <>
      <SimpleGrid cols={{ base: 1, sm: 3 }}>
        {dictionary('typeId', types.options, true)}
        {dictionary('categoryId', categories.options)}
        {dictionary('channelId', channels.options)}
      </SimpleGrid>
      <TextInput
        label={t('activity.fields.subject')}
        required
        {...register('subject')}
        error={fieldError(t, errors.subject)}
      />
      <Textarea
        label={t('activity.fields.note')}
        autosize
        minRows={2}
        maxRows={8}
        {...register('note')}
        error={fieldError(t, errors.note)}
      />
    </>
  );
}

function ClientFields<Out>({ form, context }: Props<Out>) {
  const { t } = useTranslation();
  const { control, formState, setValue, getValues } = form;
  const errors = formState.errors;
  const personOptions = context.persons.map((p) => ({ value: p.id, label: p.fullName }));
  const onClientChange = (value: string | null) => {
    setValue('clientId', value, { shouldDirty: true, shouldValidate: formState.isSubmitted });
    // Persons and the parent belong to the previous client.
    setValue('contactPersonId', null);
    setValue('parentId', null);
    setValue(
      'participants',
      getValues('participants').filter((p) => p.startsWith('user:')),
    );
  };
  return (
    <SimpleGrid cols={{ base: 1, sm: 2 }}>
      <Controller
        control={control}
        name="clientId"
        render={({ field }) => (
          <ClientSelect
            label={t('activity.fields.clientId')}
            required
            disabled={!context.creating}
            known={context.client}
            value={field.value}
            onChange={onClientChange}
            onBlur={field.onBlur}
            error={fieldError(t, errors.clientId)}
          />
        )}
      />
      <Controller
        control={control}
        name="contactPersonId"
        render={({ field }) => (
          <Select
            label={t('activity.fields.contactPersonId')}
            data={personOptions}
            value={field.value}
            onChange={field.onChange}
            onBlur={field.onBlur}
            clearable
            searchable
            disabled={!context.client}
            placeholder={context.client ? undefined : t('activity.chooseClientFirst')}
            nothingFoundMessage={t('activity.noPersons')}
            error={fieldError(t, errors.contactPersonId)}
          />
        )}
      />
    </SimpleGrid>
  );
}

function WhenFields<Out>({ form }: Props<Out>) {
  const { t } = useTranslation();
  const { control, formState, register, getValues, setValue } = form;
  const errors = formState.errors;
  const timing = useWatch({ control, name: 'timing' });
  const dueAt = useWatch({ control, name: 'dueAt' });
  const changeTiming = (next: string) => {
    const patch = convertTiming(getValues(), next as Timing);
    for (const key of Object.keys(patch) as (keyof ActivityFormValues)[]) {
      const value = patch[key];
      if (value !== undefined) setValue(key, value, { shouldDirty: true });
    }
  };
  const dateInput = (name: 'startsAt' | 'endsAt' | 'dueAt', label: string, type: 'date' | 'time', required = false) =>
    type === 'date' ? (
      <DateInput label={label} required={required} {...register(name)} error={fieldError(t, errors[name])} />
    ) : (
      <DateTimeInput label={label} required={required} {...register(name)} error={fieldError(t, errors[name])} />
    );
  return (
    <Stack gap="xs">
      <Controller
        control={control}
        name="timing"
        render={({ field }) => (
          <SegmentedControl
            aria-label={t('activity.timing.label')}
            value={field.value}
            onChange={changeTiming}
            data={(['time', 'allDay', 'due'] as const).map((value) => ({
              value,
              label: t(`activity.timing.${value}`),
            }))}
            w="fit-content"
          />
        )}
      />
      {timing === 'time' && (
        <SimpleGrid cols={{ base: 1, sm: 2 }}>
          {dateInput('startsAt', t('activity.fields.startsAt'), 'time')}
          {dateInput('endsAt', t('activity.fields.endsAt'), 'time')}
          {dueAt && dateInput('dueAt', t('activity.fields.dueAt'), 'time')}
          <ActivityReminderField form={form} />
        </SimpleGrid>
      )}
      {timing === 'allDay' && (
        <SimpleGrid cols={{ base: 1, sm: 2 }}>
          {dateInput('startsAt', t('activity.fields.firstDay'), 'date', true)}
          {dateInput('endsAt', t('activity.fields.lastDay'), 'date')}
          {dueAt && dateInput('dueAt', t('activity.fields.dueAt'), 'time')}
        </SimpleGrid>
      )}
      {timing === 'due' && (
        <SimpleGrid cols={{ base: 1, sm: 2 }}>{dateInput('dueAt', t('activity.fields.dueAt'), 'time')}</SimpleGrid>
      )}
    </Stack>
  );
}

function WhoFields<Out>({ form, context }: Props<Out>) {
  const { t } = useTranslation();
  const { control, formState } = form;
  const clientId = useWatch({ control, name: 'clientId' });
  const errors = formState.errors;
  return (
    <>
      <SimpleGrid cols={{ base: 1, sm: 3 }}>
        <Controller
          control={control}
          name="ownerId"
          render={({ field }) => (
            <ColleagueSelect
              label={t('activity.fields.ownerId')}
              known={context.knownUsers}
              value={field.value}
              onChange={field.onChange}
              onBlur={field.onBlur}
              error={fieldError(t, errors.ownerId)}
            />
          )}
        />
        <Controller
          control={control}
          name="priority"
          render={({ field }) => (
            <Input.Wrapper label={t('activity.fields.priority')} labelProps={{ id: 'activity-priority-label' }}>
              <SegmentedControl
                aria-labelledby="activity-priority-label"
                value={field.value}
                onChange={field.onChange}
                fullWidth
                data={(['LOW', 'NORMAL', 'HIGH'] as const).map((value) => ({
                  value,
                  label: t(`activity.priority.${value}`),
                }))}
              />
            </Input.Wrapper>
          )}
        />
        <Controller
          control={control}
          name="percentComplete"
          render={({ field }) => (
            <NumberInput
              label={t('activity.fields.percentComplete')}
              min={0}
              max={100}
              allowDecimal={false}
              suffix=" %"
              value={field.value}
              onChange={field.onChange}
              onBlur={field.onBlur}
              error={fieldError(t, errors.percentComplete)}
            />
          )}
        />
      </SimpleGrid>
      <Controller
        control={control}
        name="participants"
        render={({ field }) => (
          <ParticipantsSelect
            label={t('activity.fields.participants')}
            persons={context.persons}
            known={context.knownUsers}
            value={field.value}
            onChange={field.onChange}
            onBlur={field.onBlur}
            clearable
            error={fieldError(t, errors.participants)}
          />
        )}
      />
      <Controller
        control={control}
        name="parentId"
        render={({ field }) => (
          <ParentSelect
            label={t('activity.fields.parentId')}
            clientId={clientId}
            excludeId={context.activityId}
            known={context.current?.parent ?? null}
            value={field.value}
            onChange={field.onChange}
            onBlur={field.onBlur}
            error={fieldError(t, errors.parentId)}
          />
        )}
      />
    </>
  );
}

export function ActivityFormFields<Out>(props: Props<Out>) {
  const { t } = useTranslation();
  return (
    <Stack gap="sm">
      <ClientFields {...props} />
      <WhatFields {...props} />
      <WhenFields {...props} />
      <WhoFields {...props} />
      <ActivityOpportunityFields form={props.form} creating={props.context.creating} />
      {props.context.creating && (
        <Group>
          <Checkbox label={t('activity.fields.done')} {...props.form.register('done')} />
        </Group>
      )}
    </Stack>
  );
}
