// The calendar subscription end to end: the secret URL (shown once, hashed, replaced, revoked), the feed parsed
// with Mozilla's iCalendar parser (UIDs, instants, all-day dates in the user's time zone, escaping, status), who
// sees what, and single-activity .ics invitations with the same visibility as activity(id).
import { toGlobalId } from '@veza/shared';
import ICAL from 'ical.js';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { errorCode, startTestApi, type TestApi } from '../../test/api.ts';
import { ensureDefaultDictionaries } from '../dictionaries/index.ts';
import { onCallList } from '../../test/call-list.ts';

let api: TestApi;
let clientId: string;
let personId: string;
let types: Record<string, string>;

type TestUser = { cookie: string; id: string; rawId: string; email: string; name: string };
type Created = { id: string; version: number };

const REGENERATE = `mutation { regenerateCalendarFeed { url feed { active createdAt lastUsedAt } } }`;
const MY_FEED = `{ myCalendarFeed { active createdAt lastUsedAt } }`;
const DAY = 86_400_000;
let clientRowId = '';

async function user(profile: 'agent' | 'manager', timeZone = 'Europe/Zagreb'): Promise<TestUser> {
  const u = await api.createUser(profile);
  await api.db.user.update({ where: { id: u.id }, data: { timeZone } });
  // Agents call the shared client (the seeded Agent reads managed clients and those on an open call list).
  if (profile === 'agent' && clientRowId) await onCallList(api.db, u.id, [clientRowId]);
  return { ...u, cookie: await api.login(u.email, u.password), id: toGlobalId('User', u.id), rawId: u.id };
}

async function ok<T>(cookie: string, query: string, variables: Record<string, unknown> = {}): Promise<T> {
  const res = await api.gql<T>(query, variables, { cookie });
  if (res.errors) throw new Error(JSON.stringify(res.errors));
  return res.data!;
}

async function create(owner: TestUser, input: Record<string, unknown>): Promise<Created & { rawId: string }> {
  const { createActivity } = await ok<{ createActivity: Created }>(
    owner.cookie,
    `mutation($input: CreateActivityInput!) { createActivity(input: $input) { id version } }`,
    { input: { clientId, typeId: types.meeting, subject: 'Meeting', ...input } },
  );
  const rawId = Buffer.from(createActivity.id, 'base64url').toString().split(':')[1]!;
  return { ...createActivity, rawId };
}

async function regenerate(u: TestUser): Promise<string> {
  return (await ok<{ regenerateCalendarFeed: { url: string } }>(u.cookie, REGENERATE)).regenerateCalendarFeed.url;
}

const path = (url: string) => new URL(url).pathname;

function parse(text: string) {
  const calendar = new ICAL.Component(ICAL.parse(text));
  const events = calendar.getAllSubcomponents('vevent');
  const byUid = new Map(events.map((e) => [String(e.getFirstPropertyValue('uid')), e]));
  return { calendar, events, byUid };
}

const iso = (ms: number) => new Date(ms).toISOString();
const day = (ms: number) => iso(ms).slice(0, 10);
const tomorrow9 = Date.UTC(new Date().getUTCFullYear(), new Date().getUTCMonth(), new Date().getUTCDate() + 1, 9);

beforeAll(async () => {
  api = await startTestApi();
  await ensureDefaultDictionaries(api.db);
  const client = await api.db.client.create({
    data: { kind: 'LEGAL', name: 'Đakovo, Žito d.o.o.', street: 'Ulica 1', postalCode: '31400', city: 'Đakovo' },
  });
  clientId = toGlobalId('Client', client.id);
  clientRowId = client.id;
  const person = await api.db.person.create({
    data: { firstName: 'Łucja', lastName: 'Dvořáková', emails: ['lucja@example.com'], phones: ['+385 1 234'] },
  });
  await api.db.clientPerson.create({ data: { clientId: client.id, personId: person.id } });
  personId = toGlobalId('Person', person.id);
  const values = await api.db.dictionaryValue.findMany({ where: { kind: 'ACTIVITY_TYPE' } });
  types = Object.fromEntries(values.map((v) => [v.key, toGlobalId('DictionaryValue', v.id)]));
});
afterAll(() => api.close());

