// Providers (Apollo, Mantine, i18n, router) around the auth gate.
import { ApolloProvider } from '@apollo/client/react';
import type { ApolloClient } from '@apollo/client';
import { MantineProvider } from '@mantine/core';
import { Notifications } from '@mantine/notifications';
import { I18nextProvider } from 'react-i18next';
import { BrowserRouter } from 'react-router';
import { i18n } from '../i18n/index.ts';
import { AuthGate } from './auth-gate.tsx';
import { theme } from './theme.ts';

export function App({ client }: { client: ApolloClient }) {
  return (
    <I18nextProvider i18n={i18n}>
      <ApolloProvider client={client}>
        <MantineProvider theme={theme} defaultColorScheme="light">
          <Notifications position="top-right" />
          <BrowserRouter>
            <AuthGate />
          </BrowserRouter>
        </MantineProvider>
      </ApolloProvider>
    </I18nextProvider>
  );
}
