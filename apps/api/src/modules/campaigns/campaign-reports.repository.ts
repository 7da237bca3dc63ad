// Report queries over campaigns: item counts, outcomes and the calls logged for items, grouped per campaign or per
// agent, each one grouped statement over the selected campaigns.
import { Prisma } from '../../db/prisma.ts';
import type { ProgressCounts, Tx } from './campaigns.repository.ts';

type Sql = Prisma.Sql;
const { sql, raw } = Prisma;

export type ReportGroup = 'campaign' | 'agent';
/** Work counted only inside [from, to) when given. */
export type ReportWindow = { from: string | null; to: string | null };

const KEY: Record<ReportGroup, Sql> = { campaign: raw('k.id'), agent: raw('k.agent_id') };

function within(column: Sql, w: ReportWindow): Sql {
  const parts = [sql`TRUE`];
  if (w.from) parts.push(sql`${column} >= ${w.from}::timestamptz`);
  if (w.to) parts.push(sql`${column} < ${w.to}::timestamptz`);
  return Prisma.join(parts, ' AND ');
}

export type ReportCounts = ProgressCounts & { key: string; campaigns: number };

export class CampaignReportsRepository {
  constructor(private readonly db: Tx) {}

  /** Totals, pending and in progress are current; done and skipped count items finished in the window. */
  progress(where: Sql, group: ReportGroup, w: ReportWindow) {
    const finished = within(sql`i.completed_at`, w);
    return this.db.$queryRaw<ReportCounts[]>`SELECT ${KEY[group]} AS key, count(DISTINCT k.id)::int AS campaigns,
        count(i.id)::int AS total,
        (count(*) FILTER (WHERE i.state = 'PENDING'))::int AS pending,
        (count(*) FILTER (WHERE i.state = 'IN_PROGRESS'))::int AS "inProgress",
        (count(*) FILTER (WHERE i.state = 'DONE' AND ${finished}))::int AS done,
        (count(*) FILTER (WHERE i.state = 'SKIPPED' AND ${finished}))::int AS skipped
      FROM campaigns k LEFT JOIN campaign_items i ON i.campaign_id = k.id
      WHERE ${where} GROUP BY 1`;
  }

  /** Done items per outcome, most frequent first. */
  outcomes(where: Sql, group: ReportGroup, w: ReportWindow) {
    return this.db.$queryRaw<{ key: string; outcomeId: string | null; count: number }[]>`
      SELECT ${KEY[group]} AS key, i.outcome_id AS "outcomeId", count(*)::int AS count
      FROM campaigns k JOIN campaign_items i ON i.campaign_id = k.id
      WHERE ${where} AND i.state = 'DONE' AND ${within(sql`i.completed_at`, w)}
      GROUP BY 1, 2 ORDER BY 3 DESC, 2`;
  }

  /** Done, live activities logged for the items, and the sum of their work minutes. */
  contacts(where: Sql, group: ReportGroup, w: ReportWindow) {
    return this.db.$queryRaw<{ key: string; contacts: number; talkMinutes: number }[]>`
      SELECT ${KEY[group]} AS key, count(a.id)::int AS contacts, COALESCE(sum(a.work_minutes), 0)::int AS "talkMinutes"
      FROM campaigns k JOIN campaign_items i ON i.campaign_id = k.id JOIN activities a ON a.campaign_item_id = i.id
      WHERE ${where} AND a.status = 'DONE' AND a.deleted_at IS NULL
        AND ${within(sql`LEAST(a.starts_at, a.closed_at)`, w)}
      GROUP BY 1`;
  }
}

/** Campaigns that existed in [from, to): created before `to`, not completed or cancelled before `from`. */
export function existedIn(w: ReportWindow): Sql {
  const parts = [sql`TRUE`];
  if (w.to) parts.push(sql`k.created_at < ${w.to}::timestamptz`);
  if (w.from) parts.push(sql`(k.completed_at IS NULL OR k.completed_at >= ${w.from}::timestamptz)`);
  return Prisma.join(parts, ' AND ');
}
