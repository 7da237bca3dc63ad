// Create and edit an activity (contact or task): "Save", "Save and new" (keeps client, type and owner) and
// "Save and edit" (stays open on the saved activity); server errors on their fields, a stale version offers a reload.
import { useQuery } from '@apollo/client/react';
import { Anchor, Button, Group, Modal, Stack, Title } from '@mantine/core';
import { useEffect, useMemo, useRef, useState } from 'react';
import { useForm, useWatch } from 'react-hook-form';
import { useTranslation } from 'react-i18next';
import { ConflictAlert } from '../../../components/conflict-alert.tsx';
import { AttachmentsPanel } from '../../../components/attachments/attachments-panel.tsx';
import { ErrorAlert } from '../../../components/error-alert.tsx';
import { PageLoader } from '../../../components/page-loader.tsx';
import { applyApiErrors } from '../../../lib/form-errors.ts';
import { hasErrorCode } from '../../../lib/graphql-errors.ts';
import { notifySuccess } from '../../../lib/notify.ts';
import { useSession } from '../../../lib/session.tsx';
import { ActivityClientQuery } from '../api/activity-client-query.ts';
import { ActivityDetailQuery } from '../api/activity-detail-query.ts';
import { useActivityDictionary } from '../hooks/use-activity-dictionary.ts';
import { useSaveActivity } from '../hooks/use-save-activity.ts';
import {
  ACTIVITY_FORM_FIELDS,
  activityResolver,
  prefillValues,
  storedValues,
  type ActivityFormOutput,
  type ActivityFormValues,
} from '../lib/activity-form.ts';
import { ActivityFormFields } from './activity-form-fields.tsx';
import type { ActivityFormModalProps } from '../../../lib/activity-modals.ts';

/** The props the app's screens open this dialog with (lib/activity-modals.ts). */
export type { ActivityFormModalProps };

type SaveMode = 'close' | 'new' | 'edit';

function useActivityForm(editingId: string | null, opened: boolean) {
  const { user } = useSession();
  const creating = editingId === null;
  const resolver = useMemo(() => activityResolver(user.timeZone, creating), [user.timeZone, creating]);
  const form = useForm<ActivityFormValues, unknown, ActivityFormOutput>({
    mode: 'onTouched',
    resolver,
    defaultValues: prefillValues(undefined, user.id, user.timeZone),
  });
  const detail = useQuery(ActivityDetailQuery, {
    variables: { id: editingId ?? '' },
    skip: !opened || !editingId,
    fetchPolicy: 'cache-and-network',
  });
  return { form, detail };
}

