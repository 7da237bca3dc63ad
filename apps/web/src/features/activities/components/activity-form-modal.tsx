// Create and edit an activity (contact or task): "Save", "Save and new" (keeps client, type and owner) and
// "Save and edit" (stays open on the saved activity); server errors on their fields, a stale version offers a reload.
// The form is mounted again for each record, version and "new" (form kit): its values come from what it edits.
import { useQuery } from '@apollo/client/react';
import { Button, Group, Stack, Title } from '@mantine/core';
import { useRef, useState } from 'react';
import { useForm, useWatch } from 'react-hook-form';
import { useTranslation } from 'react-i18next';
import { AttachmentsPanel } from '../../../components/attachments/attachments-panel.tsx';
import { ErrorAlert } from '../../../components/error-alert.tsx';
import { FormModal, FormShell } from '../../../components/form-modal.tsx';
import { PageLoader } from '../../../components/page-loader.tsx';
import type { ActivityFormModalProps, ActivityPrefill } from '../../../lib/activity-modals.ts';
import type { ResultOf } from '../../../lib/graphql-types.ts';
import { recordKey } from '../../../lib/record-key.ts';
import { useSession } from '../../../lib/session.tsx';
import { useFormSubmit } from '../../../lib/use-form-submit.ts';
import type { AttributeFieldDefinition } from '../../../components/attribute-field/attribute-definition.ts';
import { ActivityAttributeDefinitionsQuery } from '../api/activity-attribute-definitions-query.ts';
import { ActivityClientQuery } from '../api/activity-client-query.ts';
import { ActivityDetailQuery } from '../api/activity-detail-query.ts';
import { useActivityDictionary } from '../hooks/use-activity-dictionary.ts';
import { useSaveActivity, type SavedActivity } from '../hooks/use-save-activity.ts';
import {
  ACTIVITY_FORM_FIELDS,
  activityResolver,
  prefillValues,
  storedValues,
  type ActivityFormValues,
} from '../lib/activity-form.ts';
import { withAttributes } from '../lib/activity-attributes.ts';
import { ActivityAttributeFields } from './activity-attribute-fields.tsx';
import { ActivityDetailLinks } from './activity-detail-links.tsx';
import { ActivityFormFields } from './activity-form-fields.tsx';

/** The props the app's screens open this dialog with (lib/activity-modals.ts). */
export type { ActivityFormModalProps };

type SaveMode = 'close' | 'new' | 'edit';
type Activity = NonNullable<ResultOf<typeof ActivityDetailQuery>['activity']>;
/** What the dialog shows: an activity to edit, or a new one (from the prefill, or keeping fields after a save). */
type Target = { id: string } | { keep?: Partial<ActivityFormValues>; n: number };

interface FormProps {
  activity: Activity | null;
  initial?: ActivityPrefill;
  keep?: Partial<ActivityFormValues>;
  defaultTypeId: string | null;
  onClose: () => void;
  onSaved?: ActivityFormModalProps['onSaved'];
  onReload: () => void;
  /** After "Save and new" / "Save and edit". */
  onNext: (next: Target) => void;
  attributeDefinitions: readonly AttributeFieldDefinition[];
}

