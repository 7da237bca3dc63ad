// Route guard: renders the page only when the user has the permission, otherwise "access denied".
import type { PermissionKey } from '@veza/shared';
import type { ReactNode } from 'react';
import { useCan } from '../lib/session.tsx';
import { AccessDeniedPage } from './pages/access-denied-page.tsx';

export function RequirePermission({ permission, children }: { permission: PermissionKey; children: ReactNode }) {
  const can = useCan();
  return can(permission) ? <>{children}</> : <AccessDeniedPage />;
}
