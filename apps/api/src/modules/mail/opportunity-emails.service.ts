// An opportunity's E-mails: the one-off mail sent from it (mail.send), listed only when the viewer may read the
// opportunity (its OPPORTUNITIES read scope), so a foreign opportunity's mail stays invisible.
import { requirePermission } from '../../auth/permissions.ts';
import type { Context } from '../../graphql/context.ts';
import { badInput } from '../../graphql/errors.ts';
import { decodeCursor, pageSize, toConnection } from '../../graphql/connection.ts';
import { tryParseId } from '../../graphql/ids.ts';
import { reaches } from '../visibility/index.ts';
import { toEmailMessageNode } from './mail-send.service.ts';
import { OpportunityEmailsRepository } from './opportunity-emails.repository.ts';

async function readableOpportunity(ctx: Context, opportunityGlobalId: string): Promise<string | null> {
  const id = tryParseId(opportunityGlobalId, 'Opportunity');
  const row = id ? await ctx.loaders.opportunityById.load(id) : null;
  const readable = row && !row.deletedAt && reaches(ctx.viewer!, 'OPPORTUNITIES', 'read', [row.ownerId]);
  return readable ? row.id : null;
}

export async function opportunityEmailMessages(
  ctx: Context,
  opportunityGlobalId: string,
  args: { first?: number | null; after?: string | null },
) {
  requirePermission(ctx, 'mail.send');
  const first = pageSize(args.first);
  const after = decodeCursor(args.after, 2) as [string, string] | null;
  if (after && Number.isNaN(Date.parse(String(after[0])))) throw badInput('after', 'validation.cursor');
  const opportunityId = await readableOpportunity(ctx, opportunityGlobalId);
  const repo = new OpportunityEmailsRepository(ctx.db);
  const rows = opportunityId ? await repo.messages(opportunityId, first + 1, after) : [];
  return toConnection(
    rows,
    first,
    after !== null,
    (r) => [r.createdAt.toISOString(), r.id],
    toEmailMessageNode,
    () => (opportunityId ? repo.count(opportunityId) : Promise.resolve(0)),
  );
}
