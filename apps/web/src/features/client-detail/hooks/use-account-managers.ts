// Active users as account manager options; only for users who may read the user list.
import { useQuery } from '@apollo/client/react';
import { useCan } from '../../../lib/session.tsx';
import { AccountManagerOptionsQuery } from '../api/account-manager-options-query.ts';

export function useAccountManagers(current: { id: string; name: string } | null | undefined) {
  const can = useCan();
  const allowed = can('users.read');
  const { data } = useQuery(AccountManagerOptionsQuery, { skip: !allowed });
  const options = (data?.users.edges ?? []).map((e) => ({ value: e.node.id, label: e.node.name }));
  if (current && !options.some((o) => o.value === current.id)) options.push({ value: current.id, label: current.name });
  return { allowed, options };
}
