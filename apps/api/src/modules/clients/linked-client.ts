// A client linked from a record the viewer reads (Opportunity.client, Activity.client, CampaignItem.client,
// Client.mergedInto): the client itself only within the viewer's client read scope, else null; its name always
// (`clientName`), so lists still show whose record it is. One statement per batch through the scope predicate.
import DataLoader from 'dataloader';
import type { Context } from '../../graphql/context.ts';
import { toClientNode, type ClientNode } from './clients.mapper.ts';
import { ClientsRepository, type LinkedClientRow } from './clients.repository.ts';

/** Per request (its loaders object), so nothing is cached across viewers. */
const perRequest = new WeakMap<object, DataLoader<string, LinkedClientRow | null>>();

function linkedLoader(ctx: Context): DataLoader<string, LinkedClientRow | null> {
  let loader = perRequest.get(ctx.loaders);
  if (!loader) {
    const repo = new ClientsRepository(ctx.db);
    loader = new DataLoader(async (ids) => {
      const byId = new Map((await repo.findLinked(ids, ctx.viewer)).map((r) => [r.id, r]));
      return ids.map((id) => byId.get(id) ?? null);
    });
    perRequest.set(ctx.loaders, loader);
  }
  return loader;
}

/** The linked client when the viewer may read it, else null (also for a missing id). */
export async function linkedClient(ctx: Context, id: string | null | undefined): Promise<ClientNode | null> {
  const row = id ? await linkedLoader(ctx).load(id) : null;
  return row?.readable ? toClientNode(row) : null;
}

/** The linked client's name, whatever the viewer's scope (the one field a record shows of a hidden client). */
export async function linkedClientName(ctx: Context, id: string): Promise<string> {
  const row = await linkedLoader(ctx).load(id);
  if (!row) throw new Error('A referenced client is missing');
  return row.name;
}
