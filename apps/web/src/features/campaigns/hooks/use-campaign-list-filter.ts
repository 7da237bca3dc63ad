// The manager list's filter, kept in the address (status, agent, generation, text) so it survives reloads and links.
import { useDebouncedValue } from '@mantine/hooks';
import { CAMPAIGN_STATUSES } from '@veza/shared';
import { useMemo } from 'react';
import { useSearchParams } from 'react-router';
import type { CampaignFilterInput } from '../api/campaigns-query.ts';

type Status = (typeof CAMPAIGN_STATUSES)[number];

export function useCampaignListFilter() {
  const [params, setParams] = useSearchParams();
  const statuses = params
    .getAll('status')
    .filter((s): s is Status => (CAMPAIGN_STATUSES as readonly string[]).includes(s));
  const agentId = params.get('agent');
  const generationId = params.get('generation');
  const text = params.get('q') ?? '';
  const [debouncedText] = useDebouncedValue(text.trim(), 300);

  const set = (change: (next: URLSearchParams) => void) =>
    setParams(
      (current) => {
        const next = new URLSearchParams(current);
        change(next);
        return next;
      },
      { replace: true },
    );
  const statusKey = statuses.join(',');
  const filter = useMemo<CampaignFilterInput | null>(() => {
    const f: CampaignFilterInput = {};
    if (statusKey) f.statuses = statusKey.split(',') as Status[];
    if (agentId) f.agentIds = [agentId];
    if (generationId) f.generationId = generationId;
    if (debouncedText) f.text = debouncedText;
    return Object.keys(f).length ? f : null;
  }, [statusKey, agentId, generationId, debouncedText]);

  return {
    filter,
    statuses,
    agentId,
    generationId,
    text,
    setStatuses: (values: string[]) =>
      set((p) => {
        p.delete('status');
        values.forEach((v) => p.append('status', v));
      }),
    setAgentId: (id: string | null) => set((p) => (id ? p.set('agent', id) : p.delete('agent'))),
    clearGeneration: () => set((p) => p.delete('generation')),
    setText: (value: string) => set((p) => (value ? p.set('q', value) : p.delete('q'))),
  };
}
