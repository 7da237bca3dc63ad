// Vite build and dev server for the web app; the dev server forwards API paths to the API (VEZA_API_URL, default port 4000).
import { defineConfig } from 'vite';
import react from '@vitejs/plugin-react';

const api = process.env.VEZA_API_URL ?? 'http://localhost:4000';
const apiPaths = ['/graphql', '/graphiql', '/healthz', '/readyz', '/export', '/ical', '/ics', '/api'];
const proxy = Object.fromEntries(apiPaths.map((p) => [p, api]));

export default defineConfig({
  plugins: [react()],
  server: {
    port: 5173,
    proxy,
  },
  preview: {
    proxy,
  },
  build: {
    outDir: 'dist',
    emptyOutDir: true,
    rolldownOptions: {
      output: {
        // Libraries change less often than app code: separate chunks stay cached across deployments.
        codeSplitting: {
          groups: [
            { name: 'vendor-react', test: /node_modules[\\/](react|react-dom|scheduler|react-router)[\\/]/ },
            { name: 'vendor-mantine', test: /node_modules[\\/](@mantine|@floating-ui)[\\/]/ },
            { name: 'vendor-apollo', test: /node_modules[\\/](@apollo|graphql|rxjs|@wry|optimism|tslib)[\\/]/ },
            { name: 'vendor-forms', test: /node_modules[\\/](zod|react-hook-form|@hookform)[\\/]/ },
            { name: 'vendor-i18n', test: /node_modules[\\/](i18next|react-i18next)[\\/]/ },
          ],
        },
      },
    },
  },
});
