// Entry point: styles, i18n, Apollo Client, then render.
import '@mantine/core/styles.css';
import '@mantine/notifications/styles.css';
import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import { createApolloClient } from './app/apollo-client.ts';
import { App } from './app/app.tsx';
import { initI18n } from './i18n/index.ts';

initI18n();
const client = createApolloClient();

createRoot(document.getElementById('root')!).render(
  <StrictMode>
    <App client={client} />
  </StrictMode>,
);
