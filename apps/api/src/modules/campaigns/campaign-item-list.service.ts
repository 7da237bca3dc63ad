// Campaign items across campaigns, filtered (the records behind a report cell over campaign items): within the
// viewer's campaigns scope, of live clients, newest first.
import { CampaignItemFilterInput, type CampaignItemFilter } from '@veza/shared';
import { decodeCursor, pageSize, toConnection } from '../../graphql/connection.ts';
import type { Context } from '../../graphql/context.ts';
import { badInput, parseInput } from '../../graphql/errors.ts';
import { clientWhereIn, nestedClientWhere } from '../clients/index.ts';
import { withinScope } from '../visibility/index.ts';
import { CampaignItemListRepository } from './campaign-item-list.repository.ts';
import { campaignItemWhere } from './campaign-item-list.sql.ts';
import { toCampaignItemNode } from './campaigns.mapper.ts';
import { requireCampaignAccess } from './campaigns.service.ts';

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

export async function listCampaignItems(
  ctx: Context,
  args: { filter?: unknown; first?: number | null; after?: string | null },
) {
  const viewer = requireCampaignAccess(ctx);
  const json: unknown = args.filter == null ? null : JSON.parse(JSON.stringify(args.filter));
  const f: CampaignItemFilter = json == null ? {} : parseInput(CampaignItemFilterInput, json, 'filter');
  // Items are read in the campaigns scope; a client filter is compiled as the client list compiles it (within the
  // client read scope), as the reports over campaign items do (reports.service.ts reportClientWhere).
  const client = f.client
    ? await nestedClientWhere(ctx, f.client)
    : (await clientWhereIn(ctx.db, viewer.user.timeZone, null)).where;
  const where = withinScope(campaignItemWhere(f, viewer.user.timeZone, client), viewer, 'CAMPAIGNS', 'read', 'k');
  const first = pageSize(args.first);
  const cursor = decodeCursor(args.after, 2);
  const after = cursor ? { createdAt: String(cursor[0]), id: String(cursor[1]) } : null;
  if (after && (Number.isNaN(Date.parse(after.createdAt)) || !UUID.test(after.id)))
    throw badInput('after', 'validation.cursor');
  const repo = new CampaignItemListRepository(ctx.db);
  const rows = await repo.page(where, after, first + 1);
  return toConnection(
    rows,
    first,
    after != null,
    (r) => [r.createdAt.toISOString(), r.id],
    toCampaignItemNode,
    () => repo.count(where),
  );
}
