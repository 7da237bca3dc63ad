// Campaign items across campaigns (the report drill-down's list): one keyset page, newest first, and its count.
import { Prisma } from '../../db/prisma.ts';
import type { Db } from '../../db/prisma.ts';
import { ITEM_COLUMNS, type CampaignItemRow } from './campaigns.repository.ts';

type Sql = Prisma.Sql;
const { sql } = Prisma;

const FROM = sql`campaign_items i JOIN campaigns k ON k.id = i.campaign_id JOIN clients c ON c.id = i.client_id`;

export class CampaignItemListRepository {
  constructor(private readonly db: Db) {}

  page(where: Sql, after: { createdAt: string; id: string } | null, limit: number) {
    const keyset = after
      ? sql`AND (i.created_at, i.id) < (${after.createdAt}::timestamptz, ${after.id}::uuid)`
      : Prisma.empty;
    return this.db.$queryRaw<CampaignItemRow[]>`SELECT ${ITEM_COLUMNS} FROM ${FROM}
      WHERE ${where} ${keyset} ORDER BY i.created_at DESC, i.id DESC LIMIT ${limit}`;
  }

  async count(where: Sql): Promise<number> {
    const rows = await this.db.$queryRaw<{ n: number }[]>`SELECT count(*)::int AS n FROM ${FROM} WHERE ${where}`;
    return rows[0]!.n;
  }
}
