// One page of clients for a filter and sort; more pages via the `after` cursor, without the count (`withCount: false`:
// the count is the first page's, so scrolling does not re-run it).
import { graphql } from '@veza/shared/graphql';
import type { VariablesOf } from '../../../lib/graphql-types.ts';

export const ClientListQuery = graphql(`
  query ClientList(
    $filter: ClientFilter
    $orderBy: [ClientOrder!]
    $first: Int
    $after: String
    $withCount: Boolean! = true
  ) {
    clients(filter: $filter, orderBy: $orderBy, first: $first, after: $after) {
      count @include(if: $withCount) {
        value
        exact
      }
      edges {
        cursor
        node {
          ...ClientListRow
        }
      }
      pageInfo {
        hasNextPage
        endCursor
      }
    }
  }
`);

/** The exact number of matches, asked for only when the user wants it (a full count: costly on big lists). */
export const ClientTotalQuery = graphql(`
  query ClientTotal($filter: ClientFilter) {
    clients(filter: $filter, first: 0) {
      totalCount
    }
  }
`);

export type ClientListVariables = VariablesOf<typeof ClientListQuery>;
/** One sort key as the API takes it: a built-in field or an attribute, and a direction. */
export type ClientOrderInput = Extract<NonNullable<ClientListVariables['orderBy']>, readonly unknown[]>[number];
export type ClientFilterInputType = NonNullable<ClientListVariables['filter']>;
