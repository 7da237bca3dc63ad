// A person linked from a record the viewer reads (Activity.contactPerson, activity participants, Opportunity.persons):
// returned only when the viewer may read the person — through one of their clients within the client read scope
// (modules/visibility personScopeWhere). One statement per batch through the registry's `personReadable` loader.
import type { Context } from '../../graphql/context.ts';
import { toPersonNode, type PersonNode } from './persons.mapper.ts';

/** The linked person when the viewer may read them, else null (also for a missing id). */
export async function linkedPerson(ctx: Context, id: string | null | undefined): Promise<PersonNode | null> {
  if (!id) return null;
  const [row, readable] = await Promise.all([ctx.loaders.personById.load(id), ctx.loaders.personReadable.load(id)]);
  return row && readable ? toPersonNode(row) : null;
}
