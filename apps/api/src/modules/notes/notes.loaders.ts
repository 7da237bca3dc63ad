// Per-request batch loaders for the note shown as a client's or person's `note` (the deprecated single text).
import DataLoader from 'dataloader';
import type { Db } from '../../db/prisma.ts';
import { NotesRepository } from './notes.repository.ts';

export function createNotesLoaders(db: Db) {
  const repo = new NotesRepository(db);
  const headline = (ownerType: string) =>
    new DataLoader<string, string | null>(async (ids) => {
      const byId = new Map((await repo.headlines(ownerType, ids)).map((r) => [r.ownerId, r.text]));
      return ids.map((id) => byId.get(id) ?? null);
    });
  return { clientNoteHeadline: headline('Client'), personNoteHeadline: headline('Person') };
}
