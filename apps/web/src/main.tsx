// Entry point: styles, i18n, Apollo Client, then render. The session check, the language catalog, the current page's
// chunk and its first query all start here at once; the first paint waits only for the catalog.
import '@mantine/core/styles.css';
import '@mantine/notifications/styles.css';
import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import { createApolloClient } from './app/apollo-client.ts';
import { App } from './app/app.tsx';
import { preloadRoute } from './app/app-routes.tsx';
import { MeQuery } from './features/auth/api/me-query.ts';
import { initI18n, loadLocale } from './i18n/index.ts';
import { isLocale } from './i18n/locale.ts';

const i18n = initI18n();
// The catalog is asked for first: the first paint waits for it, and the route's chunk below starts some fifty module
// requests that it would otherwise queue behind (docs/PERFORMANCE.md, "Session 9").
const catalog = loadLocale(isLocale(i18n.language) ? i18n.language : 'en');
const client = createApolloClient();
client.query({ query: MeQuery }).catch(() => undefined);
// A microtask later: Vite's preload helper starts the catalog's import() in a microtask, and the route's chunk adds
// its module preloads at once — this keeps the catalog's request ahead of them.
queueMicrotask(() => preloadRoute(client, window.location.pathname, window.location.search));

// The first paint waits for the user's catalog (one small request) rather than flashing English.
void catalog
  .catch(() => undefined)
  .then(() =>
    createRoot(document.getElementById('root')!).render(
      <StrictMode>
        <App client={client} />
      </StrictMode>,
    ),
  );
