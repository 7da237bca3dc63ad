// The one Apollo Client: same-origin /graphql with the session cookie; an expired session shows the login page.
import { ApolloClient, ApolloLink, HttpLink } from '@apollo/client';
import { CombinedGraphQLErrors } from '@apollo/client/errors';
import { ErrorLink } from '@apollo/client/link/error';
import { MeQuery } from '../features/auth/api/me-query.ts';
import { createCache } from '../lib/apollo-cache.ts';

export function createApolloClient(uri = '/graphql'): ApolloClient {
  const client: ApolloClient = new ApolloClient({
    link: ApolloLink.from([
      new ErrorLink(({ error, operation }) => {
        const expired =
          CombinedGraphQLErrors.is(error) &&
          error.errors.some((e) => e.extensions?.code === 'UNAUTHENTICATED') &&
          operation.operationName !== 'Login';
        // The session ended elsewhere (logout, disabled user, expiry): forget the user so the gate shows login.
        if (expired) client.cache.writeQuery({ query: MeQuery, data: { me: null } });
      }),
      new HttpLink({ uri, credentials: 'same-origin' }),
    ]),
    cache: createCache(),
  });
  return client;
}
