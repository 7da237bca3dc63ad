// Maps client rows to GraphQL parents: global id outside, raw foreign keys kept for the field resolvers.
import { globalId } from '../../graphql/ids.ts';
import type { UserRow } from '../users/index.ts';
import type { ClientRow } from './clients.repository.ts';

/** `accountManager`: the manager's row when a list page read it with the client (no loader round trip). */
type ClientWithManager = ClientRow & { accountManager?: UserRow | null };
export type ClientNode = Omit<ClientWithManager, 'id'> & { id: string; rowId: string };

export function toClientNode(row: ClientWithManager): ClientNode {
  return { ...row, id: globalId('Client', row.id), rowId: row.id };
}
