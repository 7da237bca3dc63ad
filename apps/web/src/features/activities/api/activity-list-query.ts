// One page of activities for a filter (list page, client history, a thread's replies); more via `after`.
import { graphql } from '@veza/shared/graphql';
import type { VariablesOf } from '../../../lib/graphql-types.ts';

export const ActivityListQuery = graphql(`
  query ActivityList($filter: ActivityFilter, $orderBy: ActivityOrder, $first: Int, $after: String) {
    activities(filter: $filter, orderBy: $orderBy, first: $first, after: $after) {
      totalCount
      edges {
        cursor
        node {
          ...ActivityRowFields
        }
      }
      pageInfo {
        hasNextPage
        endCursor
      }
    }
  }
`);

export type ActivityListVariables = VariablesOf<typeof ActivityListQuery>;
export type ActivityFilterVariables = NonNullable<ActivityListVariables['filter']>;
