// Renders a component with the app's providers: Mantine, i18n, router, a session and mocked GraphQL.
import type { MockLink } from '@apollo/client/testing';
import { MockedProvider } from '@apollo/client/testing/react';
import { MantineProvider } from '@mantine/core';
import { render } from '@testing-library/react';
import type { ReactElement } from 'react';
import { I18nextProvider } from 'react-i18next';
import { MemoryRouter } from 'react-router';
import { theme } from '../app/theme.ts';
import { SessionProvider, type Session } from '../lib/session.tsx';
import { i18n } from './setup.ts';

export const testSession = (permissions: string[] = []): Session => ({
  user: { id: 'u1', name: 'Ana Horvat', email: 'ana@example.com', locale: 'en', timeZone: 'Europe/Zagreb' },
  permissions,
});

interface Options {
  session?: Session | null;
  mocks?: MockLink.MockedResponse[];
  route?: string;
}

export function renderWithProviders(
  ui: ReactElement,
  { session = testSession(), mocks = [], route = '/' }: Options = {},
) {
  const content = session ? <SessionProvider session={session}>{ui}</SessionProvider> : ui;
  return render(
    <I18nextProvider i18n={i18n}>
      <MockedProvider mocks={mocks}>
        <MantineProvider theme={theme}>
          <MemoryRouter initialEntries={[route]}>{content}</MemoryRouter>
        </MantineProvider>
      </MockedProvider>
    </I18nextProvider>,
  );
}
