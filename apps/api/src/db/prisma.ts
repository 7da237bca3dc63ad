// Builds Veza's Prisma client on the pg driver adapter (Prisma 7: no native query engine).
import { PrismaPg } from '@prisma/adapter-pg';
import { PrismaClient } from './generated/prisma/client.ts';

export type Db = PrismaClient;

export function createPrisma(url: string): Db {
  return new PrismaClient({ adapter: new PrismaPg({ connectionString: url }) });
}

export { Prisma } from './generated/prisma/client.ts';