export function ActivityFormModal({ opened, onClose, activityId, initial, onSaved }: ActivityFormModalProps) {
  const { t } = useTranslation();
  const { user } = useSession();
  const [editingId, setEditingId] = useState<string | null>(activityId ?? null);
  const [formError, setFormError] = useState<string | null>(null);
  const [conflict, setConflict] = useState(false);
  // Opening starts from the props: a new activity with its prefill, or the activity to edit.
  const openKey = opened ? `open:${activityId ?? ''}` : 'closed';
  const [seenKey, setSeenKey] = useState(openKey);
  if (seenKey !== openKey) {
    setSeenKey(openKey);
    setEditingId(activityId ?? null);
    setFormError(null);
    setConflict(false);
  }
  const { form, detail } = useActivityForm(editingId, opened);
  const activity = editingId ? (detail.data?.activity ?? null) : null;
  const types = useActivityDictionary('ACTIVITY_TYPE');
  const { save, saving } = useSaveActivity();
  const loadedKey = useRef<string | null>(null);

  const prefill = (keep?: Partial<ActivityFormValues>) => {
    const values = prefillValues(keep ? undefined : initial, user.id, user.timeZone);
    form.reset({ ...values, typeId: values.typeId ?? types.options[0]?.value ?? null, ...keep });
  };

  useEffect(() => {
    loadedKey.current = null;
    if (opened && !activityId) prefill();
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, [openKey]);

  // A new activity gets the first active type once the types are known.
  useEffect(() => {
    if (opened && !editingId && !form.getValues('typeId') && types.options[0])
      form.setValue('typeId', types.options[0].value);
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, [opened, editingId, types.options[0]?.value]);

  // An activity to edit fills the form when it arrives, and again when a reload after CONFLICT brings a new version.
  useEffect(() => {
    if (!opened || !activity) return;
    const key = `${activity.id}@${activity.version}`;
    if (loadedKey.current === key) return;
    loadedKey.current = key;
    form.reset(storedValues(activity, user.timeZone));
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, [opened, activity?.id, activity?.version]);

  const clientId = useWatch({ control: form.control, name: 'clientId' });
  const client = useQuery(ActivityClientQuery, { variables: { id: clientId ?? '' }, skip: !opened || !clientId });
  const knownUsers = [activity?.owner, ...(activity?.participants.map((p) => p.user) ?? [])];
  const clientData = client.data?.client;
  const persons = clientData?.persons.map((l) => l.person) ?? [];

  const close = () => {
    setFormError(null);
    setConflict(false);
    onClose();
  };

  const submit = (mode: SaveMode) =>
    form.handleSubmit(async (input) => {
      setFormError(null);
      try {
        const target = activity ? { id: activity.id, version: activity.version } : null;
        const saved = await save(input, target, { campaignItemId: target ? null : initial?.campaignItemId });
        notifySuccess(target ? t('activity.saved') : t('activity.created'));
        onSaved?.(saved);
        if (mode === 'close') return close();
        if (mode === 'new') {
          const keep = form.getValues();
          setEditingId(null);
          loadedKey.current = null;
          return prefill({ clientId: keep.clientId, typeId: keep.typeId, ownerId: keep.ownerId });
        }
        loadedKey.current = null;
        setEditingId(saved.id);
        await detail.refetch({ id: saved.id });
      } catch (error) {
        if (hasErrorCode(error, 'CONFLICT')) return setConflict(true);
        setFormError(applyApiErrors(t, error, form.setError, ACTIVITY_FORM_FIELDS));
      }
    });

  const reload = () => {
    loadedKey.current = null;
    void detail.refetch().then(() => setConflict(false));
  };

  const waiting = !!editingId && !activity;
  const title = editingId ? t('activity.editTitle') : t('activity.createTitle');
  return (
    <Modal opened={opened} onClose={close} title={title} size="xl">
      {waiting ? (
        detail.error ? (
          <ErrorAlert error={detail.error} />
        ) : (
          <PageLoader />
        )
      ) : (
        <form onSubmit={(e) => submit('close')(e)} noValidate aria-label={title}>
          <Stack>
            {conflict && <ConflictAlert onReload={reload} />}
            <ErrorAlert message={formError} />
            <ActivityFormFields
              form={form}
              context={{
                creating: !editingId,
                activityId: editingId,
                client: clientData ? { id: clientData.id, name: clientData.name } : (activity?.client ?? null),
                persons,
                knownUsers,
                current: activity
                  ? {
                      type: activity.type,
                      category: activity.category,
                      channel: activity.channel,
                      parent: activity.parent,
                    }
                  : undefined,
              }}
            />
            <Group justify="space-between">
              <Group>
                {activity?.icsUrl && (
                  <Anchor href={activity.icsUrl} download size="sm">
                    {t('activity.downloadIcs')}
                  </Anchor>
                )}
              </Group>
              <Group justify="flex-end">
                <Button variant="default" onClick={close}>
                  {t('common.cancel')}
                </Button>
                <Button
                  variant="light"
                  loading={saving}
                  onClick={(e) => submit('new')(e)}
                  data-testid="activity-save-new"
                >
                  {t('activity.saveAndNew')}
                </Button>
                <Button
                  variant="light"
                  loading={saving}
                  onClick={(e) => submit('edit')(e)}
                  data-testid="activity-save-edit"
                >
                  {t('activity.saveAndEdit')}
                </Button>
                <Button type="submit" loading={saving} data-testid="activity-save">
                  {t('common.save')}
                </Button>
              </Group>
            </Group>
          </Stack>
        </form>
      )}
      {activity && !waiting && (
        <Stack mt="lg" gap="xs">
          <Title order={3} size="h5">
            {t('files.tab')}
          </Title>
          <AttachmentsPanel ownerId={activity.id} canWrite />
        </Stack>
      )}
    </Modal>
  );
}
