// Routes for a logged-in user; administration and account pages load lazily.
import { lazy } from 'react';
import { Navigate, Route, Routes, useLocation } from 'react-router';
import { HomePage } from '../features/home/components/home-page.tsx';
import { AppLayout } from './layout/app-layout.tsx';
import { NotFoundPage } from './pages/not-found-page.tsx';
import { RequirePermission } from './require-permission.tsx';

const UsersPage = lazy(() => import('../features/users/components/users-page.tsx'));
const ProfilesPage = lazy(() => import('../features/profiles/components/profiles-page.tsx'));
const ApiTokensPage = lazy(() => import('../features/api-tokens/components/api-tokens-page.tsx'));

/** After login, go back to where the user was sent away from. */
function BackFromLogin() {
  const location = useLocation();
  const from = (location.state as { from?: string } | null)?.from;
  return <Navigate to={from && from !== '/login' ? from : '/'} replace />;
}

export function AppRoutes() {
  return (
    <Routes>
      <Route path="/login" element={<BackFromLogin />} />
      <Route element={<AppLayout />}>
        <Route index element={<HomePage />} />
        <Route
          path="admin/users"
          element={
            <RequirePermission permission="users.read">
              <UsersPage />
            </RequirePermission>
          }
        />
        <Route
          path="admin/profiles"
          element={
            <RequirePermission permission="profiles.manage">
              <ProfilesPage />
            </RequirePermission>
          }
        />
        <Route
          path="account/tokens"
          element={
            <RequirePermission permission="apiTokens.use">
              <ApiTokensPage />
            </RequirePermission>
          }
        />
        <Route path="*" element={<NotFoundPage />} />
      </Route>
    </Routes>
  );
}