describe('the subscription URL', () => {
  it('is created on request, shown once as an absolute URL, and stored only as a hash', async () => {
    const u = await user('agent');
    expect((await ok<{ myCalendarFeed: unknown }>(u.cookie, MY_FEED)).myCalendarFeed).toEqual({
      active: false,
      createdAt: null,
      lastUsedAt: null,
    });
    const { regenerateCalendarFeed: r } = await ok<{
      regenerateCalendarFeed: { url: string; feed: { active: boolean; createdAt: string } };
    }>(u.cookie, REGENERATE);
    expect(r.url).toMatch(new RegExp(`^${api.url}/ical/[A-Za-z0-9_-]{43}\\.ics$`));
    expect(r.feed).toMatchObject({ active: true, createdAt: expect.any(String) });
    const secret = path(r.url).slice('/ical/'.length, -'.ics'.length);
    const stored = await api.db.user.findUniqueOrThrow({ where: { id: u.rawId } });
    expect(stored.calendarFeedTokenHash).toMatch(/^[0-9a-f]{64}$/);
    expect(JSON.stringify(stored)).not.toContain(secret);
  });

  it('builds the URL from VEZA_PUBLIC_URL-less requests through a proxy from X-Forwarded-Proto and -Host', async () => {
    const u = await user('agent');
    const res = await api.gql<{ regenerateCalendarFeed: { url: string } }>(
      REGENERATE,
      {},
      { cookie: u.cookie, headers: { 'x-forwarded-proto': 'https', 'x-forwarded-host': 'crm.example.com' } },
    );
    expect(res.data!.regenerateCalendarFeed.url).toMatch(/^https:\/\/crm\.example\.com\/ical\/[\w-]{43}\.ics$/);
  });

  it('needs a login', async () => {
    expect(errorCode(await api.gql(MY_FEED))).toBe('UNAUTHENTICATED');
    expect(errorCode(await api.gql(REGENERATE))).toBe('UNAUTHENTICATED');
  });

  it('stops working at once when regenerated or revoked, and records when it was last used', async () => {
    const u = await user('agent');
    const first = await regenerate(u);
    expect((await api.raw(path(first))).status).toBe(200);
    const used = (await ok<{ myCalendarFeed: { lastUsedAt: string } }>(u.cookie, MY_FEED)).myCalendarFeed;
    expect(used.lastUsedAt).toEqual(expect.any(String));
    const second = await regenerate(u);
    expect(second).not.toBe(first);
    expect((await api.raw(path(first))).status).toBe(404);
    expect((await api.raw(path(second))).status).toBe(200);
    const revoked = await ok<{ revokeCalendarFeed: unknown }>(
      u.cookie,
      `mutation { revokeCalendarFeed { active createdAt } }`,
    );
    expect(revoked.revokeCalendarFeed).toEqual({ active: false, createdAt: null });
    expect((await api.raw(path(second))).status).toBe(404);
  });

  it('answers the same bare 404 for unknown, malformed and disabled users’ URLs', async () => {
    const u = await user('agent');
    const url = await regenerate(u);
    await api.db.user.update({ where: { id: u.rawId }, data: { active: false } });
    const answers = await Promise.all(
      [path(url), `/ical/${'A'.repeat(43)}.ics`, '/ical/short.ics', `/ical/${'A'.repeat(43)}`].map((p) => api.raw(p)),
    );
    const bodies = await Promise.all(answers.map((r) => r.text()));
    expect(answers.map((r) => r.status)).toEqual([404, 404, 404, 404]);
    expect(new Set(bodies).size).toBe(1);
    expect(answers[0]!.headers.get('content-type')).toMatch(/^text\/plain/);
  });
});

describe('the subscription URL when an administrator disables the user', () => {
  it('is revoked: re-enabling the user does not bring the old URL back', async () => {
    const u = await user('agent');
    const url = await regenerate(u);
    expect((await api.raw(path(url))).status).toBe(200);
    const admin = await api.createUser('administrator');
    const adminCookie = await api.login(admin.email, admin.password);
    const UPDATE = `mutation($id: ID!, $version: Int!, $input: UpdateUserInput!) {
      updateUser(id: $id, version: $version, input: $input) { version active } }`;
    const version = (await api.db.user.findUniqueOrThrow({ where: { id: u.rawId } })).version;
    const disabled = await ok<{ updateUser: { version: number } }>(adminCookie, UPDATE, {
      id: u.id,
      version,
      input: { active: false },
    });
    await ok(adminCookie, UPDATE, { id: u.id, version: disabled.updateUser.version, input: { active: true } });
    expect((await api.raw(path(url))).status).toBe(404);
    const cookie = await api.login(u.email, 'correct horse battery');
    expect((await ok<{ myCalendarFeed: { active: boolean } }>(cookie, MY_FEED)).myCalendarFeed.active).toBe(false);
  });
});

