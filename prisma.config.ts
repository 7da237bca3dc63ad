// Prisma CLI configuration: where the schema and migrations live. The database URL is not needed for
// `prisma generate`; migrations are applied by Veza's own commands (see apps/api/src/db/migrations.ts).
import { defineConfig } from 'prisma/config';

export default defineConfig({
  schema: 'prisma/schema.prisma',
  migrations: { path: 'prisma/migrations' },
});
