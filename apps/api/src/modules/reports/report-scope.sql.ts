// What a report may read: with reports.read everything its subject's own rules allow, else only the viewer's own
// records (activities they own or take part in, their opportunities, clients and campaigns).
import type { ReportSubject } from '@veza/shared';
import { Prisma } from '../../db/prisma.ts';
import { visibleTo } from '../activities/index.ts';

const { sql } = Prisma;

export type ScopeRights = { reportsAll: boolean; activitiesAll: boolean; campaignsAll: boolean };

export function visibility(subject: ReportSubject, viewerId: string, r: ScopeRights): Prisma.Sql | null {
  switch (subject) {
    case 'ACTIVITIES':
      return r.reportsAll && r.activitiesAll ? null : visibleTo(viewerId);
    case 'OPPORTUNITIES':
      return r.reportsAll ? null : sql`o.owner_id = ${viewerId}::uuid`;
    case 'CLIENTS':
      return r.reportsAll ? null : sql`c.account_manager_id = ${viewerId}::uuid`;
    case 'CAMPAIGN_ITEMS':
      return r.reportsAll || r.campaignsAll ? null : sql`k.agent_id = ${viewerId}::uuid`;
  }
}
