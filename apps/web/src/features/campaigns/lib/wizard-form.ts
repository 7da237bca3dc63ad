// The generation wizard's form: the shared GenerateCampaignsInput schema, its starting values and field names.
import { GenerateCampaignsInput } from '@veza/shared';
import type { z } from 'zod';

export const WizardSchema = GenerateCampaignsInput;
export type WizardValues = z.input<typeof WizardSchema>;
export type WizardOutput = z.output<typeof WizardSchema>;

export const WIZARD_DEFAULTS: WizardValues = {
  name: '',
  description: '',
  filter: undefined as unknown as WizardValues['filter'],
  agentIds: [],
  strategy: 'EVEN_SPLIT',
  start: null,
  end: null,
  excludeInActiveCampaigns: true,
  status: 'ACTIVE',
};

/** Fields a server BAD_USER_INPUT may name, mapped onto the form. */
export const WIZARD_FIELDS = [
  'name',
  'description',
  'filter',
  'agentIds',
  'strategy',
  'start',
  'end',
  'excludeInActiveCampaigns',
  'status',
] as const;
