// Per-request batch loaders: campaigns and items by id, progress counts and the next item for a page of campaigns
// (one grouped query each), and the activities logged for items.
import DataLoader from 'dataloader';
import type { Db } from '../../db/prisma.ts';
import {
  CampaignsRepository,
  type CampaignItemRow,
  type CampaignRow,
  type ProgressCounts,
} from './campaigns.repository.ts';

export function createCampaignsLoaders(db: Db) {
  const repo = new CampaignsRepository(db);
  return {
    campaignById: new DataLoader<string, CampaignRow | null>(async (ids) => {
      const byId = new Map((await repo.findByIds(ids)).map((r) => [r.id, r]));
      return ids.map((id) => byId.get(id) ?? null);
    }),
    campaignItemById: new DataLoader<string, CampaignItemRow | null>(async (ids) => {
      const byId = new Map((await repo.findItems(ids)).map((r) => [r.id, r]));
      return ids.map((id) => byId.get(id) ?? null);
    }),
    campaignProgressById: new DataLoader<string, ProgressCounts | undefined>(async (ids) => {
      const byId = await repo.progressOf(ids);
      return ids.map((id) => byId.get(id));
    }),
    nextCampaignItemById: new DataLoader<string, CampaignItemRow | null>(async (ids) => {
      const byId = await repo.nextItems(ids);
      return ids.map((id) => byId.get(id) ?? null);
    }),
    campaignItemIdByActivityId: new DataLoader<string, string | null>(async (ids) => {
      const byId = await repo.itemIdsOfActivities(ids);
      return ids.map((id) => byId.get(id) ?? null);
    }),
    activityIdsByCampaignItemId: new DataLoader<string, string[]>(async (ids) => {
      const byId = await repo.activityIdsOfItems(ids);
      return ids.map((id) => byId.get(id) ?? []);
    }),
  };
}
