// The permission profiles list.
import { useQuery } from '@apollo/client/react';
import { PermissionProfilesQuery } from '../api/permission-profiles-query.ts';

export function useProfiles() {
  const { data, loading, error } = useQuery(PermissionProfilesQuery);
  return { profiles: data?.permissionProfiles ?? [], loading: loading && !data, error };
}

export type ProfileRow = ReturnType<typeof useProfiles>['profiles'][number];
