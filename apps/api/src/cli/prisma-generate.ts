// Runs `prisma generate` without letting the CLI try to download its native engine (see prisma/no-native-engine.sh).
import { execFileSync } from 'node:child_process';
import { createRequire } from 'node:module';
import path from 'node:path';
import { repoRoot } from '../config/paths.ts';

const require = createRequire(import.meta.url);
const prismaCli = path.join(path.dirname(require.resolve('prisma/package.json')), 'build/index.js');

execFileSync(process.execPath, [prismaCli, 'generate', '--no-hints'], {
  cwd: repoRoot,
  stdio: 'inherit',
  env: {
    ...process.env,
    PRISMA_SCHEMA_ENGINE_BINARY: path.join(repoRoot, 'prisma/no-native-engine.sh'),
    PRISMA_HIDE_UPDATE_MESSAGE: '1',
  },
});
