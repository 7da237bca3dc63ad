// The teams list, and active users to choose managers and members from.
import { useQuery } from '@apollo/client/react';
import { TeamUserOptionsQuery } from '../api/team-user-options-query.ts';
import { TeamsQuery } from '../api/teams-query.ts';

export function useTeams() {
  const { data, loading, error } = useQuery(TeamsQuery);
  return { teams: data?.teams ?? [], loading: loading && !data, error };
}

export type TeamRow = ReturnType<typeof useTeams>['teams'][number];

/** Active users plus the team's current people (who may be inactive now), as select options. */
export function useTeamUserOptions(current: readonly { id: string; name: string }[]) {
  const { data } = useQuery(TeamUserOptionsQuery, { variables: { search: null } });
  const byId = new Map(current.map((u) => [u.id, u.name]));
  for (const e of data?.users.edges ?? []) byId.set(e.node.id, e.node.name);
  return [...byId].map(([value, label]) => ({ value, label })).sort((a, b) => a.label.localeCompare(b.label));
}
