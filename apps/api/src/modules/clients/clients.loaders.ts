// Per-request batch loader for clients by id (detail pages, person links, later activities).
import DataLoader from 'dataloader';
import type { Db } from '../../db/prisma.ts';
import { ClientsRepository, type ClientRow } from './clients.repository.ts';

export function createClientsLoaders(db: Db) {
  const repo = new ClientsRepository(db);
  return {
    clientById: new DataLoader<string, ClientRow | null>(async (ids) => {
      const rows = await repo.findByIds(ids);
      const byId = new Map(rows.map((r) => [r.id, r]));
      return ids.map((id) => byId.get(id) ?? null);
    }),
  };
}
