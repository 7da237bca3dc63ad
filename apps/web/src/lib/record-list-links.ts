// Links to the activity, opportunity and campaign-item lists with their API filter in the address (filter-link.ts), e.g.
// from a report cell; each list reads it back with the shared schema of its filter.
import {
  ActivityFilterInput,
  CampaignItemFilterInput,
  OpportunityFilterInput,
  type ActivityFilter,
  type CampaignItemFilter,
  type OpportunityFilter,
} from '@veza/shared';
import { FILTER_PARAM, decodeFilterParam, encodeFilterParam, type DecodedFilter } from './filter-link.ts';

export function activityListHref(filter: ActivityFilter): string {
  return `/activities?${FILTER_PARAM}=${encodeFilterParam(filter)}`;
}

export function opportunityListHref(filter: OpportunityFilter): string {
  return `/opportunities/list?${FILTER_PARAM}=${encodeFilterParam(filter)}`;
}

export function decodeActivityFilter(param: string | null): DecodedFilter<ActivityFilter> {
  return decodeFilterParam(ActivityFilterInput, param);
}

export function decodeOpportunityFilter(param: string | null): DecodedFilter<OpportunityFilter> {
  return decodeFilterParam(OpportunityFilterInput, param);
}

export function decodeCampaignItemFilter(param: string | null): DecodedFilter<CampaignItemFilter> {
  return decodeFilterParam(CampaignItemFilterInput, param);
}
