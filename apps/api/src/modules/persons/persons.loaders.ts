// Per-request batch loaders for persons and the client ↔ person links (one query per relation per request), and the
// scope-aware loader of whether the viewer may read a person (built per viewer by graphql/loaders.ts).
import DataLoader from 'dataloader';
import type { Db } from '../../db/prisma.ts';
import { personsInScope, type ScopedViewer } from '../visibility/index.ts';
import { PersonsRepository, type LinkRow, type PersonRow } from './persons.repository.ts';

function groupBy<T>(rows: T[], key: (row: T) => string): Map<string, T[]> {
  const map = new Map<string, T[]>();
  for (const row of rows) map.set(key(row), [...(map.get(key(row)) ?? []), row]);
  return map;
}

export function createPersonsLoaders(db: Db) {
  const repo = new PersonsRepository(db);
  return {
    personById: new DataLoader<string, PersonRow | null>(async (ids) => {
      const byId = new Map((await repo.findByIds(ids)).map((r) => [r.id, r]));
      return ids.map((id) => byId.get(id) ?? null);
    }),
    personLinksByClientId: new DataLoader<string, LinkRow[]>(async (ids) => {
      const byClient = groupBy(await repo.linksByClientIds(ids), (l) => l.clientId);
      return ids.map((id) => byClient.get(id) ?? []);
    }),
    clientLinksByPersonId: new DataLoader<string, LinkRow[]>(async (ids) => {
      const byPerson = groupBy(await repo.linksByPersonIds(ids), (l) => l.personId);
      return ids.map((id) => byPerson.get(id) ?? []);
    }),
    relationsByPersonId: new DataLoader<
      string,
      { id: string; personId: string; relatedPersonId: string; kind: string }[]
    >(async (ids) => {
      const byPerson = groupBy(await repo.relationsByPersonIds(ids), (r) => r.personId);
      return ids.map((id) => byPerson.get(id) ?? []);
    }),
  };
}

/** Whether `viewer` may read the person: one statement per batch (none for an ALL client scope); never anonymously. */
export function createPersonScopeLoaders(db: Db, viewer: ScopedViewer | null) {
  return {
    personReadable: new DataLoader<string, boolean>(async (ids) => {
      const readable = viewer ? await personsInScope(db, viewer, 'read', [...ids]) : new Set<string>();
      return ids.map((id) => readable.has(id));
    }),
  };
}
