// SQL conditions over `campaigns k` and `campaign_items i` for the lists, the progress overview and the reports,
// built from criteria the services have already parsed and checked (ids are row ids).
import { Prisma } from '../../db/prisma.ts';
import { escapeLike } from '../clients/index.ts';
import { IN_OPEN_CAMPAIGN } from './campaigns.repository.ts';

type Sql = Prisma.Sql;
const { sql, join } = Prisma;

export type CampaignCriteria = {
  /** Only this agent's campaigns (an agent's own view, or `mine`). */
  agentId?: string | null;
  agentIds?: string[] | null;
  statuses?: string[] | null;
  generationId?: string | null;
  campaignIds?: string[] | null;
  /** Name or description contains. */
  text?: string | null;
};

const and = (parts: Sql[]): Sql => (parts.length ? join(parts, ' AND ') : sql`TRUE`);

export function campaignCondition(c: CampaignCriteria, extra: Sql[] = []): Sql {
  const parts = [...extra];
  if (c.agentId) parts.push(sql`k.agent_id = ${c.agentId}::uuid`);
  if (c.agentIds?.length) parts.push(sql`k.agent_id = ANY(${c.agentIds}::uuid[])`);
  if (c.statuses?.length) parts.push(sql`k.status::text = ANY(${c.statuses}::text[])`);
  if (c.generationId) parts.push(sql`k.generation_id = ${c.generationId}::uuid`);
  if (c.campaignIds?.length) parts.push(sql`k.id = ANY(${c.campaignIds}::uuid[])`);
  if (c.text) {
    const like = `%${escapeLike(c.text)}%`;
    parts.push(sql`(k.name ILIKE ${like} OR k.description ILIKE ${like})`);
  }
  return and(parts);
}

/** A campaign's items in some states, whose client's name contains `search`. */
export function itemCondition(c: { states?: string[] | null; search?: string | null }): Sql {
  const parts: Sql[] = [];
  if (c.states?.length) parts.push(sql`i.state::text = ANY(${c.states}::text[])`);
  if (c.search) {
    const like = `%${escapeLike(c.search)}%`;
    parts.push(sql`EXISTS (SELECT 1 FROM clients c WHERE c.id = i.client_id AND c.name ILIKE ${like})`);
  }
  return and(parts);
}

/**
 * Clients to append to a campaign as `(client_id, ord)`: given ids in their order, or every client matching a
 * compiled client filter in name order; with `exclude`, none already on an open campaign. `candidates` counts what
 * the filter matched before that exclusion (to report the skipped ones); for ids the caller knows the count.
 */
export function appendSource(
  from: { ids: string[] } | { where: Sql },
  exclude: boolean,
): { source: Sql; candidates: Sql | null } {
  if ('ids' in from) {
    const ordered = sql`SELECT t.client_id, t.ord FROM unnest(${from.ids}::uuid[]) WITH ORDINALITY AS t(client_id, ord)`;
    const exclusion = exclude ? sql`WHERE NOT ${IN_OPEN_CAMPAIGN}` : Prisma.empty;
    return {
      source: sql`SELECT s.client_id, s.ord FROM (${ordered}) s JOIN clients c ON c.id = s.client_id ${exclusion}`,
      candidates: null,
    };
  }
  const exclusion = exclude ? sql`AND NOT ${IN_OPEN_CAMPAIGN}` : Prisma.empty;
  return {
    source: sql`SELECT c.id AS client_id, row_number() OVER (ORDER BY c.name, c.id) AS ord FROM clients c
      WHERE ${from.where} ${exclusion}`,
    candidates: sql`SELECT 1 FROM clients c WHERE ${from.where}`,
  };
}
