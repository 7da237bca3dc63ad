// Marks an activity done: result, work time, km (meeting types), and optionally the next contact, all in one step.
import { useApolloClient, useMutation, useQuery } from '@apollo/client/react';
import { Checkbox, NumberInput, Paper, SimpleGrid, Stack, Text, TextInput } from '@mantine/core';
import { Controller, useForm, useWatch } from 'react-hook-form';
import { useTranslation } from 'react-i18next';
import type { ActivityCloseModalProps } from '../../../lib/activity-modals.ts';
import { DateTimeInput } from '../../../components/date-time-input.tsx';
import { ErrorAlert } from '../../../components/error-alert.tsx';
import { FormModal, FormShell } from '../../../components/form-modal.tsx';
import { PageLoader } from '../../../components/page-loader.tsx';
import { fieldError } from '../../../lib/form-errors.ts';
import type { ResultOf } from '../../../lib/graphql-types.ts';
import { notifySuccess } from '../../../lib/notify.ts';
import { recordKey } from '../../../lib/record-key.ts';
import { useFormSubmit } from '../../../lib/use-form-submit.ts';
import { useSession } from '../../../lib/session.tsx';
import { ActivityCloseInfoQuery } from '../api/activity-close-info-query.ts';
import { CloseActivityMutation } from '../api/close-activity-mutation.ts';
import { tracksDistance, useActivityDictionary } from '../hooks/use-activity-dictionary.ts';
import type { KnownUser } from '../hooks/use-colleague-options.ts';
import {
  CLOSE_FORM_FIELDS,
  closeDefaults,
  closeResolver,
  type CloseActivityOutput,
  type CloseFormValues,
} from '../lib/close-form.ts';
import { refreshActivityViews } from '../lib/refresh-activity-views.ts';
import { ColleagueSelect, DictionaryValueSelect } from './activity-pickers.tsx';

export type { ActivityCloseModalProps };

type Form = ReturnType<typeof useForm<CloseFormValues, unknown, CloseActivityOutput>>;

function NextContactFields({ form, owner }: { form: Form; owner: KnownUser }) {
  const { t } = useTranslation();
  const { register, control, formState } = form;
  const errors = formState.errors;
  const types = useActivityDictionary('ACTIVITY_TYPE');
  return (
    <Paper p="sm" bg="var(--mantine-color-default-hover)">
      <Stack gap="xs">
        <SimpleGrid cols={{ base: 1, sm: 2 }}>
          <DateTimeInput
            label={t('activity.close.nextStartsAt')}
            required
            {...register('nextStartsAt')}
            error={fieldError(t, errors.nextStartsAt)}
          />
          <DateTimeInput
            label={t('activity.close.nextEndsAt')}
            {...register('nextEndsAt')}
            error={fieldError(t, errors.nextEndsAt)}
          />
          <Controller
            control={control}
            name="nextTypeId"
            render={({ field }) => (
              <DictionaryValueSelect
                label={t('activity.close.nextTypeId')}
                required
                options={types.options}
                value={field.value}
                onChange={field.onChange}
                error={fieldError(t, errors.nextTypeId)}
              />
            )}
          />
          <Controller
            control={control}
            name="nextOwnerId"
            render={({ field }) => (
              <ColleagueSelect
                label={t('activity.close.nextOwnerId')}
                known={[owner]}
                value={field.value}
                onChange={field.onChange}
                error={fieldError(t, errors.nextOwnerId)}
              />
            )}
          />
        </SimpleGrid>
        <TextInput
          label={t('activity.close.nextSubject')}
          placeholder={t('activity.close.nextSubjectPlaceholder')}
          {...register('nextSubject')}
          error={fieldError(t, errors.nextSubject)}
        />
      </Stack>
    </Paper>
  );
}

type CloseInfo = NonNullable<ResultOf<typeof ActivityCloseInfoQuery>['activity']>;

