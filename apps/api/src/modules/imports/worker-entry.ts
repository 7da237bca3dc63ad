// Where a worker thread of the imports module starts: the bundled build ships dist/<name>.mjs next to main.mjs; run
// from source (tsx, tests), the worker registers tsx first and imports <name>.ts from this folder.
import { createRequire } from 'node:module';
import { pathToFileURL } from 'node:url';

export function workerEntry(name: 'read-worker' | 'import-worker'): { filename: string | URL; eval: boolean } {
  if (import.meta.url.endsWith('.mjs')) return { filename: new URL(`./${name}.mjs`, import.meta.url), eval: false };
  const tsx = createRequire(import.meta.url)
    .resolve('tsx/esm/api')
    .replace(/\.cjs$/, '.mjs');
  const source = new URL(`./${name}.ts`, import.meta.url).href;
  const code = `import(${JSON.stringify(pathToFileURL(tsx).href)})
    .then(({ register }) => { register(); return import(${JSON.stringify(source)}); })`;
  return { filename: code, eval: true };
}
