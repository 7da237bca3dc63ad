// Per-request batch loader for dictionary values, so Client.status / segment / industry / leadSource cost no query
// at all while the per-process snapshot is fresh (dictionaries.cache.ts), and one when it is not.
import DataLoader from 'dataloader';
import type { Db } from '../../db/prisma.ts';
import { dictionaryValuesByIds, type CachedDictionaryValue } from './dictionaries.cache.ts';

export function createDictionaryLoaders(db: Db) {
  return {
    dictionaryValueById: new DataLoader<string, CachedDictionaryValue | null>((ids) => dictionaryValuesByIds(db, ids)),
  };
}
