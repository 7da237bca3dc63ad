// Per-request batch loader for dictionary values, so Client.status / segment / industry / leadSource cost one query.
import DataLoader from 'dataloader';
import type { Db } from '../../db/prisma.ts';
import { DictionariesRepository, type DictionaryValueRow } from './dictionaries.repository.ts';

export function createDictionaryLoaders(db: Db) {
  const repo = new DictionariesRepository(db);
  return {
    dictionaryValueById: new DataLoader<string, DictionaryValueRow | null>(async (ids) => {
      const rows = await repo.findByIds(ids);
      const byId = new Map(rows.map((r) => [r.id, r]));
      return ids.map((id) => byId.get(id) ?? null);
    }),
  };
}
