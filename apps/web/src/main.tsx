// Entry point: styles, i18n, Apollo Client, then render.
import '@mantine/core/styles.css';
import '@mantine/notifications/styles.css';
import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import { createApolloClient } from './app/apollo-client.ts';
import { App } from './app/app.tsx';
import { initI18n, loadLocale } from './i18n/index.ts';
import { isLocale } from './i18n/locale.ts';

const i18n = initI18n();
const client = createApolloClient();

// The first paint waits for the user's catalog (one small request) rather than flashing English.
void loadLocale(isLocale(i18n.language) ? i18n.language : 'en')
  .catch(() => undefined)
  .then(() =>
    createRoot(document.getElementById('root')!).render(
      <StrictMode>
        <App client={client} />
      </StrictMode>,
    ),
  );
