// An opportunity's E-mails: the one-off mail sent from it (mail.send), listed only when the viewer may read the
// opportunity (its OPPORTUNITIES read scope), so a foreign opportunity's mail stays invisible.
import { requirePermission } from '../../auth/permissions.ts';
import type { Context } from '../../graphql/context.ts';
import { tryParseId } from '../../graphql/ids.ts';
import { reaches } from '../visibility/index.ts';
import { emailMessagePage } from './email-message-page.ts';
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
  const opportunityId = await readableOpportunity(ctx, opportunityGlobalId);
  const repo = new OpportunityEmailsRepository(ctx.db);
  return emailMessagePage(
    args,
    opportunityId
      ? { page: (limit, after) => repo.messages(opportunityId, limit, after), count: () => repo.count(opportunityId) }
      : null,
  );
}
