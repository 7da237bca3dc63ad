// Person visibility: a person is within the viewer's client scope when one of their live clients is (read: the
// clients the viewer reads; edit: the clients they edit). A person outside the read scope does not exist for them.
import type { Context } from '../../graphql/context.ts';
import { forbidden, notFound } from '../../graphql/errors.ts';
import { personsInScope } from '../visibility/index.ts';

/** NOT_FOUND outside the read scope, FORBIDDEN when readable but outside the edit scope. */
export async function guardPersonEdit(ctx: Context, personId: string): Promise<void> {
  const viewer = ctx.viewer!;
  if (!(await personsInScope(ctx.db, viewer, 'read', [personId])).has(personId)) throw notFound('Person');
  if (!(await personsInScope(ctx.db, viewer, 'edit', [personId])).has(personId)) throw forbidden('clients.write');
}

export async function personReadable(ctx: Context, personId: string): Promise<boolean> {
  return (await personsInScope(ctx.db, ctx.viewer!, 'read', [personId])).has(personId);
}
