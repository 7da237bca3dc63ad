// Database access for calendar subscriptions: the feed secret's hash on the user, and activities with everything an
// iCalendar event shows (type, client, contact person, owner, participants) in two statements.
import { Prisma, type Db } from '../../db/prisma.ts';
import { overlapping, spanOverlapping } from '../activities/index.ts';

type Sql = Prisma.Sql;
const { sql } = Prisma;

/**
 * A user's activities in [from, to): owned ones through the owner indexes (`overlapping`'s four ranges), the ones
 * they take part in through the participants' span copies — only the user's rows near the window are read, however
 * long their history. Types hidden from the calendar ("show on calendar" off) or not to be sent to Outlook
 * ("may be sent to Outlook" off, meta.sendToOutlook) stay out.
 */
function inWindow(userId: string, from: string, to: string): Sql {
  const candidates = sql`
    SELECT a.id FROM activities a WHERE a.owner_id = ${userId}::uuid AND ${overlapping(from, to)}
    UNION ALL SELECT ap.activity_id FROM activity_participants ap
    WHERE ap.user_id = ${userId}::uuid AND ${spanOverlapping(from, to)}`;
  return sql`a.id IN (${candidates}) AND ${overlapping(from, to)}
    AND (t.meta ->> 'showOnCalendar') IS DISTINCT FROM 'false'
    AND (t.meta ->> 'sendToOutlook') IS DISTINCT FROM 'false'`;
}

export type FeedState = {
  active: boolean;
  calendarFeedTokenHash: string | null;
  calendarFeedCreatedAt: Date | null;
  calendarFeedUsedAt: Date | null;
};

export type FeedOwner = {
  id: string;
  name: string;
  locale: string;
  timeZone: string;
  active: boolean;
  calendarFeedUsedAt: Date | null;
  permissions: Set<string>;
};

export type FeedActivityRow = {
  id: string;
  subject: string;
  note: string | null;
  startsAt: Date | null;
  endsAt: Date | null;
  allDay: boolean;
  dueAt: Date | null;
  status: 'PLANNED' | 'DONE' | 'CANCELLED';
  priority: 'LOW' | 'NORMAL' | 'HIGH';
  version: number;
  createdAt: Date;
  updatedAt: Date;
  typeKey: string;
  typeLabels: unknown;
  clientId: string;
  clientManagerId: string | null;
  contactPersonId: string | null;
  clientName: string;
  street: string | null;
  postalCode: string | null;
  city: string | null;
  country: string | null;
  personTitle: string | null;
  personFirstName: string | null;
  personLastName: string | null;
  personPhones: string[] | null;
  personEmails: string[] | null;
  ownerName: string;
  ownerEmail: string;
  ownerTimeZone: string;
  /** The type's "may be sent to Outlook" (meta.sendToOutlook; unset counts as on). */
  sendToOutlook: boolean;
};

export type FeedParticipantRow = {
  activityId: string;
  personId: string | null;
  userName: string | null;
  userEmail: string | null;
  personName: string | null;
  personEmails: string[] | null;
};

const stateSelect = {
  active: true,
  calendarFeedTokenHash: true,
  calendarFeedCreatedAt: true,
  calendarFeedUsedAt: true,
} as const;

export class CalendarFeedRepository {
  constructor(private readonly db: Db) {}

  state(userId: string): Promise<FeedState> {
    return this.db.user.findUniqueOrThrow({ where: { id: userId }, select: stateSelect });
  }

  /** Replaces the secret's hash (null revokes); a new secret starts unused. */
  setSecret(userId: string, hash: string | null): Promise<FeedState> {
    return this.db.user.update({
      where: { id: userId },
      data: {
        calendarFeedTokenHash: hash,
        calendarFeedCreatedAt: hash ? new Date() : null,
        calendarFeedUsedAt: null,
      },
      select: stateSelect,
    });
  }

