// The generation wizard's form: the shared GenerateCampaignsInput schema, its starting values and field names.
import { GenerateCampaignsInput } from '@veza/shared';
import type { DefaultValues } from 'react-hook-form';
import type { z } from 'zod';

export const WizardSchema = GenerateCampaignsInput;
export type WizardValues = z.input<typeof WizardSchema>;
export type WizardOutput = z.output<typeof WizardSchema>;

/** Starting values; the filter has none until the user builds one (the schema then asks for it). */
export const WIZARD_DEFAULTS: DefaultValues<WizardValues> = {
  name: '',
  description: '',
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
