// All DataLoaders of one request, created fresh per request so nothing is cached across users.
import type { Db } from '../db/prisma.ts';
import { createUsersLoaders } from '../modules/users/users.loaders.ts';

export function createLoaders(db: Db) {
  return { ...createUsersLoaders(db) };
}

export type Loaders = ReturnType<typeof createLoaders>;
