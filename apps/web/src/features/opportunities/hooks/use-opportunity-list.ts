// A keyset list of opportunities for a filter and order, page by page.
import { useKeysetConnection } from '../../../lib/use-keyset-connection.ts';
import type { VariablesOf } from '../../../lib/graphql-types.ts';
import { OpportunitiesQuery } from '../api/opportunities-query.ts';

type Vars = VariablesOf<typeof OpportunitiesQuery>;

export function useOpportunityList(variables: Omit<Vars, 'after'>, skip = false) {
  return useKeysetConnection(OpportunitiesQuery, {
    variables,
    skip,
    select: (data) => data.opportunities,
  });
}
