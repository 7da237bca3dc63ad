// A client linked from a record the viewer reads (Opportunity.client, Activity.client, CampaignItem.client,
// Client.mergedInto, Person.clients): the client itself only within the viewer's client read scope, else null; its
// name always (`clientName`), so lists still show whose record it is. One statement per batch through the scope
// predicate: the registry's `linkedClientById` loader (clients.loaders.ts), built for the request's viewer.
import type { Context } from '../../graphql/context.ts';
import { toClientNode, type ClientNode } from './clients.mapper.ts';

/** The linked client when the viewer may read it, else null (also for a missing id). */
export async function linkedClient(ctx: Context, id: string | null | undefined): Promise<ClientNode | null> {
  const row = id ? await ctx.loaders.linkedClientById.load(id) : null;
  return row?.readable ? toClientNode(row) : null;
}

/** The linked client's name, whatever the viewer's scope (the one field a record shows of a hidden client). */
export async function linkedClientName(ctx: Context, id: string): Promise<string> {
  const row = await ctx.loaders.linkedClientById.load(id);
  if (!row) throw new Error('A referenced client is missing');
  return row.name;
}
