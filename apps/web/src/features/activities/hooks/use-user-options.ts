// Company users to assign or invite: the active users for those who may read the user list, otherwise the viewer
// and the users already on the activity (an agent cannot browse other users).
import { useQuery } from '@apollo/client/react';
import { useCan, useSession } from '../../../lib/session.tsx';
import { ActivityUserOptionsQuery } from '../api/activity-user-options-query.ts';

export interface UserOption {
  value: string;
  label: string;
}

export function useUserOptions(known: readonly ({ id: string; name: string } | null | undefined)[] = []) {
  const can = useCan();
  const { user } = useSession();
  const allowed = can('users.read');
  const { data } = useQuery(ActivityUserOptionsQuery, { skip: !allowed });
  const options: UserOption[] = (data?.users.edges ?? []).map((e) => ({ value: e.node.id, label: e.node.name }));
  for (const u of [{ id: user.id, name: user.name }, ...known]) {
    if (u && !options.some((o) => o.value === u.id)) options.push({ value: u.id, label: u.name });
  }
  return { options, canBrowse: allowed };
}
