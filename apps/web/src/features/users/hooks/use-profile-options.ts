// Profiles as select options for the user form.
import { useQuery } from '@apollo/client/react';
import { useTranslation } from 'react-i18next';
import { profileName } from '../../../lib/profile-label.ts';
import { ProfileOptionsQuery } from '../api/profile-options-query.ts';

export function useProfileOptions(): { value: string; label: string }[] {
  const { t } = useTranslation();
  const { data } = useQuery(ProfileOptionsQuery);
  return (data?.permissionProfiles ?? []).map((p) => ({ value: p.id, label: profileName(t, p) }));
}
