// Notifications, their per-kind settings and the LISTEN/NOTIFY channel that tells every process about new ones.
import { type Prisma, type Db } from '../../db/prisma.ts';
import { uuid7Sql } from '../../db/uuid7.ts';
import { scopeWhere, type ScopedViewer } from '../visibility/index.ts';
import type { NotificationKind } from './notification-texts.ts';

export const NOTIFY_CHANNEL = 'veza_notifications';

const select = {
  id: true,
  kind: true,
  text: true,
  link: true,
  readAt: true,
  createdAt: true,
  email: { select: { state: true, sentAt: true, error: true } },
} as const;
export type NotificationRow = NonNullable<Awaited<ReturnType<NotificationsRepository['find']>>>;
export type NewNotification = {
  recipientId: string;
  kind: NotificationKind;
  text: string;
  link: string | null;
  dedupeKey: string | null;
  /** The recipient chose e-mail for the kind: it goes to the system-mail outbox too. */
  email: boolean;
};

/** The writes notify() makes; also usable inside a caller's transaction (the NOTIFY then goes out at its commit). */
export class NotificationWriteRepository {
  constructor(private readonly db: Db | Prisma.TransactionClient) {}

  /** Active recipients with their language, the kinds they turned off and those they want by e-mail. */
  async recipients(ids: string[]) {
    const users = await this.db.user.findMany({
      where: { id: { in: ids }, active: true },
      select: {
        id: true,
        locale: true,
        notificationSettings: { where: { channel: { in: ['OFF', 'EMAIL'] } }, select: { kind: true, channel: true } },
      },
    });
    const kinds = (u: (typeof users)[number], channel: 'OFF' | 'EMAIL') =>
      new Set(u.notificationSettings.filter((s) => s.channel === channel).map((s) => s.kind));
    return users.map((u) => ({ id: u.id, locale: u.locale, off: kinds(u, 'OFF'), email: kinds(u, 'EMAIL') }));
  }

  /**
   * Inserts, skipping (recipient, dedupeKey) duplicates; returns how many, who got a new notification and the new
   * ones to be e-mailed.
   */
  async insert(rows: NewNotification[]): Promise<{ count: number; recipients: string[]; emailIds: string[] }> {
    if (!rows.length) return { count: 0, recipients: [], emailIds: [] };
    const col = <K extends keyof NewNotification>(k: K) => rows.map((r) => r[k]);
    // One set-based statement (Prisma's createManyAndReturn of 500 rows took 15× as long).
    const created = await this.db.$queryRaw<{ id: string; recipient_id: string; kind: string }[]>`
      INSERT INTO notifications (id, recipient_id, kind, text, link, dedupe_key)
      SELECT ${await uuid7Sql(this.db)}, r.recipient_id, r.kind::"NotificationKind", r.text, r.link, r.dedupe_key
      FROM unnest(${col('recipientId')}::uuid[], ${col('kind')}::text[], ${col('text')}::text[],
        ${col('link')}::text[], ${col('dedupeKey')}::text[]) AS r(recipient_id, kind, text, link, dedupe_key)
      ON CONFLICT DO NOTHING
      RETURNING id::text, recipient_id::text, kind::text`;
    const emailed = new Set(rows.filter((r) => r.email).map((r) => `${r.recipientId}:${r.kind}`));
    return {
      count: created.length,
      recipients: [...new Set(created.map((c) => c.recipient_id))],
      emailIds: created.filter((c) => emailed.has(`${c.recipient_id}:${c.kind}`)).map((c) => c.id),
    };
  }

  /** One NOTIFY per call (payload: recipient ids), so a batch of notifications costs one commit-time lock. */
  async announce(recipientIds: string[]): Promise<void> {
    await this.db.$executeRaw`SELECT pg_notify(${NOTIFY_CHANNEL}, ${JSON.stringify(recipientIds)})`;
  }
}

export class NotificationsRepository {
  constructor(private readonly db: Db) {}

  find(id: string) {
    return this.db.notification.findUnique({ where: { id }, select });
  }

  list(userId: string, opts: { unreadOnly: boolean; after: [string, string] | null; limit: number }) {
    const where: Prisma.NotificationWhereInput = { recipientId: userId };
    if (opts.unreadOnly) where.readAt = null;
    if (opts.after) {
      const at = new Date(opts.after[0]);
      where.OR = [{ createdAt: { lt: at } }, { createdAt: at, id: { lt: opts.after[1] } }];
    }
    return this.db.notification.findMany({
      where,
      orderBy: [{ createdAt: 'desc' }, { id: 'desc' }],
      take: opts.limit,
      select,
    });
  }

  count(userId: string, unreadOnly: boolean) {
    return this.db.notification.count({ where: { recipientId: userId, ...(unreadOnly ? { readAt: null } : {}) } });
  }

  /** Marks the user's own notifications read (all unread ones when `ids` is null); returns how many changed. */
  async markRead(userId: string, ids: string[] | null): Promise<number> {
    const { count } = await this.db.notification.updateMany({
      where: { recipientId: userId, readAt: null, ...(ids ? { id: { in: ids } } : {}) },
      data: { readAt: new Date() },
    });
    return count;
  }

