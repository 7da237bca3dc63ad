// Notifications on a real PostgreSQL: recipient language, settings, idempotent keys, read state, live delivery to a
// stream held by another server process on the same database, reminders.
import { toGlobalId } from '@veza/shared';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createServices } from '../../app.ts';
import { stopBackground } from '../../background.ts';
import { createPrisma } from '../../db/prisma.ts';
import { startServer, type RunningServer } from '../../server.ts';
import { errorCode, startTestApi, type TestApi } from '../../test/api.ts';
import { ensureDefaultDictionaries } from '../dictionaries/dictionaries.defaults.ts';
import { notify } from './index.ts';
import { sendReminders } from './notifications.jobs.ts';

let api: TestApi;
let agent: { id: string; cookie: string };
let polish: { id: string; cookie: string };

const LIST = `query($unreadOnly:Boolean,$first:Int,$after:String){ notifications(unreadOnly:$unreadOnly,first:$first,after:$after){
  totalCount edges { node { id kind text link read } } pageInfo { hasNextPage endCursor } } unreadNotificationCount }`;
type List = {
  notifications: { totalCount: number; edges: { node: { id: string; text: string; read: boolean; kind: string } }[] };
  unreadNotificationCount: number;
};

beforeAll(async () => {
  api = await startTestApi();
  const a = await api.createUser('agent', { name: 'Ana Agent' });
  const p = await api.createUser('agent', { name: 'Piotr' });
  await api.db.user.update({ where: { id: p.id }, data: { locale: 'pl' } });
  agent = { id: a.id, cookie: await api.login(a.email, a.password) };
  polish = { id: p.id, cookie: await api.login(p.email, p.password) };
});
afterAll(() => api.close());

