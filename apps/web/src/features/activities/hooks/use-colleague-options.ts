// Colleagues to assign or invite, found by the server (any active user, no users.read needed). While nothing is
// typed the viewer and the users already on the activity come first, whatever page the server returned.
import { useQuery } from '@apollo/client/react';
import { useSession } from '../../../lib/session.tsx';
import { ActivityColleagueOptionsQuery } from '../api/activity-colleague-options-query.ts';

export type KnownUser = { id: string; name: string } | null | undefined;

export interface ColleagueOption {
  value: string;
  label: string;
  email?: string;
}

/** The viewer and the given users, once each. */
export function useKnownUsers(known: readonly KnownUser[]): { id: string; name: string }[] {
  const { user } = useSession();
  const out: { id: string; name: string }[] = [];
  for (const u of [{ id: user.id, name: user.name }, ...known])
    if (u && !out.some((o) => o.id === u.id)) out.push({ id: u.id, name: u.name });
  return out;
}

export function useColleagueOptions(term: string | null, known: readonly KnownUser[], skip = false) {
  const pinned = useKnownUsers(known);
  const { data, loading } = useQuery(ActivityColleagueOptionsQuery, { variables: { search: term }, skip });
  const found = new Map((data?.colleagues.edges ?? []).map((e) => [e.node.id, e.node]));
  const options: ColleagueOption[] = [];
  for (const u of [...(term ? [] : pinned), ...found.values()])
    if (!options.some((o) => o.value === u.id))
      options.push({ value: u.id, label: u.name, email: found.get(u.id)?.email });
  return { options, pinned, loading };
}
