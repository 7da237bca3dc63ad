// A person linked from a record the viewer reads (Activity.contactPerson, activity participants, Opportunity.persons):
// returned only when the viewer may read the person — through one of their clients within the client read scope
// (modules/visibility personScopeWhere). One statement per batch; none for an ALL client scope.
import DataLoader from 'dataloader';
import type { Context } from '../../graphql/context.ts';
import { personsInScope } from '../visibility/index.ts';
import { toPersonNode, type PersonNode } from './persons.mapper.ts';

/** Per request (its loaders object), so nothing is cached across viewers. */
const perRequest = new WeakMap<object, DataLoader<string, boolean>>();

function readableLoader(ctx: Context): DataLoader<string, boolean> {
  let loader = perRequest.get(ctx.loaders);
  if (!loader) {
    loader = new DataLoader(async (ids) => {
      const viewer = ctx.viewer;
      const readable = viewer ? await personsInScope(ctx.db, viewer, 'read', [...ids]) : new Set<string>();
      return ids.map((id) => readable.has(id));
    });
    perRequest.set(ctx.loaders, loader);
  }
  return loader;
}

/** The linked person when the viewer may read them, else null (also for a missing id). */
export async function linkedPerson(ctx: Context, id: string | null | undefined): Promise<PersonNode | null> {
  if (!id) return null;
  const [row, readable] = await Promise.all([ctx.loaders.personById.load(id), readableLoader(ctx).load(id)]);
  return row && readable ? toPersonNode(row) : null;
}
