// The records behind a report cell (a detail, a subtotal or the grand total): the shared reportDrillDown says which
// list shows exactly the records the cell counted and with what filter; this turns it into that list's address.
import { reportDrillDown, type DrillContext, type DrillGroup, type ReportDefinition } from '@veza/shared';
import { clientListHref } from '../../../lib/client-filter-link.ts';
import { activityListHref, opportunityListHref } from '../../../lib/record-list-links.ts';

export type { DrillContext, DrillGroup };

/** The address of the records behind the first `depth` groups of a row (0: the total), or null when none. */
export function cellHref(
  d: ReportDefinition,
  groups: readonly DrillGroup[],
  depth: number,
  c: DrillContext,
): string | null {
  const target = reportDrillDown(d, groups, depth, c);
  if (!target) return null;
  switch (target.list) {
    case 'ACTIVITIES':
      return activityListHref(target.filter);
    case 'OPPORTUNITIES':
      return opportunityListHref(target.filter);
    case 'CLIENTS':
      return target.filter ? clientListHref(target.filter) : '/clients';
    case 'CAMPAIGN':
      return `${c.campaignsAll ? '/campaigns' : '/my-campaigns'}/${target.campaignId}`;
  }
}
