// An activity's link to a sales opportunity (of the same client) and its user-defined attributes; a new opportunity
// given with the activity is created inside the activity's transaction.
import type { CreateActivity, UpdateActivity } from '@veza/shared';
import { requirePermission } from '../../auth/permissions.ts';
import type { Context } from '../../graphql/context.ts';
import { badInput } from '../../graphql/errors.ts';
import { parseId } from '../../graphql/ids.ts';
import { validatedAttributes } from '../attributes/index.ts';
import { createOpportunityIn } from '../opportunities/index.ts';
import type { ActivitiesRepository, ActivityWrite, Tx } from './activities.repository.ts';

type LinkInput = Pick<CreateActivity, 'opportunityId' | 'newOpportunity' | 'clientId'>;

/** The opportunity id to store (undefined: unchanged); a new one is created in `tx`. */
export async function opportunityLink(
  tx: Tx,
  repo: ActivitiesRepository,
  ctx: Context,
  input: Partial<LinkInput> & Pick<UpdateActivity, 'opportunityId'>,
  clientId: string,
): Promise<string | null | undefined> {
  if (input.newOpportunity) {
    requirePermission(ctx, 'opportunities.write');
    return createOpportunityIn(
      tx,
      ctx,
      { ...input.newOpportunity, clientId: input.clientId! },
      'input.newOpportunity.',
    );
  }
  if (input.opportunityId === undefined) return undefined;
  if (input.opportunityId === null) return null;
  const id = parseId(input.opportunityId, 'Opportunity', 'input.opportunityId');
  if ((await repo.opportunityClient(id)) !== clientId)
    throw badInput('input.opportunityId', 'validation.activity.opportunity');
  return id;
}

/** Attribute values to store: validated against the ACTIVITY definitions and merged over `previous`. */
export async function activityAttributes(
  ctx: Context,
  given: Record<string, unknown> | null | undefined,
  previous: Record<string, unknown> | undefined,
): Promise<Pick<ActivityWrite, 'attributes'>> {
  if (given == null && previous) return {};
  return { attributes: await validatedAttributes(ctx.db, 'ACTIVITY', given ?? {}, previous, 'input.') };
}
