// Logs out and drops every cached query, which brings back the login page.
import { useApolloClient, useMutation } from '@apollo/client/react';
import { useNavigate } from 'react-router';
import { LogoutMutation } from '../api/logout-mutation.ts';
import { MeQuery } from '../api/me-query.ts';

export function useLogout(): { logout: () => Promise<void>; loading: boolean } {
  const client = useApolloClient();
  const navigate = useNavigate();
  const [mutate, { loading }] = useMutation(LogoutMutation);
  const logout = async () => {
    try {
      await mutate();
    } finally {
      await client.clearStore();
      client.cache.writeQuery({ query: MeQuery, data: { me: null } });
      await navigate('/login', { replace: true });
    }
  };
  return { logout, loading };
}
