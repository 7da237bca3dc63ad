// Starts the built Veza for the e2e run on a fresh embedded database (removed first), with the demo logins.
import { spawn } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const dataDir = path.join(root, '.data-e2e');
fs.rmSync(dataDir, { recursive: true, force: true });

const child = spawn(process.execPath, ['apps/api/dist/main.mjs'], {
  cwd: root,
  stdio: 'inherit',
  env: {
    ...process.env,
    NODE_ENV: 'production',
    VEZA_DEMO: '1',
    VEZA_DATA_DIR: dataDir,
    VEZA_DB_PORT: process.env.E2E_DB_PORT ?? '5544',
    // The specs create their own clients and attributes (the demo's would collide with "Territory").
    VEZA_DEMO_CLIENTS: '0',
    DATABASE_URL: '',
  },
});
for (const signal of ['SIGINT', 'SIGTERM']) process.on(signal, () => child.kill(signal));
child.on('exit', (code) => process.exit(code ?? 0));
