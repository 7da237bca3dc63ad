// Locates the repository on disk, from source (tsx) and from the bundled dist/ alike.
import fs from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

function findRepoRoot(start: string): string {
  let dir = start;
  for (;;) {
    if (fs.existsSync(path.join(dir, 'pnpm-workspace.yaml'))) return dir;
    const parent = path.dirname(dir);
    if (parent === dir) throw new Error(`Cannot find the Veza repository root above ${start}`);
    dir = parent;
  }
}

export const repoRoot = findRepoRoot(path.dirname(fileURLToPath(import.meta.url)));
export const apiRoot = path.join(repoRoot, 'apps/api');
export const prismaDir = path.join(repoRoot, 'prisma');
export const migrationsDir = path.join(prismaDir, 'migrations');
export const webDistDir = path.join(repoRoot, 'apps/web/dist');
