// Maps campaign and item rows to GraphQL parents: global ids outside, raw foreign keys kept for field resolvers.
import { globalId } from '../../graphql/ids.ts';
import type { CampaignItemRow, CampaignRow, ProgressCounts } from './campaigns.repository.ts';

export type CampaignNode = Omit<CampaignRow, 'id' | 'generationId' | 'strategy'> & {
  id: string;
  rowId: string;
  generationId: string | null;
  generationRowId: string | null;
  strategy: 'ROUND_ROBIN' | 'EVEN_SPLIT' | 'BY_ACCOUNT_MANAGER' | null;
};
export type CampaignItemNode = Omit<CampaignItemRow, 'id'> & { id: string; rowId: string };

export function toCampaignNode(row: CampaignRow): CampaignNode {
  return {
    ...row,
    id: globalId('Campaign', row.id),
    rowId: row.id,
    generationId: row.generationId ? globalId('CampaignGeneration', row.generationId) : null,
    generationRowId: row.generationId,
    strategy: row.strategy as CampaignNode['strategy'],
  };
}

export function toCampaignItemNode(row: CampaignItemRow): CampaignItemNode {
  return { ...row, id: globalId('CampaignItem', row.id), rowId: row.id };
}

export function toProgress(counts: ProgressCounts | undefined) {
  const c = counts ?? { total: 0, pending: 0, inProgress: 0, done: 0, skipped: 0 };
  const finished = c.done + c.skipped;
  return { ...c, finished, ratio: c.total ? finished / c.total : 0 };
}
