// Decides between the login page and the app from the `me` query.
import { useQuery } from '@apollo/client/react';
import { Button, Center, Loader, Stack } from '@mantine/core';
import { lazy, Suspense } from 'react';
import { Navigate, Route, Routes, useLocation } from 'react-router';
import { useTranslation } from 'react-i18next';
import { MeQuery } from '../features/auth/api/me-query.ts';
import { PageLoader } from '../components/page-loader.tsx';
import { useSessionLocale } from '../features/auth/hooks/use-session-locale.ts';
import { SessionProvider } from '../lib/session.tsx';
import { AppRoutes } from './app-routes.tsx';

// Shown only when the session check fails: its error texts (and Mantine's Alert) stay out of the first load.
const ErrorAlert = lazy(() => import('../components/error-alert.tsx').then((m) => ({ default: m.ErrorAlert })));

// The login form (react-hook-form, zod) is not part of a logged-in user's first load.
const LoginPage = lazy(() =>
  import('../features/auth/components/login-page.tsx').then((m) => ({ default: m.LoginPage })),
);

function ToLogin() {
  const location = useLocation();
  return <Navigate to="/login" replace state={{ from: location.pathname + location.search }} />;
}

export function AuthGate() {
  const { t } = useTranslation();
  const { data, loading, error, refetch } = useQuery(MeQuery);
  const me = data?.me ?? null;
  useSessionLocale(me?.user.locale);

  if (loading && !data) {
    return (
      <Center mih="100vh" role="status" aria-label={t('common.loading')}>
        <Loader />
      </Center>
    );
  }
  if (error && !data) {
    return (
      <Center mih="100vh" p="md">
        <Stack align="center">
          <Suspense fallback={null}>
            <ErrorAlert error={error} />
          </Suspense>
          <Button variant="light" onClick={() => void refetch()}>
            {t('common.retry')}
          </Button>
        </Stack>
      </Center>
    );
  }
  if (!me) {
    return (
      <Routes>
        <Route
          path="/login"
          element={
            <Suspense fallback={<PageLoader />}>
              <LoginPage />
            </Suspense>
          }
        />
        <Route path="*" element={<ToLogin />} />
      </Routes>
    );
  }
  return (
    <SessionProvider session={{ user: me.user, permissions: me.permissions, scopes: me.scopes }}>
      <AppRoutes />
    </SessionProvider>
  );
}
