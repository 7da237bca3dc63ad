// Database access for logging in: users by e-mail, sessions, API-token lookups, the viewer's permissions.
import { RECORD_KINDS, type RecordScope, type RecordScopes } from '@veza/shared';
import { Prisma, type Db } from '../../db/prisma.ts';
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
} as const;

type CredentialRow = ViewerUser & {
  credentialId: string;
  revokedAt: Date | null;
  expiresAt: Date | null;
  lastUsedAt: Date | null;
  permissions: string[];
  scopes: Record<string, RecordScope | null>;
  teamUserIds: string[];
};

/** A credential's viewer and when the credential expires (null: never). */
export type ViewerCredential = { viewer: Viewer; expiresAt: Date | null };

/** Widest scope per kind (null: the user has no profile, so OWN). */
function toScopes(raw: Record<string, RecordScope | null>): RecordScopes {
  const pair = (column: string) => ({ read: raw[`${column}_read`] ?? 'OWN', edit: raw[`${column}_edit`] ?? 'OWN' });
  return Object.fromEntries(RECORD_KINDS.map((k) => [k, pair(k.toLowerCase())])) as RecordScopes;
}

export class AuthRepository {
  constructor(private readonly db: Db) {}

  findUserForLogin(email: string) {
    return this.db.user.findUnique({
      where: { email },
      select: { id: true, passwordHash: true, active: true, ldapDn: true },
    });
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
    return (await this.loadSessionCredential(sessionId, userId, now))?.viewer ?? null;
  }

  /** The session's viewer and when the session expires (the viewer cache keeps it no longer). */
  async loadSessionCredential(sessionId: string, userId: string, now: Date): Promise<ViewerCredential | null> {
    const [row] = await this.credentialViewer(
      Prisma.sql`sessions c JOIN users u ON u.id = c.user_id WHERE c.id = ${sessionId}::uuid`,
      Prisma.sql`NULL::timestamptz`,
    );
    if (!row || row.user.id !== userId || row.revokedAt || (row.expiresAt && row.expiresAt <= now)) return null;
    if (!row.user.active) return null;
    const { user, permissions, scopes, teamUserIds } = row;
    return { viewer: { user, permissions, scopes, teamUserIds, via: 'SESSION', sessionId }, expiresAt: row.expiresAt };
  }

  /**
   * An active user's record scopes and permissions, outside any session (their calendar feed is read through its
   * secret URL; a queued notification mail is checked against them when it is sent).
   */
  async loadUserScopes(
    userId: string,
  ): Promise<Pick<Viewer, 'user' | 'scopes' | 'teamUserIds' | 'permissions'> | null> {
    const [row] = await this.credentialViewer(
      Prisma.sql`users u CROSS JOIN LATERAL (SELECT u.id, NULL::timestamptz AS revoked_at, NULL::timestamptz AS expires_at) c
        WHERE u.id = ${userId}::uuid`,
      Prisma.sql`NULL::timestamptz`,
    );
    if (!row?.user.active) return null;
    return { user: row.user, scopes: row.scopes, teamUserIds: row.teamUserIds, permissions: row.permissions };
  }

  /** The API token's viewer and when the token expires; notes its use at most once a minute. */
  async loadTokenCredential(tokenHash: string, now: Date): Promise<ViewerCredential | null> {
    const [row] = await this.credentialViewer(
      Prisma.sql`api_tokens c JOIN users u ON u.id = c.user_id WHERE c.token_hash = ${tokenHash}`,
      Prisma.sql`c.last_used_at`,
    );
    if (!row || row.revokedAt || (row.expiresAt && row.expiresAt <= now)) return null;
    if (!row.user.active) return null;
    // One write per minute at most: internal tools may call many times a second.
    if (!row.lastUsedAt || now.getTime() - row.lastUsedAt.getTime() > 60_000) {
      await this.db.apiToken.update({ where: { id: row.credentialId }, data: { lastUsedAt: now } });
    }
    const { user, permissions, scopes, teamUserIds } = row;
    const viewer: Viewer = { user, permissions, scopes, teamUserIds, via: 'API_TOKEN', tokenId: row.credentialId };
    return { viewer, expiresAt: row.expiresAt };
  }

  /**
   * The credential row (session or API token, as `c`), its user and the union of the user's profiles' permissions in
   * one statement: every request authenticates, so this is on the path of all of them.
   */
  private async credentialViewer(from: Prisma.Sql, lastUsedAt: Prisma.Sql) {
    const rows = await this.db.$queryRaw<CredentialRow[]>`SELECT c.id AS "credentialId", c.revoked_at AS "revokedAt",
        c.expires_at AS "expiresAt", ${lastUsedAt} AS "lastUsedAt",
        u.id, u.email, u.name, u.locale, u.time_zone AS "timeZone", u.active, u.version,
        u.created_at AS "createdAt", u.updated_at AS "updatedAt",
        ARRAY(SELECT DISTINCT k FROM user_profiles up JOIN permission_profiles p ON p.id = up.profile_id,
              unnest(p.permissions) AS k WHERE up.user_id = u.id) AS permissions,
        (SELECT json_build_object('clients_read', max(p.clients_read), 'clients_edit', max(p.clients_edit),
                'activities_read', max(p.activities_read), 'activities_edit', max(p.activities_edit),
                'opportunities_read', max(p.opportunities_read), 'opportunities_edit', max(p.opportunities_edit),
                'campaigns_read', max(p.campaigns_read), 'campaigns_edit', max(p.campaigns_edit))
           FROM user_profiles up JOIN permission_profiles p ON p.id = up.profile_id WHERE up.user_id = u.id) AS scopes,
        ARRAY(SELECT u.id UNION
              SELECT x FROM teams t JOIN team_members tm ON tm.team_id = t.id,
                LATERAL (SELECT tm2.user_id FROM team_members tm2 WHERE tm2.team_id = t.id
                         UNION ALL SELECT t.manager_id) m(x)
              WHERE (tm.user_id = u.id OR t.manager_id = u.id) AND x IS NOT NULL) AS "teamUserIds"
      FROM ${from}`;
    return rows.map(
      ({ credentialId, revokedAt, expiresAt, lastUsedAt: used, permissions, scopes, teamUserIds, ...user }) => ({
        credentialId,
        revokedAt,
        expiresAt,
        lastUsedAt: used,
        permissions: new Set(permissions) as ReadonlySet<string>,
        scopes: toScopes(scopes),
        teamUserIds,
        user: user as ViewerUser,
      }),
    );
  }

  async setPassword(userId: string, passwordHash: string): Promise<void> {
    await this.db.user.update({ where: { id: userId }, data: { passwordHash, version: { increment: 1 } } });
  }

  async getPasswordHash(userId: string): Promise<string | null> {
    const row = await this.db.user.findUnique({ where: { id: userId }, select: { passwordHash: true } });
    return row?.passwordHash ?? null;
  }

  async updatePreferences(userId: string, data: { locale?: string; timeZone?: string }): Promise<ViewerUser> {
    return this.db.user.update({
      where: { id: userId },
      data: { ...data, version: { increment: 1 } },
      select: viewerUserSelect,
    });
  }
}
