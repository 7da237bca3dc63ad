import { describe, expect, it } from 'vitest';
import { campaignActions } from './campaign-states.ts';

describe('campaignActions', () => {
  const both = { manage: true, approve: true };
  it('offers the state changes that fit the state', () => {
    expect(campaignActions('PREPARATION', both)).toEqual(['submit', 'cancel']);
    expect(campaignActions('AWAITING_APPROVAL', both)).toEqual(['approve', 'return', 'cancel']);
    expect(campaignActions('APPROVED', both)).toEqual(['return', 'cancel']);
    expect(campaignActions('SENDING', both)).toEqual(['pause', 'cancel']);
    expect(campaignActions('PAUSED', both)).toEqual(['resume', 'cancel']);
    expect(campaignActions('SENT', both)).toEqual([]);
    expect(campaignActions('CANCELLED', both)).toEqual([]);
  });
  it('offers approving only with mailings.approve, and editing actions only with mailings.manage', () => {
    expect(campaignActions('AWAITING_APPROVAL', { manage: true, approve: false })).toEqual(['cancel']);
    expect(campaignActions('PREPARATION', { manage: false, approve: true })).toEqual([]);
  });
});
