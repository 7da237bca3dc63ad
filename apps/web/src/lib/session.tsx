// The logged-in user and their permissions, provided by the app shell to every feature.
import { createContext, useContext, type ReactNode } from 'react';
import type { Locale, PermissionKey } from '@veza/shared';

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
