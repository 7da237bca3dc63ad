// Per-request batch loaders for clients by id (detail pages, person links, later activities), and the scope-aware
// loader of linked clients (built per viewer by graphql/loaders.ts).
import DataLoader from 'dataloader';
import type { Db } from '../../db/prisma.ts';
import type { ScopedViewer } from '../visibility/index.ts';
import { ClientsRepository, type ClientRow, type LinkedClientRow } from './clients.repository.ts';

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

/** A client by id with `readable`: whether `viewer` may read it (one statement per batch; never readable anonymously). */
export function createLinkedClientLoaders(db: Db, viewer: ScopedViewer | null) {
  const repo = new ClientsRepository(db);
  return {
    linkedClientById: new DataLoader<string, LinkedClientRow | null>(async (ids) => {
      const byId = new Map((await repo.findLinked(ids, viewer)).map((r) => [r.id, r]));
      return ids.map((id) => byId.get(id) ?? null);
    }),
  };
}
