#!/usr/bin/env node
// Bundle budget: the JavaScript the SPA's index.html loads before any lazy route — the entry chunk and everything it
// imports statically (what Vite emits as <script type="module"> and <link rel="modulepreload">) — gzip-compressed,
// must stay under the budget. Reads the Vite manifest of `apps/web/dist` (run after `pnpm --filter @veza/web build`).
// Usage: node scripts/bundle-budget.mjs [--json]; BUNDLE_BUDGET_KB overrides the 205 kB budget (1 kB = 1000 bytes).
import fs from 'node:fs';
import path from 'node:path';
import { gzipSync } from 'node:zlib';

const dist = path.resolve(import.meta.dirname, '../apps/web/dist');
const budgetKb = Number(process.env.BUNDLE_BUDGET_KB || 205);
const manifestPath = path.join(dist, '.vite/manifest.json');

if (!fs.existsSync(manifestPath)) {
  console.error(`bundle budget: ${path.relative(process.cwd(), manifestPath)} is missing; build the web app first.`);
  process.exit(2);
}
const manifest = JSON.parse(fs.readFileSync(manifestPath, 'utf8'));

/** Every chunk reachable from the entries through static imports (dynamic imports are lazy routes: left out). */
function initialChunks() {
  const seen = new Set();
  const visit = (key) => {
    if (seen.has(key)) return;
    seen.add(key);
    for (const next of manifest[key]?.imports ?? []) visit(next);
  };
  for (const [key, chunk] of Object.entries(manifest)) if (chunk.isEntry) visit(key);
  return [...seen].map((key) => manifest[key]);
}

const gzipSize = (file) => gzipSync(fs.readFileSync(path.join(dist, file)), { level: 9 }).length;

const chunks = initialChunks()
  .filter((c) => c.file.endsWith('.js'))
  .map((c) => ({ file: c.file, gzip: gzipSize(c.file) }))
  .sort((a, b) => b.gzip - a.gzip);
const total = chunks.reduce((sum, c) => sum + c.gzip, 0);
const kb = (bytes) => (bytes / 1000).toFixed(1);

if (process.argv.includes('--json')) {
  console.log(JSON.stringify({ budgetKb, totalKb: Number(kb(total)), chunks }, null, 2));
} else {
  console.log(`Initial JavaScript (entry + static imports), gzip: ${kb(total)} kB of ${budgetKb} kB`);
  for (const c of chunks) console.log(`  ${kb(c.gzip).padStart(7)} kB  ${c.file}`);
}
if (total > budgetKb * 1000) {
  console.error(
    `bundle budget exceeded: ${kb(total)} kB > ${budgetKb} kB. Load the page's heavy parts lazily ` +
      '(React.lazy per route, import() for charts, calendar, drag-and-drop, editors); see docs/PERFORMANCE.md.',
  );
  process.exit(1);
}