describe('the feed', () => {
  let agent: TestUser;
  let colleague: TestUser;
  let feedText: string;
  let feed: ReturnType<typeof parse>;
  const subject = 'Ponuda; cijena, rok\\popust — Đakovo čćžšđ';
  const note = 'Prvi red\nDrugi red: łódź żółć; Příliš žluťoučký kůň, úpěl ďábelské ódy';
  const ids: Record<string, Created & { rawId: string }> = {};

  beforeAll(async () => {
    agent = await user('agent', 'Pacific/Auckland');
    colleague = await user('agent');
    ids.timed = await create(agent, {
      subject,
      note,
      startsAt: iso(tomorrow9),
      endsAt: iso(tomorrow9 + 90 * 60_000),
      contactPersonId: personId,
      participants: [{ userId: colleague.id }, { personId }],
    });
    // 12:00 in Auckland on that day; stored as Auckland midnight, which is the previous day in UTC.
    const allDayDate = day(tomorrow9 + 10 * DAY);
    ids.allDay = await create(agent, { subject: 'Sajam', allDay: true, startsAt: `${allDayDate}T12:00:00+13:00` });
    ids.task = await create(agent, {
      subject: 'Poslati ponudu',
      typeId: types.task,
      dueAt: iso(tomorrow9 + 3 * DAY + 14.5 * 3_600_000),
    });
    ids.cancelled = await create(agent, {
      subject: 'Otkazano',
      startsAt: iso(tomorrow9 + DAY),
      endsAt: iso(tomorrow9 + DAY + 3_600_000),
    });
    await ok(agent.cookie, `mutation($id: ID!, $v: Int!) { cancelActivity(id: $id, version: $v) { id } }`, {
      id: ids.cancelled.id,
      v: ids.cancelled.version,
    });
    ids.deleted = await create(agent, { subject: 'Obrisano', startsAt: iso(tomorrow9 + 2 * DAY) });
    await ok(agent.cookie, `mutation($id: ID!, $v: Int!) { deleteActivity(id: $id, version: $v) { id } }`, {
      id: ids.deleted.id,
      v: ids.deleted.version,
    });
    ids.longAgo = await create(agent, { subject: 'Davno', startsAt: iso(tomorrow9 - 200 * DAY) });
    // Started before the window (90 days back) and still running into it: one of 20 days, one of 130 days.
    ids.crossesStart = await create(agent, {
      subject: 'Projekt',
      startsAt: iso(tomorrow9 - 100 * DAY),
      endsAt: iso(tomorrow9 - 80 * DAY),
    });
    ids.longRunning = await create(colleague, {
      subject: 'Dugi projekt',
      startsAt: iso(tomorrow9 - 120 * DAY),
      endsAt: iso(tomorrow9 + 10 * DAY),
      participants: [{ userId: agent.id }],
    });
    ids.email = await create(agent, { subject: 'Not on calendars', typeId: types.email, startsAt: iso(tomorrow9) });
    ids.colleagues = await create(colleague, { subject: 'Only the colleague', startsAt: iso(tomorrow9) });
    const res = await api.raw(path(await regenerate(agent)));
    expect(res.status).toBe(200);
    expect(res.headers.get('content-type')).toBe('text/calendar; charset=utf-8');
    expect(res.headers.get('cache-control')).toMatch(/private/);
    feedText = await res.text();
    feed = parse(feedText);
  });

  it('is a valid RFC 5545 calendar: CRLF lines of at most 75 octets and the calendar properties', () => {
    expect(feedText.endsWith('\r\n')).toBe(true);
    for (const line of feedText.slice(0, -2).split('\r\n')) {
      expect(line).not.toMatch(/[\r\n]/);
      expect(Buffer.byteLength(line, 'utf8')).toBeLessThanOrEqual(75);
    }
    const c = feed.calendar;
    expect(c.getFirstPropertyValue('version')).toBe('2.0');
    expect(c.getFirstPropertyValue('prodid')).toBe('-//Veza//Veza CRM//EN');
    expect(c.getFirstPropertyValue('calscale')).toBe('GREGORIAN');
    expect(c.getFirstPropertyValue('method')).toBe('PUBLISH');
    expect(c.getFirstPropertyValue('x-wr-calname')).toBe(`Veza — ${agent.name}`);
    expect(c.getFirstPropertyValue('x-wr-timezone')).toBe('Pacific/Auckland');
  });

  it('carries the own and participated activities in the window, and nothing else', () => {
    expect([...feed.byUid.keys()].sort()).toEqual(
      [ids.timed, ids.allDay, ids.task, ids.cancelled, ids.crossesStart, ids.longRunning]
        .map((a) => `${a!.rawId}@veza`)
        .sort(),
    );
  });

  it('gives a timed activity its UTC instants, summary, escaped text, people and version', () => {
    const e = feed.byUid.get(`${ids.timed!.rawId}@veza`)!;
    const event = new ICAL.Event(e);
    expect(event.startDate.toJSDate().toISOString()).toBe(iso(tomorrow9));
    expect(event.endDate.toJSDate().toISOString()).toBe(iso(tomorrow9 + 90 * 60_000));
    expect(feedText).toContain(`DTSTART:${iso(tomorrow9).replace(/[-:]/g, '').replace('.000', '')}`);
    expect(event.summary).toBe(`${subject} — Meeting`);
    expect(event.description).toContain(note);
    expect(event.description).toContain('Client: Đakovo, Žito d.o.o.');
    expect(event.description).toContain('Contact person: Łucja Dvořáková (+385 1 234, lucja@example.com)');
    expect(event.location).toBe('Ulica 1, 31400 Đakovo');
    expect(e.getFirstPropertyValue('status')).toBe('CONFIRMED');
    expect(e.getFirstPropertyValue('sequence')).toBe(ids.timed!.version);
    expect(e.getFirstPropertyValue('categories')).toBe('Meeting');
    expect(String(e.getFirstPropertyValue('url'))).toMatch(new RegExp(`/activities/${ids.timed!.id}$`));
    expect(e.getFirstPropertyValue('organizer')).toBe(`mailto:${agent.email}`);
    const attendees = e.getAllProperties('attendee').map((p) => String(p.getFirstValue()));
    expect(attendees.sort()).toEqual(
      [`mailto:${agent.email}`, `mailto:${colleague.email}`, 'mailto:lucja@example.com'].sort(),
    );
    expect(e.getFirstPropertyValue('dtstamp')).toBeTruthy();
    expect(e.getFirstPropertyValue('last-modified')).toBeTruthy();
  });

  it("puts all-day activities and due-only tasks on dates in the owner's time zone", () => {
    const allDay = new ICAL.Event(feed.byUid.get(`${ids.allDay!.rawId}@veza`)!);
    expect(allDay.startDate.isDate).toBe(true);
    expect(allDay.startDate.toString()).toBe(day(tomorrow9 + 10 * DAY));
    expect(allDay.endDate.toString()).toBe(day(tomorrow9 + 11 * DAY));
    // Due at 14:30 UTC, which is already the next day in Auckland.
    const task = new ICAL.Event(feed.byUid.get(`${ids.task!.rawId}@veza`)!);
    expect(task.startDate.isDate).toBe(true);
    expect(task.startDate.toString()).toBe(day(tomorrow9 + 4 * DAY));
    expect(task.summary).toBe('Poslati ponudu — Task');
  });

  it('keeps cancelled activities, marked cancelled', () => {
    expect(feed.byUid.get(`${ids.cancelled!.rawId}@veza`)!.getFirstPropertyValue('status')).toBe('CANCELLED');
  });

  it("shows a participant the shared activity but not the owner's other ones", async () => {
    const res = await api.raw(path(await regenerate(colleague)));
    const { byUid } = parse(await res.text());
    expect([...byUid.keys()].sort()).toEqual(
      [ids.timed, ids.colleagues, ids.longRunning].map((a) => `${a!.rawId}@veza`).sort(),
    );
  });

  it('answers 304 to a calendar program that already has this version, and 200 after a change', async () => {
    const url = path(await regenerate(agent));
    const first = await api.raw(url);
    const etag = first.headers.get('etag')!;
    expect(etag).toMatch(/^"[\w-]+"$/);
    expect((await api.raw(url, { headers: { 'if-none-match': etag } })).status).toBe(304);
    await create(agent, { subject: 'New one', startsAt: iso(tomorrow9 + 5 * DAY) });
    const changed = await api.raw(url, { headers: { 'if-none-match': etag } });
    expect(changed.status).toBe(200);
    expect(changed.headers.get('etag')).not.toBe(etag);
  });
});

