// Stores the salutation a person is addressed with in mail (null = the suggestion for the mail's language).
import { SetPersonSalutationInput } from '@veza/shared';
import { requirePermission } from '../../auth/permissions.ts';
import type { Context } from '../../graphql/context.ts';
import { badInput, parseInput } from '../../graphql/errors.ts';
import { parseId } from '../../graphql/ids.ts';
import { guardPersonEdit, toPersonNode } from '../persons/index.ts';
import { EmailTemplatesRepository } from './email-templates.repository.ts';

export async function setPersonSalutation(ctx: Context, args: { personId: string; salutation?: string | null }) {
  requirePermission(ctx, 'clients.write');
  const input = parseInput(SetPersonSalutationInput, args);
  const personId = parseId(input.personId, 'Person', 'personId');
  await guardPersonEdit(ctx, personId);
  const done = await new EmailTemplatesRepository(ctx.db).setSalutation(personId, input.salutation || null);
  if (done.count !== 1) throw badInput('personId', 'validation.id');
  ctx.loaders.personById.clear(personId);
  return toPersonNode((await ctx.loaders.personById.load(personId))!);
}
