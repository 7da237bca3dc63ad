// Users for the activity list's user filter: the active users for those who may read the user list, otherwise just
// the viewer (the filter then stays hidden). Assigning and inviting use the colleagues instead (use-colleague-options).
import { useQuery } from '@apollo/client/react';
import { useCan, useSession } from '../../../lib/session.tsx';
import { ActivityUserOptionsQuery } from '../api/activity-user-options-query.ts';

export interface UserOption {
  value: string;
  label: string;
}

export function useUserOptions() {
  const can = useCan();
  const { user } = useSession();
  const allowed = can('users.read');
  const { data } = useQuery(ActivityUserOptionsQuery, { skip: !allowed });
  const options: UserOption[] = (data?.users.edges ?? []).map((e) => ({ value: e.node.id, label: e.node.name }));
  if (!options.some((o) => o.value === user.id)) options.push({ value: user.id, label: user.name });
  return { options, canBrowse: allowed };
}
