// Database access for logging in: users by e-mail, sessions, API-token lookups, the viewer's permissions.
import type { Db } from '../../db/prisma.ts';
import type { Viewer, ViewerUser } from '../../graphql/context.ts';

const viewerUserSelect = {
  id: true,
  email: true,
  name: true,
  locale: true,
  timeZone: true,
  active: true,
  version: true,
  createdAt: true,
  updatedAt: true,
  profiles: { select: { profile: { select: { permissions: true } } } },
} as const;

type LoadedUser = ViewerUser & { profiles: { profile: { permissions: string[] } }[] };

function toViewerParts(user: LoadedUser): Pick<Viewer, 'user' | 'permissions'> {
  const { profiles, ...rest } = user;
  return { user: rest, permissions: new Set(profiles.flatMap((p) => p.profile.permissions)) };
}

export class AuthRepository {
  constructor(private readonly db: Db) {}

  findUserForLogin(email: string) {
    return this.db.user.findUnique({ where: { email }, select: { id: true, passwordHash: true, active: true } });
  }

  async createSession(input: { userId: string; expiresAt: Date; userAgent?: string; ip?: string }): Promise<string> {
    const row = await this.db.session.create({ data: input, select: { id: true } });
    return row.id;
  }

  async revokeSession(id: string): Promise<void> {
    await this.db.session.updateMany({ where: { id, revokedAt: null }, data: { revokedAt: new Date() } });
  }

  /** Ends every session and API token of a user, optionally keeping the session making the request. */
  /**
   * Ends the user's sessions (but `keepSessionId`) and API tokens; with `calendarFeed` also the calendar
   * subscription URL (a disabled user or an administrator's password reset; not the user's own password change).
   */
  async revokeAllCredentials(
    userId: string,
    keepSessionId?: string,
    { calendarFeed = false }: { calendarFeed?: boolean } = {},
  ): Promise<void> {
    const now = new Date();
    await this.db.$transaction([
      this.db.session.updateMany({
        where: { userId, revokedAt: null, ...(keepSessionId ? { id: { not: keepSessionId } } : {}) },
        data: { revokedAt: now },
      }),
      this.db.apiToken.updateMany({ where: { userId, revokedAt: null }, data: { revokedAt: now } }),
      ...(calendarFeed
        ? [
            this.db.user.update({
              where: { id: userId },
              data: { calendarFeedTokenHash: null, calendarFeedCreatedAt: null, calendarFeedUsedAt: null },
            }),
          ]
        : []),
    ]);
  }

  async loadSessionViewer(sessionId: string, userId: string, now: Date): Promise<Viewer | null> {
    const session = await this.db.session.findUnique({
      where: { id: sessionId },
      select: { userId: true, revokedAt: true, expiresAt: true, user: { select: viewerUserSelect } },
    });
    if (!session || session.userId !== userId || session.revokedAt || session.expiresAt <= now) return null;
    if (!session.user.active) return null;
    return { ...toViewerParts(session.user), via: 'SESSION', sessionId };
  }

  async loadTokenViewer(tokenHash: string, now: Date): Promise<Viewer | null> {
    const token = await this.db.apiToken.findUnique({
      where: { tokenHash },
      select: { id: true, revokedAt: true, expiresAt: true, lastUsedAt: true, user: { select: viewerUserSelect } },
    });
    if (!token || token.revokedAt || (token.expiresAt && token.expiresAt <= now)) return null;
    if (!token.user.active) return null;
    // One write per minute at most: internal tools may call many times a second.
    if (!token.lastUsedAt || now.getTime() - token.lastUsedAt.getTime() > 60_000) {
      await this.db.apiToken.update({ where: { id: token.id }, data: { lastUsedAt: now } });
    }
    return { ...toViewerParts(token.user), via: 'API_TOKEN', tokenId: token.id };
  }

  async setPassword(userId: string, passwordHash: string): Promise<void> {
    await this.db.user.update({ where: { id: userId }, data: { passwordHash, version: { increment: 1 } } });
  }

  async getPasswordHash(userId: string): Promise<string | null> {
    const row = await this.db.user.findUnique({ where: { id: userId }, select: { passwordHash: true } });
    return row?.passwordHash ?? null;
  }

  async updatePreferences(userId: string, data: { locale?: string; timeZone?: string }): Promise<ViewerUser> {
    const { profiles: _p, ...user } = await this.db.user.update({
      where: { id: userId },
      data: { ...data, version: { increment: 1 } },
      select: viewerUserSelect,
    });
    return user;
  }
}
