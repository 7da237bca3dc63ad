// Calendar subscriptions: each user creates, replaces and revokes their own secret feed URL (shown once, stored as
// SHA-256); the feed and the .ics invitations load their activities here.
import crypto from 'node:crypto';
import { hashApiTokenSecret } from '../../auth/api-token-secret.ts';
import { requireViewer } from '../../auth/permissions.ts';
import type { Db } from '../../db/prisma.ts';
import type { Context } from '../../graphql/context.ts';
import { userScopes } from '../auth/index.ts';
import { personsInScope, readableClientIds, type ScopedViewer } from '../visibility/index.ts';
import type { FeedActivity } from './calendar-feed.ics.ts';
import { CalendarFeedRepository, type FeedActivityRow, type FeedState } from './calendar-feed.repository.ts';
import { publicBaseUrl } from './public-url.ts';

/** The feed covers activities overlapping [today − 90 days, today + 365 days), counted in whole UTC days. */
export const FEED_DAYS_BACK = 90;
export const FEED_DAYS_AHEAD = 365;
/** More than this many events in the window: the ones closest to now are kept. */
export const FEED_LIMIT = 5000;

/** The secret in a feed URL: 32 random bytes, base64url. */
export const FEED_SECRET = /^[A-Za-z0-9_-]{43}$/;

function toFeed(state: FeedState) {
  return {
    active: state.active && state.calendarFeedTokenHash != null,
    createdAt: state.calendarFeedCreatedAt,
    lastUsedAt: state.calendarFeedUsedAt,
  };
}

export const feedUrl = (baseUrl: string, secret: string) => `${baseUrl}/ical/${secret}.ics`;

export async function myCalendarFeed(ctx: Context) {
  const viewer = requireViewer(ctx);
  return toFeed(await new CalendarFeedRepository(ctx.db).state(viewer.user.id));
}

export async function regenerateCalendarFeed(ctx: Context) {
  const viewer = requireViewer(ctx);
  const secret = crypto.randomBytes(32).toString('base64url');
  const state = await new CalendarFeedRepository(ctx.db).setSecret(viewer.user.id, hashApiTokenSecret(secret));
  return { url: feedUrl(publicBaseUrl(ctx.config, ctx.req), secret), feed: toFeed(state) };
}

export async function revokeCalendarFeed(ctx: Context) {
  const viewer = requireViewer(ctx);
  return toFeed(await new CalendarFeedRepository(ctx.db).setSecret(viewer.user.id, null));
}

/**
 * The owner of a feed secret when the feed may be served: the secret is current, the user active and allowed to
 * read activities. Anything else is null, and the route answers 404 alike.
 */
export async function feedOwner(db: Db, secret: string) {
  if (!FEED_SECRET.test(secret)) return null;
  const owner = await new CalendarFeedRepository(db).ownerOf(hashApiTokenSecret(secret));
  return owner?.active && owner.permissions.has('activities.read') ? owner : null;
}

async function withParticipants(repo: CalendarFeedRepository, rows: FeedActivityRow[]) {
  const participants = await repo.participants(rows.map((r) => r.id));
  return rows.map((r): FeedActivity => ({ ...r, participants: participants.filter((p) => p.activityId === r.id) }));
}

/**
 * The user's activities (owner or participant) in the feed window, cancelled ones included (as cancelled). As in
 * the API (Activity.client, contactPerson): of a client outside the user's client read scope only its name is shown
 * (no address), and persons outside it (contact person, person participants) are left out.
 */
export async function feedActivities(db: Db, userId: string, now = new Date()): Promise<FeedActivity[]> {
  const today = Date.UTC(now.getUTCFullYear(), now.getUTCMonth(), now.getUTCDate());
  const from = new Date(today - FEED_DAYS_BACK * 86_400_000).toISOString();
  const to = new Date(today + (FEED_DAYS_AHEAD + 1) * 86_400_000).toISOString();
  const repo = new CalendarFeedRepository(db);
  const [viewer, rows] = await Promise.all([
    userScopes(db, userId),
    repo.windowActivities(userId, { from, to }, FEED_LIMIT, now),
  ]);
  return viewer ? withinScope(db, viewer, await withParticipants(repo, rows)) : [];
}

async function withinScope(db: Db, viewer: ScopedViewer, activities: FeedActivity[]): Promise<FeedActivity[]> {
  const clients = [
    ...new Map(activities.map((a) => [a.clientId, { id: a.clientId, accountManagerId: a.clientManagerId }])).values(),
  ];
  const personIds = [
    ...new Set(activities.flatMap((a) => [a.contactPersonId, ...a.participants.map((p) => p.personId)])),
  ].filter((id): id is string => id != null);
  const [readableClients, readablePersons] = await Promise.all([
    readableClientIds(db, viewer, clients),
    personsInScope(db, viewer, 'read', personIds),
  ]);
  return activities.map((a) => {
    const shown = readableClients.has(a.clientId);
    const person = a.contactPersonId != null && readablePersons.has(a.contactPersonId);
    return {
      ...a,
      ...(shown ? {} : { street: null, postalCode: null, city: null, country: null }),
      ...(person
        ? {}
        : { personTitle: null, personFirstName: null, personLastName: null, personPhones: null, personEmails: null }),
      participants: a.participants.filter((p) => p.personId == null || readablePersons.has(p.personId)),
    };
  });
}

/** One activity (visibility already checked by the caller), or null when it has no time to put on a calendar. */
export async function invitationActivity(db: Db, activityId: string): Promise<FeedActivity | null> {
  const repo = new CalendarFeedRepository(db);
  const row = await repo.timedActivity(activityId);
  return row ? (await withParticipants(repo, [row]))[0]! : null;
}

export const markFeedUsed = (db: Db, owner: { id: string; calendarFeedUsedAt: Date | null }, now = new Date()) =>
  owner.calendarFeedUsedAt && now.getTime() - owner.calendarFeedUsedAt.getTime() < 60_000
    ? Promise.resolve()
    : new CalendarFeedRepository(db).markUsed(owner.id);
