// Reading e-mail campaigns: the newest-first list (optionally by state) and one campaign with its history.
import { EMAIL_CAMPAIGN_STATES } from '@veza/shared';
import { requirePermission } from '../../auth/permissions.ts';
import type { Context } from '../../graphql/context.ts';
import { decodeCreatedAtCursor, decodeCursor, pageSize, toConnection } from '../../graphql/connection.ts';
import { tryParseId } from '../../graphql/ids.ts';
import { EmailCampaignsRepository, type CampaignState } from './email-campaigns.repository.ts';
import { toCampaignNodes } from './email-campaigns.mapper.ts';
import { requireWholeScope } from '../visibility/index.ts';

type ListArgs = { states?: readonly string[] | null; first?: number | null; after?: string | null };

export async function emailCampaigns(ctx: Context, args: ListArgs) {
  requirePermission(ctx, ['mailings.manage', 'mailings.approve']);
  requireWholeScope(ctx.viewer!, ['CLIENTS'], 'read', 'mailings.manage');
  const first = pageSize(args.first);
  const after = decodeCreatedAtCursor(args.after);
  const states = args.states?.length
    ? args.states.filter((s): s is CampaignState => (EMAIL_CAMPAIGN_STATES as readonly string[]).includes(s))
    : null;
  const repo = new EmailCampaignsRepository(ctx.db);
  const rows = await repo.page(states, first + 1, after);
  const nodes = await toCampaignNodes(ctx.db, rows.slice(0, first));
  const byId = new Map(rows.slice(0, first).map((r, i) => [r.id, nodes[i]!]));
  return toConnection(
    rows,
    first,
    after !== null,
    (r) => [r.createdAt.toISOString(), r.id],
    (r) => byId.get(r.id)!,
    () => repo.count(states),
  );
}

export async function emailCampaign(ctx: Context, args: { id: string }) {
  requirePermission(ctx, ['mailings.manage', 'mailings.approve']);
  requireWholeScope(ctx.viewer!, ['CLIENTS'], 'read', 'mailings.manage');
  const id = tryParseId(args.id, 'EmailCampaign');
  const row = id ? await new EmailCampaignsRepository(ctx.db).find(id) : null;
  return row ? (await toCampaignNodes(ctx.db, [row]))[0]! : null;
}

/** The campaign's refused recipients with the relay's reply, a keyset page by recipient id. */
export async function campaignFailures(
  ctx: Context,
  campaignGlobalId: string,
  args: { first?: number | null; after?: string | null },
) {
  requirePermission(ctx, ['mailings.manage', 'mailings.approve']);
  requireWholeScope(ctx.viewer!, ['CLIENTS'], 'read', 'mailings.manage');
  const first = pageSize(args.first);
  const after = decodeCursor(args.after, 1) as [string] | null;
  const id = tryParseId(campaignGlobalId, 'EmailCampaign');
  const repo = new EmailCampaignsRepository(ctx.db);
  const rows = id ? await repo.failures(id, first + 1, after?.[0] ?? null) : [];
  return toConnection(
    rows,
    first,
    after !== null,
    (r) => [r.id],
    (r) => ({ address: r.address, error: r.lastError, attempts: r.attempts }),
    () => (id ? repo.failureCount(id) : Promise.resolve(0)),
  );
}
