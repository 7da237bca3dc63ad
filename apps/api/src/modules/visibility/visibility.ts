// Record visibility (teams and profile scopes): whose records a viewer may read or edit, per record kind.
import type { RecordKind, RecordScope } from '@veza/shared';
import type { Viewer } from '../../graphql/context.ts';
import { forbidden } from '../../graphql/errors.ts';

export type Access = 'read' | 'edit';
/** What the visibility rules need of a viewer (a request's Viewer, or a system actor built for a job). */
export type ScopedViewer = Pick<Viewer, 'scopes' | 'teamUserIds'> & { user: { id: string } };

export function scopeOf(viewer: ScopedViewer, kind: RecordKind, access: Access): RecordScope {
  return viewer.scopes[kind][access];
}

/**
 * The users whose records the viewer reaches (null: everyone's). OWN = the viewer; TEAM = the viewer and everyone in a
 * team the viewer is in or manages. Always a short list (a team), so `owner = ANY(list)` stays an index lookup.
 */
export function scopeUserIds(viewer: ScopedViewer, kind: RecordKind, access: Access): string[] | null {
  switch (scopeOf(viewer, kind, access)) {
    case 'ALL':
      return null;
    case 'TEAM':
      return [...new Set([viewer.user.id, ...viewer.teamUserIds])];
    case 'OWN':
      return [viewer.user.id];
  }
}

/**
 * For one loaded record: may the viewer reach it, given the users that make it "theirs" (a client's account manager;
 * an activity's owner and participants; an opportunity's owner; a campaign's agent)?
 */
export function reaches(
  viewer: ScopedViewer,
  kind: RecordKind,
  access: Access,
  holders: readonly (string | null | undefined)[],
): boolean {
  const ids = scopeUserIds(viewer, kind, access);
  return ids == null || holders.some((h) => h != null && ids.includes(h));
}

/**
 * For tools that work across every record of a kind (GDPR export and erasure, mailing groups and e-mail campaigns,
 * automation rules, imports): a viewer whose scope for one of `kinds` is narrower than ALL gets FORBIDDEN (naming
 * `permission`, the tool's own key) instead of an answer that would reach records outside the scope. Call it right
 * after the tool's requirePermission.
 */
export function requireWholeScope(
  viewer: ScopedViewer,
  kinds: readonly RecordKind[],
  access: Access,
  permission: string,
): void {
  if (kinds.some((kind) => scopeOf(viewer, kind, access) !== 'ALL')) throw forbidden(permission);
}
