// Marks an activity done: result, work time, km (meeting types), and optionally the next contact, all in one step.
import { useApolloClient, useMutation, useQuery } from '@apollo/client/react';
import { Button, Checkbox, Group, Modal, NumberInput, Paper, SimpleGrid, Stack, Text, TextInput } from '@mantine/core';
import { useEffect, useMemo, useState } from 'react';
import { Controller, useForm, useWatch } from 'react-hook-form';
import { useTranslation } from 'react-i18next';
import type { ActivityCloseModalProps } from '../../../lib/activity-modals.ts';
import { ConflictAlert } from '../../../components/conflict-alert.tsx';
import { ErrorAlert } from '../../../components/error-alert.tsx';
import { PageLoader } from '../../../components/page-loader.tsx';
import { applyApiErrors, fieldError } from '../../../lib/form-errors.ts';
import { hasErrorCode } from '../../../lib/graphql-errors.ts';
import { notifySuccess } from '../../../lib/notify.ts';
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
          <TextInput
            type="datetime-local"
            label={t('activity.close.nextStartsAt')}
            required
            {...register('nextStartsAt')}
            error={fieldError(t, errors.nextStartsAt)}
          />
          <TextInput
            type="datetime-local"
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

export function ActivityCloseModal({ opened, onClose, activityId, onClosed }: ActivityCloseModalProps) {
  const { t } = useTranslation();
  const { user } = useSession();
  const apollo = useApolloClient();
  const { data, error, refetch } = useQuery(ActivityCloseInfoQuery, {
    variables: { id: activityId ?? '' },
    skip: !opened || !activityId,
    fetchPolicy: 'network-only',
  });
  const activity = data?.activity ?? null;
  const km = tracksDistance(activity?.type);
  const resolver = useMemo(() => closeResolver(user.timeZone, km), [user.timeZone, km]);
  const form = useForm<CloseFormValues, unknown, CloseActivityOutput>({
    mode: 'onTouched',
    resolver,
    defaultValues: closeDefaults(null),
  });
  const results = useActivityDictionary('ACTIVITY_RESULT');
  const [closeMutation, { loading }] = useMutation(CloseActivityMutation);
  const [formError, setFormError] = useState<string | null>(null);
  const [conflict, setConflict] = useState(false);

  // A new opening, or a reload after CONFLICT, starts from the activity as it is now.
  const openKey = opened && activity ? `${activity.id}@${activity.version}` : 'closed';
  const [seenKey, setSeenKey] = useState(openKey);
  if (seenKey !== openKey) {
    setSeenKey(openKey);
    setFormError(null);
    setConflict(false);
  }
  useEffect(() => {
    if (opened && activity) form.reset(closeDefaults(activity));
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, [openKey]);

  const onSubmit = form.handleSubmit(async (input) => {
    if (!activity) return;
    setFormError(null);
    try {
      await closeMutation({ variables: { id: activity.id, version: activity.version, input } });
      notifySuccess(input.nextContact ? t('activity.close.doneWithNext') : t('activity.close.done'));
      void refreshActivityViews(apollo);
      onClosed?.({ id: activity.id });
      onClose();
    } catch (e) {
      if (hasErrorCode(e, 'CONFLICT')) return setConflict(true);
      setFormError(applyApiErrors(t, e, form.setError, CLOSE_FORM_FIELDS));
    }
  });

  const planNext = useWatch({ control: form.control, name: 'planNext' });
  const errors = form.formState.errors;
  return (
    <Modal opened={opened} onClose={onClose} title={t('activity.close.title')} size="lg">
      {!activity ? (
        error ? (
          <ErrorAlert error={error} />
        ) : (
          <PageLoader />
        )
      ) : (
        <form onSubmit={(e) => void onSubmit(e)} noValidate aria-label={t('activity.close.title')}>
          <Stack>
            <Text size="sm" c="dimmed">
              {activity.client.name} · {activity.subject}
            </Text>
            {conflict && <ConflictAlert onReload={() => void refetch()} />}
            <ErrorAlert message={formError} />
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
            {planNext && <NextContactFields form={form} owner={activity?.owner} />}
            <Group justify="flex-end">
              <Button variant="default" onClick={onClose}>
                {t('common.cancel')}
              </Button>
              <Button type="submit" loading={loading} data-testid="activity-close-submit">
                {t('activity.close.submit')}
              </Button>
            </Group>
          </Stack>
        </form>
      )}
    </Modal>
  );
}
