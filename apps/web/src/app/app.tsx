// Providers (Apollo, Mantine, i18n, router) around the auth gate.
import { ApolloProvider } from '@apollo/client/react';
import type { ApolloClient } from '@apollo/client';
import { MantineProvider } from '@mantine/core';
import { Notifications } from '@mantine/notifications';
import { useMemo, type ReactNode } from 'react';
import { I18nextProvider, useTranslation } from 'react-i18next';
import { BrowserRouter } from 'react-router';
import { i18n } from '../i18n/index.ts';
import { AuthGate } from './auth-gate.tsx';
import { cssVariablesResolver, localizedTheme } from './theme.ts';

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
          <Notifications position="top-right" />
          <BrowserRouter>
            <AuthGate />
          </BrowserRouter>
        </LocalizedMantine>
      </ApolloProvider>
    </I18nextProvider>
  );
}
