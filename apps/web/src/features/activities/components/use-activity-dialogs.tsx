// One place for the dialogs a list of activities opens: the form (new or edit), closing, and delete confirmation.
import { Modal } from '@mantine/core';
import { useState, type ComponentType } from 'react';
import { useTranslation } from 'react-i18next';
import { ConfirmDialog } from '../../../components/confirm-dialog.tsx';
import { useActivityStatus } from '../hooks/use-activity-status.ts';
import { ActivityCloseModal } from './activity-close-modal.tsx';
import type { ActivityPrefill } from '../../../lib/activity-modals.ts';
import type { ComposeEmailSlot } from '../../../lib/compose-email.ts';
import { ActivityFormModal } from './activity-form-modal.tsx';

export interface ActionTarget {
  id: string;
  version: number;
  subject: string;
  status: 'PLANNED' | 'DONE' | 'CANCELLED';
  client?: { id: string } | null;
  contactPerson?: { id: string } | null;
}

export interface ActivityActions {
  create: (initial?: ActivityPrefill) => void;
  open: (id: string) => void;
  close: (id: string) => void;
  cancel: (a: ActionTarget) => void;
  reopen: (a: ActionTarget) => void;
  remove: (a: ActionTarget) => void;
  /** Write an e-mail from the activity (to its contact person); absent when the app plugged in no compose dialog. */
  email?: (a: ActionTarget) => void;
  /** Show the activity's audit trail; absent when the app plugged in no Changes view. */
  changes?: (a: ActionTarget) => void;
}

/** The audit feature's Changes view of one record, plugged in by the app. */
export type ActivityChangesSlot = ComponentType<{ recordId: string; kind: 'ACTIVITY' }>;

export interface ActivityDialogOptions {
  /** An activity to show at once (a link to /activities/<id>, e.g. from a calendar subscription). */
  openId?: string | null;
  /** The form was closed (e.g. to leave the activity's address). */
  onFormClosed?: () => void;
  /** The mail feature's compose dialog, plugged in by the app. */
  composeEmail?: ComposeEmailSlot;
  /** The audit feature's Changes view, plugged in by the app. */
  changes?: ActivityChangesSlot;
}

export function useActivityDialogs({
  openId = null,
  onFormClosed,
  composeEmail: ComposeEmail,
  changes: Changes,
}: ActivityDialogOptions = {}) {
  const { t } = useTranslation();
  const [editing, setEditing] = useState<{ id: string | null; initial?: ActivityPrefill } | null>(() =>
    openId ? { id: openId } : null,
  );
  const [shownOpenId, setShownOpenId] = useState(openId);
  if (shownOpenId !== openId) {
    setShownOpenId(openId);
    if (openId) setEditing({ id: openId });
  }
  const [closing, setClosing] = useState<string | null>(null);
  const [deleting, setDeleting] = useState<ActionTarget | null>(null);
  const [emailing, setEmailing] = useState<ActionTarget | null>(null);
  const [tracing, setTracing] = useState<ActionTarget | null>(null);
  const status = useActivityStatus();

  const actions: ActivityActions = {
    create: (initial) => setEditing({ id: null, initial }),
    open: (id) => setEditing({ id }),
    close: (id) => setClosing(id),
    cancel: (a) => void status.change('cancel', a),
    reopen: (a) => void status.change('reopen', a),
    remove: (a) => setDeleting(a),
    ...(ComposeEmail ? { email: (a: ActionTarget) => setEmailing(a) } : {}),
    ...(Changes ? { changes: (a: ActionTarget) => setTracing(a) } : {}),
  };

  const confirmDelete = async () => {
    if (deleting && (await status.change('delete', deleting))) setDeleting(null);
  };

  const dialogs = (
    <>
      <ActivityFormModal
        opened={editing !== null}
        onClose={() => {
          setEditing(null);
          onFormClosed?.();
        }}
        activityId={editing?.id ?? null}
        initial={editing?.initial}
      />
      {ComposeEmail && emailing?.client && (
        <ComposeEmail
          opened
          onClose={() => setEmailing(null)}
          clientId={emailing.client.id}
          activityId={emailing.id}
          personIds={emailing.contactPerson ? [emailing.contactPerson.id] : []}
        />
      )}
      {Changes && (
        <Modal
          opened={tracing !== null}
          onClose={() => setTracing(null)}
          title={t('visibility.activityChangesTitle', { subject: tracing?.subject ?? '' })}
          size="lg"
        >
          {tracing && <Changes recordId={tracing.id} kind="ACTIVITY" />}
        </Modal>
      )}
      <ActivityCloseModal opened={closing !== null} onClose={() => setClosing(null)} activityId={closing} />
      <ConfirmDialog
        opened={deleting !== null}
        title={t('activity.deleteTitle')}
        confirmLabel={t('common.delete')}
        loading={status.busy}
        onConfirm={() => void confirmDelete()}
        onCancel={() => setDeleting(null)}
      >
        {t('activity.deleteBody', { subject: deleting?.subject ?? '' })}
      </ConfirmDialog>
    </>
  );
  return { actions, dialogs };
}
