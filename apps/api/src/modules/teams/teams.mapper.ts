// Maps team rows to their GraphQL shape; the node keeps the raw user ids for the manager and members resolvers.
import { globalId } from '../../graphql/ids.ts';
import type { TeamRow } from './teams.repository.ts';

export function toTeamNode(row: TeamRow) {
  return { ...row, rowId: row.id, id: globalId('Team', row.id) };
}

export type TeamNode = ReturnType<typeof toTeamNode>;
