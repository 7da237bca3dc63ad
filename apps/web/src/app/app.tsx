// Providers (Apollo, Mantine, i18n, router) around the auth gate.
import { ApolloProvider } from '@apollo/client/react';
import type { ApolloClient } from '@apollo/client';
import { MantineProvider } from '@mantine/core';
import { lazy, Suspense, useMemo, type ReactNode } from 'react';
import { I18nextProvider, useTranslation } from 'react-i18next';
import { BrowserRouter } from 'react-router';
import { i18n } from '../i18n/index.ts';
import { AuthGate } from './auth-gate.tsx';
import { cssVariablesResolver, localizedTheme } from './theme.ts';

// The toast container (and its transitions) is not needed for the first paint; toasts shown before it arrives wait in
// Mantine's notifications store and appear when it mounts.
const Notifications = lazy(() => import('@mantine/notifications').then((m) => ({ default: m.Notifications })));

function LocalizedMantine({ children }: { children: ReactNode }) {
  const { t } = useTranslation();
  const closeLabel = t('common.close');
  const theme = useMemo(() => localizedTheme(closeLabel), [closeLabel]);
  return (
    <MantineProvider theme={theme} cssVariablesResolver={cssVariablesResolver} defaultColorScheme="light">
      {children}
    </MantineProvider>
  );
}

export function App({ client }: { client: ApolloClient }) {
  return (
    <I18nextProvider i18n={i18n}>
      <ApolloProvider client={client}>
        <LocalizedMantine>
          <Suspense fallback={null}>
            <Notifications position="top-right" />
          </Suspense>
          <BrowserRouter>
            <AuthGate />
          </BrowserRouter>
        </LocalizedMantine>
      </ApolloProvider>
    </I18nextProvider>
  );
}
