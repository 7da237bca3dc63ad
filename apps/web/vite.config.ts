// Vite build and dev server for the web app; the dev server forwards API paths to the API (VEZA_API_URL, default port 4000).
import { defineConfig } from 'vite';
import react from '@vitejs/plugin-react';
import { compressAssets } from './compress-assets-plugin.ts';
import { graphqlDocuments } from './graphql-documents-plugin.ts';

const api = process.env.VEZA_API_URL ?? 'http://localhost:4000';
const apiPaths = ['/graphql', '/graphiql', '/healthz', '/readyz', '/export', '/ical', '/ics', '/api'];
const proxy = Object.fromEntries(apiPaths.map((p) => [p, api]));

export default defineConfig({
  plugins: [graphqlDocuments(), react(), compressAssets()],
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
    // The bundle budget (scripts/bundle-budget.mjs) follows the manifest's static imports from the entry.
    manifest: true,
  },
});
