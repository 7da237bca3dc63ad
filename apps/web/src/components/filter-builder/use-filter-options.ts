// Loads the attribute definitions and dictionaries a client filter can use (shared by lists and campaigns).
import { useQuery } from '@apollo/client/react';
import { useMemo } from 'react';
import { useCan } from '../../lib/session.tsx';
import { FilterOptionsQuery } from './api/filter-options-query.ts';
import { EMPTY_FILTER_OPTIONS, type FilterOptions } from './filter-options.ts';

export function useFilterOptions() {
  const can = useCan();
  const canReadUsers = can('users.read');
  const { data, loading, error } = useQuery(FilterOptionsQuery);
  const options = useMemo<FilterOptions>(() => {
    if (!data) return { ...EMPTY_FILTER_OPTIONS, canReadUsers };
    return {
      clientAttributes: data.clientAttributes,
      personAttributes: data.personAttributes,
      dictionaries: {
        CLIENT_STATUS: data.statuses,
        CLIENT_SEGMENT: data.segments,
        INDUSTRY: data.industries,
        LEAD_SOURCE: data.leadSources,
      },
      canReadUsers,
    };
  }, [data, canReadUsers]);
  return { options, loading: loading && !data, error };
}
