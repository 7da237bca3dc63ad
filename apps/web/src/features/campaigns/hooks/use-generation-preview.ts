// The live preview of a generation: re-asked (debounced) whenever the applied filter, exclusion, agents or strategy change.
import { skipToken, useQuery } from '@apollo/client/react';
import { useDebouncedValue } from '@mantine/hooks';
import type { ClientFilter } from '@veza/shared';
import { useMemo } from 'react';
import { PreviewCampaignGenerationQuery } from '../api/preview-campaign-generation-query.ts';
import type { VariablesOf } from '../../../lib/graphql-types.ts';

type PreviewVariables = VariablesOf<typeof PreviewCampaignGenerationQuery>;
export type CampaignStrategyValue = NonNullable<PreviewVariables['strategy']>;

export const PREVIEW_SAMPLE_SIZE = 10;

export interface PreviewInput {
  filter: ClientFilter | null | undefined;
  excludeInActiveCampaigns: boolean;
  agentIds: readonly string[];
  strategy: CampaignStrategyValue;
}

export function useGenerationPreview(input: PreviewInput) {
  const { filter, excludeInActiveCampaigns, agentIds, strategy } = input;
  const agentKey = agentIds.join(',');
  const variables = useMemo<PreviewVariables | null>(
    () =>
      filter
        ? {
            filter: filter as PreviewVariables['filter'],
            excludeInActiveCampaigns,
            agentIds: agentKey ? agentKey.split(',') : null,
            strategy: agentKey ? strategy : null,
            sampleSize: PREVIEW_SAMPLE_SIZE,
          }
        : null,
    [filter, excludeInActiveCampaigns, agentKey, strategy],
  );
  const [debounced] = useDebouncedValue(variables, 300);
  const { data, previousData, loading, error } = useQuery(
    PreviewCampaignGenerationQuery,
    debounced ? { variables: debounced, fetchPolicy: 'network-only' } : skipToken,
  );
  const shown = debounced ? (data ?? previousData) : undefined;
  return {
    preview: shown?.previewCampaignGeneration ?? null,
    /** A newer question is waiting for its answer (or for the debounce). */
    updating: (loading || variables !== debounced) && !!variables,
    error: debounced ? error : undefined,
  };
}
