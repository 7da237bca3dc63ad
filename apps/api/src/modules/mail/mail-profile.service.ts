// A user's own sender name and signature; the signature is sanitised HTML, appended to the mail they send.
import { UpdateMailProfileInput } from '@veza/shared';
import { requirePermission } from '../../auth/permissions.ts';
import type { Context } from '../../graphql/context.ts';
import { conflict, parseInput } from '../../graphql/errors.ts';
import { sanitizeMailHtml } from './mail-html.ts';
import { MailRepository } from './mail.repository.ts';

export async function myMailProfile(ctx: Context) {
  const viewer = requirePermission(ctx, 'mail.send');
  const row = await new MailRepository(ctx.db).profile(viewer.user.id);
  return { fromName: row?.fromName ?? null, signature: row?.signature ?? null, version: row?.version ?? 0 };
}

export async function updateMyMailProfile(ctx: Context, args: { input: unknown }) {
  const viewer = requirePermission(ctx, 'mail.send');
  const input = parseInput(UpdateMailProfileInput, args.input, 'input');
  const signature = input.signature ? sanitizeMailHtml(input.signature).trim() : '';
  const saved = await new MailRepository(ctx.db).saveProfile(viewer.user.id, input.version, {
    fromName: input.fromName || null,
    signature: signature || null,
  });
  if (!saved) throw conflict();
  return myMailProfile(ctx);
}
