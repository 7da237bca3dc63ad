// Runs generateCampaigns and refreshes every cached campaign list and agent summary afterwards.
import { useMutation } from '@apollo/client/react';
import { GenerateCampaignsMutation } from '../api/generate-campaigns-mutation.ts';
import type { WizardOutput } from '../lib/wizard-form.ts';

export function useGenerateCampaigns() {
  const [mutate, { loading }] = useMutation(GenerateCampaignsMutation, {
    refetchQueries: ['Campaigns', 'CampaignProgressByAgent'],
  });
  const generate = async (input: WizardOutput) => {
    const result = await mutate({
      variables: {
        input: { ...input, filter: input.filter, start: input.start ?? null, end: input.end ?? null },
      },
    });
    return result.data!.generateCampaigns;
  };
  return { generate, loading };
}
