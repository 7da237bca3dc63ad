// The reports' period, generation and chosen campaign, kept in the address so a report can be linked and reloaded.
import { useSearchParams } from 'react-router';
import { useSession } from '../../../lib/session.tsx';
import { periodInstants } from '../lib/report-data.ts';

const DAY = /^\d{4}-\d{2}-\d{2}$/;

export function useReportFilter() {
  const [params, setParams] = useSearchParams();
  const { user } = useSession();
  const day = (key: string) => {
    const value = params.get(key);
    return value && DAY.test(value) ? value : null;
  };
  const from = day('from');
  const to = day('to');
  const generationId = params.get('generation');
  const campaignId = params.get('campaign');
  const set = (key: string, value: string | null) =>
    setParams(
      (current) => {
        const next = new URLSearchParams(current);
        if (value) next.set(key, value);
        else next.delete(key);
        // Another generation lists other campaigns.
        if (key === 'generation') next.delete('campaign');
        return next;
      },
      { replace: true },
    );
  const instants = periodInstants(from, to, user.timeZone);
  const periodInvalid = !!(from && to && to < from);
  return {
    from,
    to,
    generationId,
    campaignId,
    periodInvalid,
    agentFilter: periodInvalid ? null : { ...instants, generationId },
    setFrom: (v: string | null) => set('from', v),
    setTo: (v: string | null) => set('to', v),
    setGeneration: (v: string | null) => set('generation', v),
    setCampaign: (v: string | null) => set('campaign', v),
  };
}
