// The activity form and close dialogs the agent's work view opens; the app plugs in the activities feature's modals.
import type { ComponentType } from 'react';

export interface ActivityFormInitial {
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
  campaignItemId?: string;
  status?: 'PLANNED' | 'DONE';
}

export interface ActivityFormModalProps {
  opened: boolean;
  onClose: () => void;
  activityId?: string;
  initial?: ActivityFormInitial;
  onSaved?: (activity: { id: string; version: number }) => void;
}

export interface ActivityCloseModalProps {
  opened: boolean;
  onClose: () => void;
  activityId: string;
  onClosed?: () => void;
}

export interface ActivityModals {
  Form: ComponentType<ActivityFormModalProps>;
  Close: ComponentType<ActivityCloseModalProps>;
}
