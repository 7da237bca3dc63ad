// Profiles as select options for the user form.
import { useQuery } from '@apollo/client/react';
import { ProfileOptionsQuery } from '../api/profile-options-query.ts';

export function useProfileOptions(): { value: string; label: string }[] {
  const { data } = useQuery(ProfileOptionsQuery);
  return (data?.permissionProfiles ?? []).map((p) => ({ value: p.id, label: p.name }));
}
