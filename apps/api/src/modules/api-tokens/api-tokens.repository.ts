// Database access for API tokens.
import type { Db } from '../../db/prisma.ts';

export const tokenSelect = {
  id: true,
  userId: true,
  name: true,
  prefix: true,
  createdAt: true,
  expiresAt: true,
  lastUsedAt: true,
  revokedAt: true,
} as const;

export class ApiTokensRepository {
  constructor(private readonly db: Db) {}

  listForUser(userId: string) {
    // Bounded: a user with hundreds of tokens is a mistake worth seeing, not a list to page through.
    return this.db.apiToken.findMany({
      where: { userId },
      orderBy: { createdAt: 'desc' },
      take: 500,
      select: tokenSelect,
    });
  }

  find(id: string) {
    return this.db.apiToken.findUnique({ where: { id }, select: tokenSelect });
  }

  create(data: { userId: string; name: string; tokenHash: string; prefix: string; expiresAt: Date | null }) {
    return this.db.apiToken.create({ data, select: tokenSelect });
  }

  revoke(id: string) {
    return this.db.apiToken.update({ where: { id }, data: { revokedAt: new Date() }, select: tokenSelect });
  }
}
