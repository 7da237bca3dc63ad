import { describe, expect, it } from 'vitest';
import { gql } from '@apollo/client';
import { FRESH_MS, fetchedRecently, rememberFetched } from './recently-fetched.ts';

const ClientListQuery = gql`
  query ClientList($filter: ClientFilter, $orderBy: [ClientOrder!], $first: Int) {
    clients(filter: $filter, orderBy: $orderBy, first: $first) {
      edges {
        cursor
      }
    }
  }
`;

describe('recently fetched queries', () => {
  it('knows a query fetched a moment ago with the same variables, in any key order', () => {
    const at = 1_000_000;
    rememberFetched(ClientListQuery, { filter: null, orderBy: null, first: 50 }, at);
    expect(fetchedRecently(ClientListQuery, { first: 50, orderBy: null, filter: null }, at + 1000)).toBe(true);
  });

  it('fetches again after FRESH_MS or with other variables', () => {
    const at = 2_000_000;
    rememberFetched(ClientListQuery, { filter: null, orderBy: null, first: 51 }, at);
    expect(fetchedRecently(ClientListQuery, { filter: null, orderBy: null, first: 51 }, at + FRESH_MS)).toBe(false);
    expect(fetchedRecently(ClientListQuery, { filter: { kind: 'COMPANY' }, orderBy: null, first: 51 }, at)).toBe(false);
  });
});
