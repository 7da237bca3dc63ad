// `pnpm db:migration:new <name>`: writes a migration with what prisma/schema.prisma adds to prisma/migrations.
import path from 'node:path';
import { repoRoot } from '../config/paths.ts';
import { createMigration } from '../db/migrations.ts';

async function main(): Promise<void> {
  const name = process.argv.slice(2).join(' ').trim();
  if (!name) {
    console.error('Usage: pnpm db:migration:new <name>   e.g. pnpm db:migration:new add_client_notes');
    process.exitCode = 2;
    return;
  }
  const file = await createMigration(name);
  console.log(
    file ? `Wrote ${path.relative(repoRoot, file)}` : 'No changes: prisma/schema.prisma matches prisma/migrations.',
  );
}

main().catch((error: unknown) => {
  console.error(error instanceof Error ? error.message : error);
  process.exitCode = 1;
});
