// Server-side permission checks: every resolver that reads or writes data calls one of these first.
import type { PermissionKey } from '@veza/shared';
import type { Context, Viewer } from '../graphql/context.ts';
import { forbidden, unauthenticated } from '../graphql/errors.ts';

export function requireViewer(ctx: Pick<Context, 'viewer'>): Viewer {
  if (!ctx.viewer) throw unauthenticated();
  return ctx.viewer;
}

/** The one permission check: FORBIDDEN unless the viewer has the permission (or, given a list, any of them). */
export function requirePermission(
  ctx: Pick<Context, 'viewer'>,
  permission: PermissionKey | readonly [PermissionKey, ...PermissionKey[]],
): Viewer {
  const viewer = requireViewer(ctx);
  const anyOf = typeof permission === 'string' ? [permission] : permission;
  if (!anyOf.some((p) => viewer.permissions.has(p))) throw forbidden(anyOf[0]!);
  return viewer;
}

export function hasPermission(ctx: Pick<Context, 'viewer'>, permission: PermissionKey): boolean {
  return ctx.viewer?.permissions.has(permission) ?? false;
}
