// Public entry of the campaigns module: the CampaignItem node and who may see a campaign, and the hooks activity
// writes call inside their transaction (a call logged for an item starts it, closing it finishes the item).
export { toCampaignItemNode, type CampaignItemNode } from './campaigns.mapper.ts';
export { canSeeCampaign } from './campaigns.service.ts';
export { campaignActivityDone, campaignActivityUndone, linkActivityToCampaignItem } from './campaign-items.service.ts';
