// Maps client rows to GraphQL parents: global id outside, raw foreign keys kept for the field resolvers.
import { globalId } from '../../graphql/ids.ts';
import type { ClientRow } from './clients.repository.ts';

export type ClientNode = Omit<ClientRow, 'id'> & { id: string; rowId: string };

export function toClientNode(row: ClientRow): ClientNode {
  return { ...row, id: globalId('Client', row.id), rowId: row.id };
}

/** Field resolvers receive the node built above; the generated parent type does not know the raw columns. */
export const asClientNode = (parent: unknown) => parent as ClientNode;