describe('single activity .ics', () => {
  let owner: TestUser;
  let other: TestUser;
  let manager: TestUser;
  let activity: Created & { rawId: string };
  let url: string;

  beforeAll(async () => {
    [owner, other, manager] = [await user('agent'), await user('agent'), await user('manager')];
    activity = await create(owner, {
      subject: "Sastanak: Łódź/Brno (Đurđa's)",
      startsAt: iso(tomorrow9),
      endsAt: iso(tomorrow9 + 3_600_000),
    });
    const res = await ok<{ activity: { icsUrl: string } }>(
      owner.cookie,
      `query($id: ID!) { activity(id: $id) { icsUrl } }`,
      {
        id: activity.id,
      },
    );
    url = res.activity.icsUrl;
  });

  it('gives the download path on the activity and serves an invitation to its owner', async () => {
    expect(url).toBe(`/ics/activities/${activity.id}`);
    const res = await api.raw(url, { headers: { cookie: owner.cookie } });
    expect(res.status).toBe(200);
    expect(res.headers.get('content-type')).toBe('text/calendar; charset=utf-8; method=REQUEST');
    expect(res.headers.get('content-disposition')).toBe(
      `attachment; filename="Sastanak-Lodz-Brno-Durda-s.ics"; filename*=UTF-8''` +
        `Sastanak%20%C5%81%C3%B3d%C5%BA%20Brno%20%28%C4%90ur%C4%91a%27s%29.ics`,
    );
    const { calendar, events } = parse(await res.text());
    expect(calendar.getFirstPropertyValue('method')).toBe('REQUEST');
    expect(events).toHaveLength(1);
    const event = new ICAL.Event(events[0]!);
    expect(event.uid).toBe(`${activity.rawId}@veza`);
    expect(event.startDate.toJSDate().toISOString()).toBe(iso(tomorrow9));
    expect(event.summary).toBe("Sastanak: Łódź/Brno (Đurđa's) — Meeting");
  });

  it('accepts a Bearer API token', async () => {
    const token = await ok<{ createApiToken: { secret: string } }>(
      owner.cookie,
      `mutation { createApiToken(name: "calendar") { secret } }`,
    );
    const res = await api.raw(url, { headers: { authorization: `Bearer ${token.createApiToken.secret}` } });
    expect(res.status).toBe(200);
  });

  it('hides the activity from another agent, shows it to a manager who reads all activities', async () => {
    expect((await api.raw(url, { headers: { cookie: other.cookie } })).status).toBe(404);
    expect((await api.raw(url, { headers: { cookie: manager.cookie } })).status).toBe(200);
    expect((await api.raw('/ics/activities/not-an-id', { headers: { cookie: manager.cookie } })).status).toBe(404);
  });

  it('refuses anonymous and wrong credentials with 401', async () => {
    const anonymous = await api.raw(url);
    expect(anonymous.status).toBe(401);
    expect(await anonymous.json()).toMatchObject({ error: { code: 'UNAUTHENTICATED' } });
    expect((await api.raw(url, { headers: { authorization: 'Bearer nope' } })).status).toBe(401);
  });

  it('sends a cancellation for a cancelled activity', async () => {
    const a = await create(owner, { subject: 'Will be cancelled', startsAt: iso(tomorrow9) });
    await ok(owner.cookie, `mutation($id: ID!, $v: Int!) { cancelActivity(id: $id, version: $v) { id } }`, {
      id: a.id,
      v: a.version,
    });
    const res = await api.raw(`/ics/activities/${a.id}`, { headers: { cookie: owner.cookie } });
    const { calendar, events } = parse(await res.text());
    expect(calendar.getFirstPropertyValue('method')).toBe('CANCEL');
    expect(events[0]!.getFirstPropertyValue('status')).toBe('CANCELLED');
  });
});
