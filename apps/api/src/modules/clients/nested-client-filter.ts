// A client filter inside another list's filter (activities, opportunities, campaign items: `filter.client`):
// compiled as the client list compiles it, within the viewer's client read scope, its errors named from where it sits.
import type { Prisma } from '../../db/prisma.ts';
import type { Context } from '../../graphql/context.ts';
import { clientWhere } from './clients.service.ts';

/** The SQL over `clients c` for `rawFilter`; a BAD_USER_INPUT names its field under `at` (not the client list's `filter`). */
export async function nestedClientWhere(ctx: Context, rawFilter: unknown, at = 'filter.client'): Promise<Prisma.Sql> {
  try {
    return (await clientWhere(ctx, rawFilter)).where;
  } catch (error) {
    const ext = (error as { extensions?: { field?: string } }).extensions;
    if (ext?.field) ext.field = ext.field.replace(/^filter/, at);
    throw error;
  }
}
