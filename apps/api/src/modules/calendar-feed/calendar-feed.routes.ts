// HTTP routes for calendar programs: GET /ical/<secret>.ics (the subscription feed, authenticated by its secret
// alone) and GET /ics/activities/<id> (one activity as an invitation, for the logged-in browser or a Bearer token).
import crypto from 'node:crypto';
import express, { type Request, type Response } from 'express';
import { GraphQLError } from 'graphql';
import { isDatabaseUnavailableError } from '../../db/availability.ts';
import type { AppServices, Context } from '../../graphql/context.ts';
import { getActivity } from '../activities/index.ts';
import { feedCalendar, invitationCalendar, invitationMethod } from './calendar-feed.ics.ts';
import { feedActivities, feedOwner, invitationActivity, markFeedUsed } from './calendar-feed.service.ts';
import { publicBaseUrl } from './public-url.ts';

type ContextFactory = (req: Request, res: Response) => Promise<Context>;

const HTTP_STATUS: Record<string, number> = {
  UNAUTHENTICATED: 401,
  FORBIDDEN: 403,
  BAD_USER_INPUT: 400,
  NOT_FOUND: 404,
  DATABASE_UNAVAILABLE: 503,
};

const etagOf = (body: string) => `"${crypto.createHash('sha256').update(body).digest('base64url').slice(0, 32)}"`;

function matches(ifNoneMatch: string | undefined, etag: string): boolean {
  if (!ifNoneMatch) return false;
  return ifNoneMatch.split(',').some((t) => ['*', etag, `W/${etag}`].includes(t.trim()));
}

/** Unknown, revoked, disabled or malformed: the same bare 404, so a secret cannot be probed. */
function feedNotFound(res: Response) {
  res.status(404).type('text/plain').setHeader('Cache-Control', 'no-store');
  res.send('Not found');
}

async function feed(services: AppServices, req: Request, res: Response) {
  const match = /^(.+)\.ics$/.exec(String(req.params.file));
  const owner = match ? await feedOwner(services.db, match[1]!) : null;
  if (!owner) return feedNotFound(res);
  const body = feedCalendar(await feedActivities(services.db, owner.id), owner, publicBaseUrl(services.config, req));
  await markFeedUsed(services.db, owner);
  const etag = etagOf(body);
  res.setHeader('ETag', etag);
  // Private: the URL is a credential. no-cache: calendar programs revalidate with If-None-Match and get a 304.
  res.setHeader('Cache-Control', 'private, no-cache');
  res.setHeader('X-Robots-Tag', 'noindex');
  if (matches(req.headers['if-none-match'], etag)) return void res.status(304).end();
  res.setHeader('Content-Type', 'text/calendar; charset=utf-8');
  res.setHeader('Content-Disposition', 'inline; filename="veza.ics"');
  res.send(body);
}

// Letters that Unicode does not decompose into a base letter and a mark.
const ASCII_LETTERS: Record<string, string> = { Ł: 'L', ł: 'l', Đ: 'D', đ: 'd', Ø: 'O', ø: 'o', ß: 'ss' };

/** An ASCII file name from the subject (diacritics dropped), with the full name in filename* (RFC 6266). */
function disposition(subject: string): string {
  const ascii = subject
    .replace(/[ŁłĐđØøß]/g, (c) => ASCII_LETTERS[c]!)
    .normalize('NFKD')
    .replace(/[\u0300-\u036f]/g, '')
    .replace(/[^A-Za-z0-9._-]+/g, '-')
    .replace(/^-+|-+$/g, '')
    .slice(0, 60);
  const readable = subject
    .replace(/[\\/:*?"<>|\s]+/g, ' ')
    .trim()
    .slice(0, 100);
  // RFC 5987 attr-chars exclude ' ( ) which encodeURIComponent leaves as they are.
  const encoded = encodeURIComponent(`${readable || 'activity'}.ics`).replace(
    /['()]/g,
    (c) => `%${c.charCodeAt(0).toString(16).toUpperCase()}`,
  );
  return `attachment; filename="${ascii || 'activity'}.ics"; filename*=UTF-8''${encoded}`;
}

async function invitation(services: AppServices, context: ContextFactory, req: Request, res: Response) {
  const ctx = await context(req, res);
  if (!ctx.viewer) throw new GraphQLError('Not logged in', { extensions: { code: 'UNAUTHENTICATED' } });
  const id = String(req.params.id).replace(/\.ics$/, '');
  const node = await getActivity(ctx, id);
  if (!node) throw new GraphQLError('Activity not found', { extensions: { code: 'NOT_FOUND' } });
  const activity = await invitationActivity(services.db, node.rowId);
  if (!activity) {
    const message = 'The activity has no start or due date to put in a calendar';
    return void res.status(422).json({ error: { code: 'BAD_USER_INPUT', message } });
  }
  // The type's "may be sent to Outlook" decides for invitations as for the feed (seed 004).
  if (!activity.sendToOutlook) {
    const message = 'Activities of this type may not be sent to Outlook (see the activity type in the dictionaries)';
    return void res.status(422).json({ error: { code: 'NOT_SENDABLE', message } });
  }
  const baseUrl = publicBaseUrl(services.config, req);
  const body = invitationCalendar(activity, { locale: ctx.viewer.user.locale, baseUrl, now: new Date() });
  res.setHeader('Content-Type', `text/calendar; charset=utf-8; method=${invitationMethod(activity)}`);
  res.setHeader('Content-Disposition', disposition(activity.subject));
  res.setHeader('Cache-Control', 'private, no-store');
  res.send(body);
}

function failed(route: string, res: Response, error: unknown) {
  const code = error instanceof GraphQLError ? String(error.extensions.code) : 'INTERNAL_SERVER_ERROR';
  if (!HTTP_STATUS[code]) console.error(`[${route}] request ${String(res.getHeader('X-Request-Id'))}:`, error);
  if (res.headersSent) return void res.destroy();
  const message = HTTP_STATUS[code] ? (error as Error).message : 'Internal server error';
  res.status(HTTP_STATUS[code] ?? 500).json({ error: { code, message } });
}

export function calendarFeedRoutes(services: AppServices, context: ContextFactory): express.Router {
  const router = express.Router();
  router.get(
    '/ical/:file',
    (req, res) =>
      void feed(services, req, res).catch((error) => {
        if (res.headersSent) return void res.destroy();
        // Calendar programs retry a 503 on their next poll; the outage itself is logged once by the availability check.
        if (isDatabaseUnavailableError(error)) {
          services.availability.markDown('the calendar feed could not reach the database');
          return void res.status(503).setHeader('Retry-After', '30').type('text/plain').send('Try again later');
        }
        console.error('[ical] feed failed:', error);
        res.status(500).type('text/plain').send('Internal server error');
      }),
  );
  router.get(
    '/ics/activities/:id',
    (req, res) => void invitation(services, context, req, res).catch((error) => failed('ics', res, error)),
  );
  return router;
}
