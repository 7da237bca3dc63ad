// Active users who may work campaigns (their profiles grant campaigns.work), found by a search text.
import { useQuery } from '@apollo/client/react';
import { useDebouncedValue } from '@mantine/hooks';
import { useMemo, useState } from 'react';
import { CampaignAgentOptionsQuery } from '../api/campaign-agent-options-query.ts';

export interface AgentOption {
  id: string;
  name: string;
  email: string;
}

export function useCampaignAgents() {
  const [search, setSearch] = useState('');
  const [debounced] = useDebouncedValue(search.trim(), 250);
  const { data, loading, error } = useQuery(CampaignAgentOptionsQuery, {
    variables: { search: debounced || null },
  });
  const agents = useMemo<AgentOption[]>(
    () =>
      (data?.users.edges ?? [])
        .map((e) => e.node)
        .filter((u) => u.profiles.some((p) => p.permissions.includes('campaigns.work')))
        .map(({ id, name, email }) => ({ id, name, email })),
    [data],
  );
  return { agents, search, setSearch, loading: loading && !data, error };
}
