// Badge colours of the campaign states, and which state changes a viewer may offer (the API checks again).
import type { EmailCampaignState } from '@veza/shared/graphql-types';

export const STATE_COLORS: Record<EmailCampaignState, string> = {
  PREPARATION: 'gray',
  AWAITING_APPROVAL: 'yellow',
  APPROVED: 'teal',
  SENDING: 'blue',
  PAUSED: 'orange',
  SENT: 'green',
  CANCELLED: 'red',
};

export type CampaignAction = 'submit' | 'approve' | 'return' | 'pause' | 'resume' | 'cancel';

/** The actions that fit `state` for a viewer with these permissions. */
export function campaignActions(
  state: EmailCampaignState,
  can: { manage: boolean; approve: boolean },
): CampaignAction[] {
  const actions: CampaignAction[] = [];
  if (can.manage && state === 'PREPARATION') actions.push('submit');
  if (can.approve && state === 'AWAITING_APPROVAL') actions.push('approve');
  if (can.approve && (state === 'AWAITING_APPROVAL' || state === 'APPROVED')) actions.push('return');
  if (can.manage && state === 'SENDING') actions.push('pause');
  if (can.manage && state === 'PAUSED') actions.push('resume');
  if (can.manage && state !== 'SENT' && state !== 'CANCELLED') actions.push('cancel');
  return actions;
}
