// Per-request batch loaders for activities, their participants and their children (threads, subtasks).
import DataLoader from 'dataloader';
import type { Db } from '../../db/prisma.ts';
import { ActivitiesRepository, type ActivityRow, type ParticipantRow } from './activities.repository.ts';

function groupBy<T>(rows: T[], key: (row: T) => string | null): Map<string, T[]> {
  const map = new Map<string, T[]>();
  for (const row of rows) {
    const k = key(row);
    if (k != null) map.set(k, [...(map.get(k) ?? []), row]);
  }
  return map;
}

export function createActivitiesLoaders(db: Db) {
  const repo = new ActivitiesRepository(db);
  return {
    activityById: new DataLoader<string, ActivityRow | null>(async (ids) => {
      const byId = new Map((await repo.findByIds(ids)).map((r) => [r.id, r]));
      return ids.map((id) => byId.get(id) ?? null);
    }),
    participantsByActivityId: new DataLoader<string, ParticipantRow[]>(async (ids) => {
      const byActivity = groupBy(await repo.participantsOf(ids), (p) => p.activityId);
      return ids.map((id) => byActivity.get(id) ?? []);
    }),
    childrenByActivityId: new DataLoader<string, ActivityRow[]>(async (ids) => {
      const byParent = groupBy(await repo.childrenOf(ids), (r) => r.parentId);
      return ids.map((id) => byParent.get(id) ?? []);
    }),
  };
}