function ActivityForm(props: FormProps) {
  const { activity, initial, keep, defaultTypeId, onClose, onSaved, onReload, onNext, attributeDefinitions } = props;
  const { t } = useTranslation();
  const { user } = useSession();
  const { save } = useSaveActivity();
  const prefill = prefillValues(keep ? undefined : initial, user.id, user.timeZone);
  const form = useForm<ActivityFormValues, unknown, Parameters<typeof save>[0]>({
    mode: 'onTouched',
    resolver: withAttributes(
      activityResolver(user.timeZone, activity === null, attributeDefinitions),
      attributeDefinitions,
      activity?.attributes as Record<string, unknown> | undefined,
    ),
    defaultValues: activity
      ? storedValues(activity, user.timeZone)
      : { ...prefill, typeId: prefill.typeId ?? defaultTypeId, ...keep },
  });
  const mode = useRef<SaveMode>('close');
  const saved = useRef<SavedActivity | null>(null);
  const submit = useFormSubmit({
    form,
    fields: [...ACTIVITY_FORM_FIELDS, ...attributeDefinitions.map((d) => `attributes.${d.key}` as const)],
    save: async (input) => {
      const target = activity ? { id: activity.id, version: activity.version } : null;
      saved.current = await save(input, target, { campaignItemId: target ? null : initial?.campaignItemId });
      onSaved?.(saved.current);
    },
    successMessage: activity ? t('activity.saved') : t('activity.created'),
    onClose,
    onSaved: () => {
      const { clientId, typeId, ownerId } = form.getValues();
      if (mode.current === 'close') onClose();
      else if (mode.current === 'new') onNext({ keep: { clientId, typeId, ownerId }, n: Date.now() });
      else if (saved.current) onNext({ id: saved.current.id });
    },
  });
  const saveAs = (next: SaveMode) => {
    mode.current = next;
    void submit.onSubmit();
  };
  const clientId = useWatch({ control: form.control, name: 'clientId' });
  const client = useQuery(ActivityClientQuery, { variables: { id: clientId ?? '' }, skip: !clientId });
  const clientData = client.data?.client;
  const extraActions = (
    <>
      {activity && (
        <Group gap="sm" mr="auto">
          <ActivityDetailLinks activity={activity} onNavigate={onClose} />
        </Group>
      )}
      <Button variant="light" loading={submit.saving} onClick={() => saveAs('new')} data-testid="activity-save-new">
        {t('activity.saveAndNew')}
      </Button>
      <Button variant="light" loading={submit.saving} onClick={() => saveAs('edit')} data-testid="activity-save-edit">
        {t('activity.saveAndEdit')}
      </Button>
    </>
  );
  // Enter and "Save" submit the form element: save and close.
  const onSubmit: typeof submit.onSubmit = (event) => {
    mode.current = 'close';
    return submit.onSubmit(event);
  };
  return (
    <FormShell
      submit={{ ...submit, onSubmit }}
      onReload={onReload}
      submitTestId="activity-save"
      label={activity ? t('activity.editTitle') : t('activity.createTitle')}
      extraActions={extraActions}
    >
      <ActivityFormFields
        form={form}
        context={{
          creating: activity === null,
          activityId: activity?.id ?? null,
          client: clientData ? { id: clientData.id, name: clientData.name } : (activity?.client ?? null),
          persons: clientData?.persons.map((l) => l.person) ?? [],
          knownUsers: [activity?.owner, ...(activity?.participants.map((p) => p.user) ?? [])],
          current: activity
            ? { type: activity.type, category: activity.category, channel: activity.channel, parent: activity.parent }
            : undefined,
        }}
      />
      <ActivityAttributeFields form={form} definitions={attributeDefinitions} />
    </FormShell>
  );
}

/** Loads what the form needs (the activity to edit, the default type of a new one) before mounting it. */
function ActivityFormLoader(
  props: Omit<ActivityFormModalProps, 'opened' | 'activityId'> & { target: Target; onNext: (t: Target) => void },
) {
  const { target, initial, onClose, onSaved, onNext } = props;
  const { t } = useTranslation();
  const editingId = 'id' in target ? target.id : null;
  const detail = useQuery(ActivityDetailQuery, {
    variables: { id: editingId ?? '' },
    skip: !editingId,
    fetchPolicy: 'cache-and-network',
  });
  const types = useActivityDictionary('ACTIVITY_TYPE');
  // Without definitions (or when they cannot be read) the form simply has no attribute fields.
  const attributes = useQuery(ActivityAttributeDefinitionsQuery);
  const activity = editingId ? (detail.data?.activity ?? null) : null;
  if (editingId && !activity) return detail.error ? <ErrorAlert error={detail.error} /> : <PageLoader />;
  if (types.loading || (attributes.loading && !attributes.data)) return <PageLoader />;
  const form = (
    <ActivityForm
      key={activity ? recordKey(activity) : `new#${'n' in target ? target.n : 0}`}
      activity={activity}
      initial={initial}
      keep={'keep' in target ? target.keep : undefined}
      defaultTypeId={types.options[0]?.value ?? null}
      onClose={onClose}
      onSaved={onSaved}
      onReload={() => void detail.refetch()}
      onNext={onNext}
      attributeDefinitions={attributes.data?.attributeDefinitions ?? []}
    />
  );
  if (!activity) return form;
  // A saved activity keeps its files (offers, contracts) next to the form.
  return (
    <>
      {form}
      <Stack mt="lg" gap="xs">
        <Title order={3} size="h5">
          {t('files.tab')}
        </Title>
        <AttachmentsPanel ownerId={activity.id} canWrite />
      </Stack>
    </>
  );
}

export function ActivityFormModal({ opened, onClose, activityId, initial, onSaved }: ActivityFormModalProps) {
  const { t } = useTranslation();
  const start = (): Target => (activityId ? { id: activityId } : { n: 0 });
  const [target, setTarget] = useState<Target>(start);
  // Opening starts from the props: a new activity with its prefill, or the activity to edit.
  const openKey = opened ? `open:${activityId ?? ''}` : 'closed';
  const [seenKey, setSeenKey] = useState(openKey);
  if (seenKey !== openKey) {
    setSeenKey(openKey);
    setTarget(start());
  }
  const title = 'id' in target ? t('activity.editTitle') : t('activity.createTitle');
  return (
    <FormModal opened={opened} onClose={onClose} title={title} size="xl" formKey={openKey}>
      <ActivityFormLoader target={target} initial={initial} onClose={onClose} onSaved={onSaved} onNext={setTarget} />
    </FormModal>
  );
}
