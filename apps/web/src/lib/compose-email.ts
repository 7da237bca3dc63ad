// The contract of the mail feature's compose dialog, which other screens open (a client's person, an opportunity, an
// activity): the app (app-routes.tsx) plugs the mail feature's modal in; features code against these types.
import type { ComponentType } from 'react';

export interface ComposeEmailModalProps {
  opened: boolean;
  onClose: () => void;
  /** The client whose persons are offered as recipients; the mail is logged in its history. */
  clientId: string;
  /** Recipients chosen at the start (the person clicked, an opportunity's persons, an activity's contact). */
  personIds?: readonly string[];
  /** Sent from this opportunity: the logged activities belong to it. */
  opportunityId?: string;
  /** Sent from this activity: its files are offered and the logged activities follow it. */
  activityId?: string;
}

export type ComposeEmailSlot = ComponentType<ComposeEmailModalProps>;