  async ownerOf(hash: string): Promise<FeedOwner | null> {
    const row = await this.db.user.findUnique({
      where: { calendarFeedTokenHash: hash },
      select: {
        id: true,
        name: true,
        locale: true,
        timeZone: true,
        active: true,
        calendarFeedUsedAt: true,
        profiles: { select: { profile: { select: { permissions: true } } } },
      },
    });
    if (!row) return null;
    const { profiles, ...user } = row;
    return { ...user, permissions: new Set(profiles.flatMap((p) => p.profile.permissions)) };
  }

  /** Records a fetch at most once a minute, without touching the user's updated_at. */
  async markUsed(userId: string): Promise<void> {
    await this.db.$executeRaw`UPDATE users SET calendar_feed_used_at = now() WHERE id = ${userId}::uuid
      AND (calendar_feed_used_at IS NULL OR calendar_feed_used_at < now() - interval '1 minute')`;
  }

  /** A user's live activities in [from, to) (owner or participant); the `limit` closest to `now` are kept. */
  windowActivities(userId: string, window: { from: string; to: string }, limit: number, now: Date) {
    return this.activities(inWindow(userId, window.from, window.to), limit, now);
  }

  /** One live activity, when it has a time to put on a calendar. */
  async timedActivity(activityId: string): Promise<FeedActivityRow | null> {
    const where = sql`a.id = ${activityId}::uuid AND (a.starts_at IS NOT NULL OR a.due_at IS NOT NULL)`;
    return (await this.activities(where, 1, new Date()))[0] ?? null;
  }

  /** Live activities in `where`; the `limit` closest to `nearTo` are kept. */
  private activities(where: Sql, limit: number, nearTo: Date): Promise<FeedActivityRow[]> {
    return this.db.$queryRaw<FeedActivityRow[]>`SELECT a.id, a.subject, a.note, a.starts_at AS "startsAt",
        a.ends_at AS "endsAt", a.all_day AS "allDay", a.due_at AS "dueAt", a.status::text AS status,
        a.priority::text AS priority, a.version, a.created_at AS "createdAt", a.updated_at AS "updatedAt",
        t.key AS "typeKey", t.labels AS "typeLabels", a.client_id AS "clientId",
        c.account_manager_id AS "clientManagerId", a.contact_person_id AS "contactPersonId", c.name AS "clientName", c.street, c.postal_code AS "postalCode",
        c.city, c.country, p.title AS "personTitle", p.first_name AS "personFirstName",
        p.last_name AS "personLastName", p.phones AS "personPhones", p.emails AS "personEmails",
        o.name AS "ownerName", o.email AS "ownerEmail", o.time_zone AS "ownerTimeZone",
        (t.meta ->> 'sendToOutlook') IS DISTINCT FROM 'false' AS "sendToOutlook"
      FROM activities a
      JOIN dictionary_values t ON t.id = a.type_id
      JOIN clients c ON c.id = a.client_id
      JOIN users o ON o.id = a.owner_id
      LEFT JOIN persons p ON p.id = a.contact_person_id AND p.deleted_at IS NULL
      WHERE a.deleted_at IS NULL AND ${where}
      ORDER BY abs(extract(epoch FROM COALESCE(a.starts_at, a.due_at) - ${nearTo}::timestamptz)), a.id
      LIMIT ${limit}`;
  }

  participants(activityIds: string[]): Promise<FeedParticipantRow[]> {
    if (!activityIds.length) return Promise.resolve([]);
    return this.db.$queryRaw<
      FeedParticipantRow[]
    >`SELECT ap.activity_id AS "activityId", ap.person_id AS "personId", u.name AS "userName",
        u.email AS "userEmail", concat_ws(' ', pe.title, pe.first_name, pe.last_name) AS "personName",
        pe.emails AS "personEmails"
      FROM activity_participants ap
      LEFT JOIN users u ON u.id = ap.user_id
      LEFT JOIN persons pe ON pe.id = ap.person_id AND pe.deleted_at IS NULL
      WHERE ap.activity_id = ANY(${activityIds}::uuid[]) AND (u.id IS NOT NULL OR pe.id IS NOT NULL)
      ORDER BY ap.id`;
  }
}