/** The form for one version of the activity: a reload after CONFLICT mounts it again with the new one. */
function CloseForm({
  activity,
  onClose,
  onClosed,
}: { activity: CloseInfo } & Omit<ActivityCloseModalProps, 'opened' | 'activityId'>) {
  const { t } = useTranslation();
  const { user } = useSession();
  const apollo = useApolloClient();
  const km = tracksDistance(activity.type);
  const form = useForm({
    mode: 'onTouched',
    resolver: closeResolver(user.timeZone, km),
    defaultValues: closeDefaults(activity),
  });
  const results = useActivityDictionary('ACTIVITY_RESULT');
  const [closeMutation] = useMutation(CloseActivityMutation);
  const submit = useFormSubmit({
    form,
    fields: CLOSE_FORM_FIELDS,
    save: async (input) => {
      await closeMutation({ variables: { id: activity.id, version: activity.version, input } });
      notifySuccess(input.nextContact ? t('activity.close.doneWithNext') : t('activity.close.done'));
      void refreshActivityViews(apollo);
      onClosed?.({ id: activity.id });
    },
    onClose,
  });
  const reload = () =>
    void apollo.query({ query: ActivityCloseInfoQuery, variables: { id: activity.id }, fetchPolicy: 'network-only' });
  const planNext = useWatch({ control: form.control, name: 'planNext' });
  const errors = form.formState.errors;
  return (
    <FormShell
      submit={submit}
      onReload={reload}
      submitLabel={t('activity.close.submit')}
      submitTestId="activity-close-submit"
      label={t('activity.close.title')}
    >
      <Text size="sm" c="dimmed">
        {activity.clientName} · {activity.subject}
      </Text>
      <Controller
        control={form.control}
        name="resultId"
        render={({ field }) => (
          <DictionaryValueSelect
            label={t('activity.close.resultId')}
            clearable
            options={results.options}
            value={field.value}
            onChange={field.onChange}
            error={fieldError(t, errors.resultId)}
          />
        )}
      />
      <SimpleGrid cols={{ base: 1, sm: 2 }}>
        {(['workMinutes', ...(km ? (['distanceKm'] as const) : [])] as const).map((name) => (
          <Controller
            key={name}
            control={form.control}
            name={name}
            render={({ field }) => (
              <NumberInput
                label={t(`activity.close.${name}`)}
                min={0}
                allowDecimal={name === 'distanceKm'}
                value={field.value}
                onChange={field.onChange}
                onBlur={field.onBlur}
                error={fieldError(t, errors[name])}
              />
            )}
          />
        ))}
      </SimpleGrid>
      <Checkbox label={t('activity.close.planNext')} {...form.register('planNext')} />
      {errors.nextContact && (
        <Text c="red" size="sm">
          {fieldError(t, errors.nextContact)}
        </Text>
      )}
      {planNext && <NextContactFields form={form} owner={activity.owner} />}
    </FormShell>
  );
}

function CloseLoader({ activityId, onClose, onClosed }: Omit<ActivityCloseModalProps, 'opened'>) {
  const { data, error } = useQuery(ActivityCloseInfoQuery, {
    variables: { id: activityId ?? '' },
    skip: !activityId,
    fetchPolicy: 'network-only',
  });
  const activity = data?.activity ?? null;
  if (!activity) return error ? <ErrorAlert error={error} /> : <PageLoader />;
  return <CloseForm key={recordKey(activity)} activity={activity} onClose={onClose} onClosed={onClosed} />;
}

export function ActivityCloseModal({ opened, onClose, activityId, onClosed }: ActivityCloseModalProps) {
  const { t } = useTranslation();
  return (
    <FormModal opened={opened} onClose={onClose} title={t('activity.close.title')} size="lg" formKey={activityId ?? ''}>
      <CloseLoader activityId={activityId} onClose={onClose} onClosed={onClosed} />
    </FormModal>
  );
}
