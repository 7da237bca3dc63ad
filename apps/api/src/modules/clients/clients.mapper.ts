// Maps client rows to GraphQL parents: global id outside, raw foreign keys kept for the field resolvers.
import type { Connection, ListCount } from '../../graphql/connection.ts';
import { globalId } from '../../graphql/ids.ts';
import type { UserRow } from '../users/index.ts';
import type { ClientRow } from './clients.repository.ts';

/** `accountManager`: the manager's row when a list page read it with the client (no loader round trip). */
type ClientWithManager = ClientRow & { accountManager?: UserRow | null };
export type ClientNode = Omit<ClientWithManager, 'id'> & { id: string; rowId: string };

export function toClientNode(row: ClientWithManager): ClientNode {
  return { ...row, id: globalId('Client', row.id), rowId: row.id };
}

/**
 * A list page's row as its node, in place (no copy of its ~30 columns): only for rows nobody else holds — a page's
 * own rows, never a loader's.
 */
export function toListNode<R extends ClientRow>(row: R, accountManager: UserRow | null): ClientNode {
  const rowId = row.id;
  return Object.assign(row, { id: globalId('Client', rowId), rowId, accountManager });
}

/** A page of clients; `count` runs the cheap count with the field's arguments (graphql-js calls it with them). */
export type ClientConnectionParent = Connection<ClientNode> & {
  count: (args: { exactUpTo?: number | null }) => Promise<ListCount>;
};
