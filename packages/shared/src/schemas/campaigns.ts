// Input schemas for call campaigns: generation (the wizard), hand-built campaigns, edits, item work and reports.
import { z } from 'zod';
import { isoDay, isoInstant } from '../instant.ts';
import { ClientFilterInput } from '../filter/client-filter.ts';
import { checkPeriod, periodFields } from './record-period.ts';

export const CAMPAIGN_STATUSES = ['DRAFT', 'ACTIVE', 'COMPLETED', 'CANCELLED'] as const;
export const CAMPAIGN_ITEM_STATES = ['PENDING', 'IN_PROGRESS', 'DONE', 'SKIPPED'] as const;
export const CAMPAIGN_STRATEGIES = ['ROUND_ROBIN', 'EVEN_SPLIT', 'BY_ACCOUNT_MANAGER'] as const;
/** Statuses a campaign can be created in or switched between with updateCampaign. */
export const CAMPAIGN_OPEN_STATUSES = ['DRAFT', 'ACTIVE'] as const;
/** Most agents one generation may split among, and most ids one bulk item operation takes. */
export const CAMPAIGN_MAX_AGENTS = 100;
export const CAMPAIGN_MAX_BULK_ITEMS = 5000;
export const CAMPAIGN_NAME_MAX = 150;

const id = z.string().min(1, 'validation.required');
const isoDate = isoDay;
const name = z.string().trim().min(1, 'validation.required').max(CAMPAIGN_NAME_MAX, 'validation.tooLong');
const description = z
  .string()
  .trim()
  .max(5000, 'validation.tooLong')
  .nullish()
  .transform((v) => v ?? '');
const instant = isoInstant;

/** The period's last day is not before its first (ISO dates compare as strings). */
function periodCheck(value: { start?: string | null; end?: string | null }, ctx: z.RefinementCtx) {
  if (value.start && value.end && value.end < value.start)
    ctx.addIssue({ code: 'custom', path: ['end'], message: 'validation.campaign.period' });
}

const uniqueIds = (max: number) =>
  z
    .array(id)
    .max(max, 'validation.tooMany')
    .refine((ids) => new Set(ids).size === ids.length, 'validation.campaign.duplicate');

export const GenerateCampaignsInput = z
  .object({
    name,
    description,
    filter: ClientFilterInput,
    agentIds: uniqueIds(CAMPAIGN_MAX_AGENTS).min(1, 'validation.campaign.agents'),
    strategy: z.enum(CAMPAIGN_STRATEGIES),
    start: isoDate.nullish(),
    end: isoDate.nullish(),
    excludeInActiveCampaigns: z.boolean().nullish(),
    status: z.enum(CAMPAIGN_OPEN_STATUSES, 'validation.campaign.status').nullish(),
  })
  .superRefine(periodCheck);

export const PreviewCampaignGenerationArgs = z.object({
  filter: ClientFilterInput,
  excludeInActiveCampaigns: z.boolean().nullish(),
  agentIds: uniqueIds(CAMPAIGN_MAX_AGENTS).nullish(),
  strategy: z.enum(CAMPAIGN_STRATEGIES).nullish(),
  sampleSize: z.number().int('validation.integer').min(0, 'validation.invalid').max(50, 'validation.invalid').nullish(),
});

export const CreateCampaignInput = z
  .object({
    name,
    description,
    agentId: id,
    start: isoDate.nullish(),
    end: isoDate.nullish(),
    status: z.enum(CAMPAIGN_OPEN_STATUSES, 'validation.campaign.status').nullish(),
    clientIds: uniqueIds(CAMPAIGN_MAX_BULK_ITEMS).nullish(),
  })
  .superRefine(periodCheck);

/** Fields left out stay as they are; null clears start / end. */
export const UpdateCampaignInput = z
  .object({
    name: name.optional(),
    description: z.string().trim().max(5000, 'validation.tooLong').nullish(),
    agentId: id.optional(),
    start: isoDate.nullish(),
    end: isoDate.nullish(),
    status: z.enum(CAMPAIGN_OPEN_STATUSES, 'validation.campaign.status').optional(),
  })
  .superRefine(periodCheck);

