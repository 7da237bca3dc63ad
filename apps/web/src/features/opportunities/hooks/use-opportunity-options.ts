// The form's and dialogs' choices: stages in order with their outcome, lost reasons, lead sources, currencies and
// the opportunity attribute definitions.
import { useQuery } from '@apollo/client/react';
import { labelIn } from '@veza/shared';
import { useMemo } from 'react';
import { useTranslation } from 'react-i18next';
import { OpportunityOptionsQuery } from '../api/opportunity-options-query.ts';
import { outcomeOf } from '../lib/board.ts';

export function useOpportunityOptions() {
  const { i18n } = useTranslation();
  const { data, loading } = useQuery(OpportunityOptionsQuery);
  return useMemo(() => {
    const lang = i18n.language;
    const stages = (data?.stages ?? []).map((s) => ({
      value: s.id,
      label: labelIn(s.labels, lang),
      outcome: outcomeOf(s.meta),
    }));
    return {
      loading,
      stages,
      openStages: stages.filter((s) => s.outcome === 'OPEN'),
      lostReasons: (data?.lostReasons ?? []).map((r) => ({ value: r.id, label: labelIn(r.labels, lang) })),
      leadSources: (data?.leadSources ?? []).map((r) => ({ value: r.id, label: labelIn(r.labels, lang) })),
      currencies: (data?.currencies ?? []).map((c) => c.code),
      baseCurrency: data?.currencies.find((c) => c.isBase)?.code ?? 'EUR',
      attributes: data?.attributes ?? [],
    };
  }, [data, loading, i18n.language]);
}
