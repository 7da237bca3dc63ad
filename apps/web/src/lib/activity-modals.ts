// The contract of the activities feature's dialogs, which other screens open: the app (app-routes.tsx) plugs the
// activities feature's modals into the calendar, the client page and the campaign work view, and each of those
// codes against these types (features do not import each other), so they are defined once, here.
import type { ComponentType } from 'react';

/** What a new activity may be prefilled with (calendar selection, client page, campaign item). */
export interface ActivityPrefill {
  clientId?: string;
  contactPersonId?: string;
  typeId?: string;
  subject?: string;
  startsAt?: Date;
  endsAt?: Date;
  allDay?: boolean;
  dueAt?: Date;
  ownerId?: string;
  parentId?: string;
  status?: 'PLANNED' | 'DONE';
  /** The activity belongs to this opportunity (its detail page). */
  opportunityId?: string;
  /** The call is logged for this campaign item (the work view). */
  campaignItemId?: string;
}

export interface ActivityFormModalProps {
  opened: boolean;
  onClose: () => void;
  /** An activity to edit; none creates a new one from `initial`. */
  activityId?: string | null;
  initial?: ActivityPrefill;
  onSaved?: (activity: { id: string; version: number }) => void;
}

export interface ActivityCloseModalProps {
  opened: boolean;
  onClose: () => void;
  activityId: string | null;
  onClosed?: (activity: { id: string }) => void;
}

export interface ActivityModals {
  Form: ComponentType<ActivityFormModalProps>;
  Close: ComponentType<ActivityCloseModalProps>;
}
