// API tokens: each user creates, lists and revokes their own; the secret is returned once and never stored.
import { CreateApiTokenInput } from '@veza/shared';
import { newApiTokenSecret } from '../../auth/api-token-secret.ts';
import { requirePermission, requireViewer } from '../../auth/permissions.ts';
import type { Context } from '../../graphql/context.ts';
import { notFound, parseInput } from '../../graphql/errors.ts';
import { globalId, parseId, tryParseId } from '../../graphql/ids.ts';
import { ApiTokensRepository } from './api-tokens.repository.ts';

type TokenRow = NonNullable<Awaited<ReturnType<ApiTokensRepository['find']>>>;

export function toTokenNode(row: TokenRow) {
  const { userId: _owner, ...rest } = row;
  return { ...rest, id: globalId('ApiToken', row.id) };
}

export async function listMyTokens(ctx: Context) {
  const viewer = requirePermission(ctx, 'apiTokens.use');
  return (await new ApiTokensRepository(ctx.db).listForUser(viewer.user.id)).map(toTokenNode);
}

export async function createToken(ctx: Context, args: unknown) {
  const viewer = requirePermission(ctx, 'apiTokens.use');
  const input = parseInput(CreateApiTokenInput, args);
  const { secret, hash, prefix } = newApiTokenSecret();
  const row = await new ApiTokensRepository(ctx.db).create({
    userId: viewer.user.id,
    name: input.name,
    tokenHash: hash,
    prefix,
    expiresAt: input.expiresAt ?? null,
  });
  return { token: toTokenNode(row), secret };
}

export async function revokeToken(ctx: Context, id: string) {
  const viewer = requireViewer(ctx);
  const repo = new ApiTokensRepository(ctx.db);
  const row = await repo.find(parseId(id, 'ApiToken'));
  // Someone else's token is reported as missing, so ids cannot be probed.
  if (!row || row.userId !== viewer.user.id) throw notFound('ApiToken');
  return toTokenNode(row.revokedAt ? row : await repo.revoke(row.id));
}

export async function getToken(ctx: Context, id: string) {
  const viewer = requireViewer(ctx);
  const raw = tryParseId(id, 'ApiToken');
  const row = raw ? await new ApiTokensRepository(ctx.db).find(raw) : null;
  return row && row.userId === viewer.user.id ? toTokenNode(row) : null;
}
