// Database access for saved list views (client and opportunity lists).
import { Prisma, type Db } from '../../db/prisma.ts';

export const savedViewSelect = {
  id: true,
  ownerId: true,
  entity: true,
  name: true,
  shared: true,
  filter: true,
  columns: true,
  sort: true,
  version: true,
  updatedAt: true,
} as const;

export type SavedViewRow = NonNullable<Awaited<ReturnType<SavedViewsRepository['findById']>>>;

export type SavedViewEntity = 'CLIENT' | 'OPPORTUNITY';

export type SavedViewData = {
  name: string;
  shared: boolean;
  filter: unknown;
  columns: string[];
  sort: unknown[];
};

/** A views list is small by nature; the cap only guards against a runaway table. */
const MAX_VIEWS = 1000;

function toData(data: SavedViewData) {
  return {
    ...data,
    filter: data.filter == null ? Prisma.DbNull : (data.filter as Prisma.InputJsonValue),
    sort: data.sort as Prisma.InputJsonValue,
  };
}

export class SavedViewsRepository {
  constructor(private readonly db: Db) {}

  /** The user's own views of one list and everyone's shared ones, by name. */
  listVisible(userId: string, entity: SavedViewEntity) {
    return this.db.savedView.findMany({
      where: { entity, OR: [{ ownerId: userId }, { shared: true }] },
      orderBy: [{ name: 'asc' }, { id: 'asc' }],
      take: MAX_VIEWS,
      select: savedViewSelect,
    });
  }

  findById(id: string) {
    return this.db.savedView.findUnique({ where: { id }, select: savedViewSelect });
  }

  create(ownerId: string, entity: SavedViewEntity, data: SavedViewData) {
    return this.db.savedView.create({ data: { ...toData(data), ownerId, entity }, select: savedViewSelect });
  }

  /** Optimistic update: returns null when `version` is stale (or the view is gone). */
  async update(id: string, version: number, data: SavedViewData) {
    const { count } = await this.db.savedView.updateMany({
      where: { id, version },
      data: { ...toData(data), version: { increment: 1 } },
    });
    return count === 0 ? null : this.findById(id);
  }

  async delete(id: string): Promise<boolean> {
    const { count } = await this.db.savedView.deleteMany({ where: { id } });
    return count > 0;
  }
}
