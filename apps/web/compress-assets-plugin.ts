// Writes a brotli (.br) and a gzip (.gz) copy next to each built text asset (JavaScript, CSS, SVG, JSON) so the API
// serves them compressed without compressing on every request (apps/api/src/precompressed.ts). The first load is
// ~200 kB of gzip but ~650 kB as sent before (docs/PERFORMANCE.md, "Session 8").
import fs from 'node:fs/promises';
import path from 'node:path';
import { brotliCompressSync, constants, gzipSync } from 'node:zlib';
import type { Plugin } from 'vite';

const COMPRESSIBLE = /\.(js|mjs|css|svg|json|html)$/;
const MIN_BYTES = 1024;

export function compressAssets(): Plugin {
  let outDir = 'dist';
  return {
    name: 'veza-compress-assets',
    apply: 'build',
    configResolved(config) {
      outDir = path.resolve(config.root, config.build.outDir);
    },
    async writeBundle(_options, bundle) {
      for (const file of Object.keys(bundle)) {
        if (!COMPRESSIBLE.test(file) || file.endsWith('index.html')) continue;
        const full = path.join(outDir, file);
        const body = await fs.readFile(full);
        if (body.length < MIN_BYTES) continue;
        const br = brotliCompressSync(body, { params: { [constants.BROTLI_PARAM_QUALITY]: 11 } });
        await fs.writeFile(`${full}.br`, br);
        await fs.writeFile(`${full}.gz`, gzipSync(body, { level: 9 }));
      }
    },
  };
}
