// Bundles the API into dist/main.mjs (and the imports' worker threads: dist/import-worker.mjs runs an import job,
// dist/read-worker.mjs reads a file for a preview). Dependencies
// stay external (node_modules); workspace packages are bundled.
import { readFileSync } from 'node:fs';
import { build } from 'esbuild';

const pkg = JSON.parse(readFileSync(new URL('../package.json', import.meta.url), 'utf8'));
const external = Object.keys(pkg.dependencies).filter((name) => !name.startsWith('@veza/'));

await build({
  entryPoints: {
    main: 'src/main.ts',
    'read-worker': 'src/modules/imports/read-worker.ts',
    'import-worker': 'src/modules/imports/import-worker.ts',
  },
  outdir: 'dist',
  outExtension: { '.js': '.mjs' },
  bundle: true,
  platform: 'node',
  format: 'esm',
  target: 'node20.19',
  sourcemap: true,
  external: [...external, ...external.map((name) => `${name}/*`)],
  // Some CommonJS dependencies call require(); give the ESM bundle one.
  banner: {
    js: "import { createRequire as __veza_cr } from 'node:module'; const require = __veza_cr(import.meta.url);",
  },
  logLevel: 'warning',
});
console.log('Built apps/api/dist/main.mjs, dist/read-worker.mjs and dist/import-worker.mjs');