export const AddClientsToCampaignArgs = z
  .object({
    clientIds: uniqueIds(CAMPAIGN_MAX_BULK_ITEMS).nullish(),
    filter: ClientFilterInput.nullish(),
    excludeInActiveCampaigns: z.boolean().nullish(),
  })
  .superRefine((v, ctx) => {
    if ((v.clientIds == null) === (v.filter == null))
      ctx.addIssue({ code: 'custom', path: ['clientIds'], message: 'validation.campaign.clientsOrFilter' });
  });

export const CampaignItemIdsInput = uniqueIds(CAMPAIGN_MAX_BULK_ITEMS).min(1, 'validation.required');

export const SkipReasonInput = z.string().trim().min(1, 'validation.required').max(1000, 'validation.tooLong');

export const CampaignFilterInput = z
  .object({
    agentIds: z.array(id).max(CAMPAIGN_MAX_AGENTS, 'validation.tooMany').nullish(),
    statuses: z.array(z.enum(CAMPAIGN_STATUSES)).nullish(),
    generationId: id.nullish(),
    text: z.string().trim().max(200, 'validation.tooLong').nullish(),
    mine: z.boolean().nullish(),
  })
  .strict();

export const CampaignItemsArgs = z.object({
  state: z.array(z.enum(CAMPAIGN_ITEM_STATES)).nullish(),
  search: z.string().trim().max(200, 'validation.tooLong').nullish(),
});

export const CampaignAgentReportFilterInput = z
  .object({
    from: instant.nullish(),
    to: instant.nullish(),
    generationId: id.nullish(),
    agentIds: z.array(id).max(CAMPAIGN_MAX_AGENTS, 'validation.tooMany').nullish(),
    campaignIds: z.array(id).max(500, 'validation.tooMany').nullish(),
  })
  .strict()
  .superRefine((v, ctx) => {
    if (v.from && v.to && Date.parse(v.to) <= Date.parse(v.from))
      ctx.addIssue({ code: 'custom', path: ['to'], message: 'validation.campaign.period' });
  });

export type GenerateCampaigns = z.output<typeof GenerateCampaignsInput>;
export type CampaignStrategy = (typeof CAMPAIGN_STRATEGIES)[number];
export type CampaignStatus = (typeof CAMPAIGN_STATUSES)[number];
export type CampaignItemState = (typeof CAMPAIGN_ITEM_STATES)[number];
export type CampaignFilter = z.output<typeof CampaignFilterInput>;
export type CampaignAgentReportFilter = z.output<typeof CampaignAgentReportFilterInput>;

/** The item dates a campaign-item list period can use (those a report over campaign items groups by). */
export const CAMPAIGN_ITEM_DATE_FIELDS = ['COMPLETED_AT', 'CREATED_AT'] as const;
/** Fields `without` can ask to be empty (a report's "none" group); TEAM: the campaign's agent has no manager. */
export const CAMPAIGN_ITEM_EMPTY_FIELDS = ['OUTCOME', 'TEAM'] as const;

/**
 * Campaign items across campaigns (the records behind a report cell over campaign items): campaigns, their agents or
 * the agents' manager, clients, states, outcomes, empty fields, the client filter and a period on one of the item's
 * dates, as instants and as local days in a time zone. Only items of live clients the viewer may see.
 */
export const CampaignItemFilterInput = z
  .object({
    campaignIds: z.array(id).max(200, 'validation.tooMany').nullish(),
    agentIds: z.array(id).max(200, 'validation.tooMany').nullish(),
    teamIds: z.array(id).max(200, 'validation.tooMany').nullish(),
    clientIds: z.array(id).max(200, 'validation.tooMany').nullish(),
    states: z.array(z.enum(CAMPAIGN_ITEM_STATES)).max(4, 'validation.tooMany').nullish(),
    outcomeIds: z.array(id).max(100, 'validation.tooMany').nullish(),
    without: z.array(z.enum(CAMPAIGN_ITEM_EMPTY_FIELDS)).max(2, 'validation.tooMany').nullish(),
    client: ClientFilterInput.nullish(),
    dateField: z.enum(CAMPAIGN_ITEM_DATE_FIELDS).nullish(),
    ...periodFields,
  })
  .strict()
  .superRefine(checkPeriod);
export type CampaignItemFilter = z.output<typeof CampaignItemFilterInput>;
