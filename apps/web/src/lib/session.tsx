// The logged-in user and their permissions, provided by the app shell to every feature.
import { createContext, useContext, type ReactNode } from 'react';
import type { Locale, PermissionKey, RecordKind, RecordScope } from '@veza/shared';

export interface SessionUser {
  id: string;
  name: string;
  email: string;
  locale: Locale;
  timeZone: string;
}

export interface Session {
  user: SessionUser;
  permissions: readonly string[];
  /** Widest read / edit scope per record kind (absent in tests that do not need it: OWN). */
  scopes?: readonly { kind: RecordKind; read: RecordScope; edit: RecordScope }[];
}

const SessionContext = createContext<Session | null>(null);

export function SessionProvider({ session, children }: { session: Session; children: ReactNode }) {
  return <SessionContext.Provider value={session}>{children}</SessionContext.Provider>;
}

export function useSession(): Session {
  const session = useContext(SessionContext);
  if (!session) throw new Error('useSession() outside <SessionProvider>');
  return session;
}

export function hasPermission(session: Session, permission: PermissionKey): boolean {
  return session.permissions.includes(permission);
}

/** `can('users.manage')` for the current user. */
export function useCan(): (permission: PermissionKey) => boolean {
  const session = useSession();
  return (permission) => hasPermission(session, permission);
}

/**
 * May the user edit a record of `kind` held by `holderId`? Own: with `permission`; others': only with a TEAM or ALL edit
 * scope (TEAM is shown editable and the server refuses records outside the team).
 */
export function useCanEditRecord(): (kind: RecordKind, holderId: string | null, permission: PermissionKey) => boolean {
  const session = useSession();
  return (kind, holderId, permission) => {
    if (!hasPermission(session, permission)) return false;
    if (holderId === session.user.id) return true;
    const edit = session.scopes?.find((s) => s.kind === kind)?.edit ?? 'OWN';
    return edit !== 'OWN';
  };
}