  async settings(userId: string) {
    const [rows, user] = await Promise.all([
      this.db.notificationSetting.findMany({ where: { userId }, select: { kind: true, channel: true } }),
      this.db.user.findUniqueOrThrow({ where: { id: userId }, select: { reminderMinutes: true } }),
    ]);
    return { rows, reminderMinutes: user.reminderMinutes };
  }

  async saveSettings(
    userId: string,
    kinds: { kind: NotificationKind; channel: 'IN_APP' | 'EMAIL' | 'OFF' }[],
    reminderMinutes: number | undefined,
  ) {
    await this.db.$transaction([
      ...kinds.map((k) =>
        this.db.notificationSetting.upsert({
          where: { userId_kind: { userId, kind: k.kind } },
          create: { userId, kind: k.kind, channel: k.channel },
          update: { channel: k.channel },
        }),
      ),
      ...(reminderMinutes === undefined
        ? []
        : [this.db.user.update({ where: { id: userId }, data: { reminderMinutes } })]),
    ]);
  }
}

/** Record ids named by notification links, per kind of record page. */
export type LinkedRecordIds = { clients: string[]; activities: string[]; opportunities: string[]; campaigns: string[] };

/**
 * Of the linked records, those that are live and within the viewer's read scope: one statement for a page of
 * notifications, each arm a primary-key lookup with the kind's scope predicate (modules/visibility scopeWhere).
 */
export async function readableLinkedRecords(db: Db, viewer: ScopedViewer, ids: LinkedRecordIds): Promise<Set<string>> {
  if (!Object.values(ids).some((list) => list.length)) return new Set();
  const rows = await db.$queryRaw<{ id: string }[]>`
    SELECT c.id FROM clients c WHERE c.id = ANY(${ids.clients}::uuid[]) AND c.deleted_at IS NULL
      AND ${scopeWhere(viewer, 'CLIENTS', 'read', 'c')}
    UNION ALL
    SELECT a.id FROM activities a WHERE a.id = ANY(${ids.activities}::uuid[]) AND a.deleted_at IS NULL
      AND ${scopeWhere(viewer, 'ACTIVITIES', 'read', 'a')}
    UNION ALL
    SELECT o.id FROM opportunities o WHERE o.id = ANY(${ids.opportunities}::uuid[]) AND o.deleted_at IS NULL
      AND ${scopeWhere(viewer, 'OPPORTUNITIES', 'read', 'o')}
    UNION ALL
    SELECT k.id FROM campaigns k WHERE k.id = ANY(${ids.campaigns}::uuid[])
      AND ${scopeWhere(viewer, 'CAMPAIGNS', 'read', 'k')}`;
  return new Set(rows.map((r) => r.id));
}

/** A dedicated connection LISTENing on the channel; `onIds` gets each payload's recipient ids. */
export async function listenForNotifications(
  databaseUrl: string,
  onIds: (ids: string[]) => void,
  onLost: (error: Error) => void,
): Promise<{ close(): Promise<void> }> {
  const { default: pg } = await import('pg');
  const client = new pg.Client({ connectionString: databaseUrl, application_name: 'veza-notifications' });
  client.on('notification', (message) => {
    try {
      const ids: unknown = JSON.parse(message.payload ?? '[]');
      if (Array.isArray(ids)) onIds(ids.filter((id): id is string => typeof id === 'string'));
    } catch {
      // a foreign payload on our channel is ignored
    }
  });
  client.on('error', onLost);
  await client.connect();
  await client.query(`LISTEN ${NOTIFY_CHANNEL}`);
  return { close: () => client.end() };
}

export class NotificationSourcesRepository {
  constructor(private readonly db: Db) {}

  /**
   * Planned activities starting within their lead time: the activity's own, else its owner's default
   * (served by (status, starts_at); a lead time is at most a week).
   */
  dueReminders() {
    return this.db.$queryRaw<{ id: string; owner_id: string; subject: string; starts_at: Date; minutes: number }[]>`
      SELECT a.id, a.owner_id, a.subject, a.starts_at,
        GREATEST(1, ceil(extract(epoch FROM a.starts_at - now()) / 60))::int AS minutes
      FROM activities a JOIN users u ON u.id = a.owner_id
      WHERE a.status = 'PLANNED' AND a.deleted_at IS NULL AND NOT a.all_day
        AND a.starts_at > now() AND a.starts_at <= now() + interval '7 days'
        AND COALESCE(a.reminder_minutes, u.reminder_minutes) > 0
        AND a.starts_at <= now() + make_interval(mins => COALESCE(a.reminder_minutes, u.reminder_minutes))
      LIMIT 5000`;
  }

  /** Users for whom it is now 07:xx locally, with their count of overdue planned activities and their local date. */
  overdueDigests() {
    return this.db.$queryRaw<{ owner_id: string; n: number; local_day: string }[]>`
      SELECT a.owner_id, count(*)::int AS n, to_char(now() AT TIME ZONE u.time_zone, 'YYYY-MM-DD') AS local_day
      FROM activities a JOIN users u ON u.id = a.owner_id
      WHERE u.active AND extract(hour FROM now() AT TIME ZONE u.time_zone) = 7
        AND a.status = 'PLANNED' AND a.deleted_at IS NULL
        AND COALESCE(a.due_at, a.ends_at, a.starts_at) < now()
      GROUP BY a.owner_id, u.time_zone`;
  }
}
