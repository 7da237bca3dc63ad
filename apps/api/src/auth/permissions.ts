// Server-side permission checks: every resolver that reads or writes data calls one of these first.
import type { PermissionKey } from '@veza/shared';
import type { Context, Viewer } from '../graphql/context.ts';
import { forbidden, unauthenticated } from '../graphql/errors.ts';

export function requireViewer(ctx: Pick<Context, 'viewer'>): Viewer {
  if (!ctx.viewer) throw unauthenticated();
  return ctx.viewer;
}

export function requirePermission(ctx: Pick<Context, 'viewer'>, permission: PermissionKey): Viewer {
  const viewer = requireViewer(ctx);
  if (!viewer.permissions.has(permission)) throw forbidden(permission);
  return viewer;
}

export function hasPermission(ctx: Pick<Context, 'viewer'>, permission: PermissionKey): boolean {
  return ctx.viewer?.permissions.has(permission) ?? false;
}
