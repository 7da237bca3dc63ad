// Per-request batch loaders for user relations (one query per request for all users on a page).
import DataLoader from 'dataloader';
import type { Db } from '../../db/prisma.ts';
import { UsersRepository, type ProfileRow, type UserRow } from './users.repository.ts';

export function createUsersLoaders(db: Db) {
  const repo = new UsersRepository(db);
  return {
    userById: new DataLoader<string, UserRow | null>(async (ids) => {
      const rows = await repo.findUsers(ids);
      const byId = new Map(rows.map((r) => [r.id, r]));
      return ids.map((id) => byId.get(id) ?? null);
    }),
    profilesByUserId: new DataLoader<string, ProfileRow[]>(async (ids) => {
      const map = await repo.profilesByUserIds(ids);
      return ids.map((id) => map.get(id) ?? []);
    }),
    userCountByProfileId: new DataLoader<string, number>(async (ids) => {
      const map = await repo.userCountsByProfileIds(ids);
      return ids.map((id) => map.get(id) ?? 0);
    }),
  };
}
