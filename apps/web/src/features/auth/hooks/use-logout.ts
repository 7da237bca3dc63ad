// Logs out, then reloads the app at /login so no state of the previous user survives in memory.
import { useApolloClient, useMutation } from '@apollo/client/react';
import { LogoutMutation } from '../api/logout-mutation.ts';

export function useLogout(): { logout: () => Promise<void>; loading: boolean } {
  const client = useApolloClient();
  const [mutate, { loading }] = useMutation(LogoutMutation);
  const logout = async () => {
    try {
      await mutate();
    } finally {
      await client.clearStore();
      window.location.assign('/login');
    }
  };
  return { logout, loading };
}