describe('notifications', () => {
  it('writes each recipient’s text in their language and lists it newest first with an unread count', async () => {
    const n = await notify(api.db, {
      recipientIds: [agent.id, polish.id],
      kind: 'IMPORT_FINISHED',
      params: { name: 'clients.xlsx', summary: '120' },
      link: '/clients',
    });
    expect(n).toBe(2);
    const en = await api.gql<List>(LIST, {}, { cookie: agent.cookie });
    expect(en.data!.notifications.edges[0]!.node).toMatchObject({
      kind: 'IMPORT_FINISHED',
      text: 'Import “clients.xlsx” finished: 120',
      read: false,
    });
    const pl = await api.gql<List>(LIST, {}, { cookie: polish.cookie });
    expect(pl.data!.notifications.edges[0]!.node.text).toBe('Import „clients.xlsx” zakończony: 120');
    expect(pl.data!.unreadNotificationCount).toBe(1);
  });

  it('notifies once per dedupe key and not at all when the kind is turned off', async () => {
    const input = {
      recipientIds: [agent.id],
      kind: 'RULE_FIRED' as const,
      params: { rule: 'R', record: 'X' },
      dedupeKey: 'rule:1:x',
    };
    expect(await notify(api.db, input)).toBe(1);
    expect(await notify(api.db, input)).toBe(0);
    const off = await api.gql(
      `mutation($input: NotificationSettingsInput!){ updateNotificationSettings(input:$input){ kinds { kind channel } reminderMinutes } }`,
      { input: { kinds: [{ kind: 'RULE_FIRED', channel: 'OFF' }], reminderMinutes: 30 } },
      { cookie: agent.cookie },
    );
    expect(off.errors).toBeUndefined();
    expect(await notify(api.db, { ...input, dedupeKey: 'rule:1:y' })).toBe(0);
    const bad = await api.gql(
      `mutation($input: NotificationSettingsInput!){ updateNotificationSettings(input:$input){ reminderMinutes } }`,
      { input: { reminderMinutes: -5 } },
      { cookie: agent.cookie },
    );
    expect(errorCode(bad)).toBe('BAD_USER_INPUT');
    expect(bad.errors![0]!.extensions!.field).toBe('input.reminderMinutes');
  });

  it('marks only the caller’s own notifications read', async () => {
    const mine = await api.gql<List>(LIST, { unreadOnly: true }, { cookie: agent.cookie });
    const theirs = await api.gql<List>(LIST, { unreadOnly: true }, { cookie: polish.cookie });
    const MARK = `mutation($ids:[ID!],$all:Boolean){ markNotificationsRead(ids:$ids,all:$all) }`;
    const stolen = await api.gql<{ markNotificationsRead: number }>(
      MARK,
      { ids: [theirs.data!.notifications.edges[0]!.node.id] },
      { cookie: agent.cookie },
    );
    expect(stolen.data!.markNotificationsRead).toBe(mine.data!.unreadNotificationCount);
    expect((await api.gql<List>(LIST, {}, { cookie: polish.cookie })).data!.unreadNotificationCount).toBe(1);
    const one = await api.gql<{ markNotificationsRead: number }>(
      MARK,
      { ids: [mine.data!.notifications.edges[0]!.node.id] },
      { cookie: agent.cookie },
    );
    expect(one.data!.markNotificationsRead).toBe(mine.data!.unreadNotificationCount - 1);
    const all = await api.gql<{ markNotificationsRead: number }>(MARK, { all: true }, { cookie: agent.cookie });
    expect(all.data!.markNotificationsRead).toBe(0);
    expect(errorCode(await api.gql(MARK, {}, { cookie: agent.cookie }))).toBe('BAD_USER_INPUT');
    expect(errorCode(await api.gql(MARK, { all: true }))).toBe('UNAUTHENTICATED');
  });

  it('pushes a notification to a stream held by another server process', async () => {
    // A second app process on the same database: its own Prisma client, hub and HTTP server.
    const db2 = createPrisma(api.databaseUrl);
    const services2 = createServices(api.config, db2, api.databaseUrl);
    const server2: RunningServer = await startServer(services2, 0, '127.0.0.1');
    try {
      const denied = await fetch(`${server2.url}/api/notifications/stream`);
      expect(denied.status).toBe(401);
      const controller = new AbortController();
      const res = await fetch(`${server2.url}/api/notifications/stream`, {
        headers: { cookie: agent.cookie, accept: 'text/event-stream' },
        signal: controller.signal,
      });
      expect(res.headers.get('content-type')).toContain('text/event-stream');
      const reader = res.body!.getReader();
      const decoder = new TextDecoder();
      let text = '';
      const read = async (until: string) => {
        while (!text.includes(until)) text += decoder.decode((await reader.read()).value);
      };
      await read('event: ready');
      await services2.notificationHub.ready();
      await notify(api.db, { recipientIds: [agent.id], kind: 'RULE_FIRED', params: {}, dedupeKey: 'live' });
      await notify(api.db, { recipientIds: [agent.id], kind: 'ASSIGNED', params: { actor: 'B', subject: 'S' } });
      await read('event: notification');
      controller.abort();
    } finally {
      await server2.close();
      await stopBackground(services2);
      await db2.$disconnect();
    }
  });

  it('reminds the owner of a planned activity within their lead time, once', async () => {
    await ensureDefaultDictionaries(api.db);
    const type = await api.db.dictionaryValue.findFirstOrThrow({ where: { kind: 'ACTIVITY_TYPE', key: 'call' } });
    const client = await api.db.client.create({ data: { kind: 'LEGAL', name: 'Reminded Ltd' } });
    const soon = new Date(Date.now() + 20 * 60_000);
    const activity = await api.db.activity.create({
      data: {
        typeId: type.id,
        clientId: client.id,
        subject: 'Call Reminded Ltd',
        startsAt: soon,
        endsAt: new Date(soon.getTime() + 15 * 60_000),
        ownerId: agent.id,
      },
    });
    // The agent chose 30 minutes above; the Polish agent's 15-minute default would not remind yet.
    expect(await sendReminders(api.db)).toBe(1);
    expect(await sendReminders(api.db)).toBe(0);
    const list = await api.gql<{ notifications: { edges: { node: { link: string; kind: string } }[] } }>(
      LIST,
      { unreadOnly: true },
      { cookie: agent.cookie },
    );
    const reminder = list.data!.notifications.edges.find((e) => e.node.kind === 'REMINDER');
    expect(reminder!.node.link).toBe(`/activities/${toGlobalId('Activity', activity.id)}`);
  });
});
