// Maps opportunity rows to GraphQL parents: global id outside, raw foreign keys kept for the field resolvers.
import { globalId } from '../../graphql/ids.ts';
import type { OpportunityRow } from './opportunities.repository.ts';

export type OpportunityNode = Omit<OpportunityRow, 'id'> & {
  id: string;
  rowId: string;
  status: 'OPEN' | 'WON' | 'LOST';
  overdue: boolean;
};

/** Closed with a lost reason = LOST, closed without = WON; the stage's flag decides only at the moment of closing. */
export function statusOf(row: Pick<OpportunityRow, 'closedAt' | 'lostReasonId'>): OpportunityNode['status'] {
  return row.closedAt == null ? 'OPEN' : row.lostReasonId ? 'LOST' : 'WON';
}

export function toOpportunityNode(row: OpportunityRow, today = new Date().toISOString().slice(0, 10)) {
  const status = statusOf(row);
  const overdue = status === 'OPEN' && row.expectedCloseOn != null && row.expectedCloseOn < today;
  return { ...row, id: globalId('Opportunity', row.id), rowId: row.id, status, overdue } satisfies OpportunityNode;
}

/** Field resolvers receive the node built above; the generated parent type does not know the raw columns. */
export const asOpportunityNode = (parent: unknown) => parent as OpportunityNode;
