// Notifications on the EMAIL channel through a real SMTP server (smtp-server + mailparser): one mail per notification
// in the recipient's language with an absolute link; once with two job workers on one database and duplicated jobs;
// a relay that is down is retried and mails once when it is back; no SMTP settings leave it in-app with the reason.
// The link is checked again when the mail is sent (background.ts hands the notifications module's check to the
// worker, as here): a record the recipient lost since is not linked, a recipient deactivated since is not mailed.
import { toGlobalId } from '@veza/shared';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Config } from '../../config/env.ts';
import { startTestApi, type TestApi } from '../../test/api.ts';
import { freePort, startSmtpSink, type SmtpSink } from '../../test/smtp-sink.ts';
import { createJobs, type Jobs } from '../jobs/index.ts';
import { closeTransports, queueSystemMails, registerSystemMailJobs, SYSTEM_MAIL_QUEUE } from '../mail/index.ts';
import { notificationMailCheck, notify } from './index.ts';

let api: TestApi;
let sink: SmtpSink;
let config: Config;
let second: Jobs;
const users: Record<'pl' | 'cs' | 'en', { id: string; email: string; cookie: string }> = {} as never;

const LIST = `{ notifications(first: 50) { edges { node { text read email { state sentAt error } } } } }`;
type Listed = {
  text: string;
  read: boolean;
  email: { state: string; sentAt: string | null; error: string | null } | null;
};

async function listed(cookie: string): Promise<Listed[]> {
  const res = await api.gql<{ notifications: { edges: { node: Listed }[] } }>(LIST, {}, { cookie });
  return res.data!.notifications.edges.map((e) => e.node);
}

async function relay(port: number | null) {
  if (port === null) return api.db.mailSettings.deleteMany();
  const data = { host: '127.0.0.1', port, security: 'NONE' as const, fromAddress: 'crm@example.test' };
  await api.db.mailSettings.upsert({ where: { id: 1 }, create: { id: 1, ...data }, update: data });
}

async function user(locale: 'pl' | 'cs' | 'en', channel: 'EMAIL' | 'IN_APP') {
  const u = await api.createUser('agent', { name: `User ${locale}` });
  await api.db.user.update({ where: { id: u.id }, data: { locale } });
  await api.db.notificationSetting.create({ data: { userId: u.id, kind: 'IMPORT_FINISHED', channel } });
  return { id: u.id, email: u.email, cookie: await api.login(u.email, u.password) };
}

async function settle(ms = 1500) {
  await new Promise((r) => setTimeout(r, ms));
}

beforeAll(async () => {
  sink = await startSmtpSink();
  api = await startTestApi();
  config = { ...api.config, publicUrl: 'https://crm.example.test' };
  const notificationCheck = notificationMailCheck(api.db);
  registerSystemMailJobs(api.jobs, api.db, config, { retryDelay: 1, notificationCheck });
  await api.jobs.start();
  // A second worker process's job system on the same database.
  second = createJobs({ databaseUrl: api.databaseUrl, role: 'all', pollingIntervalSeconds: 0.5 });
  registerSystemMailJobs(second, api.db, config, { retryDelay: 1, notificationCheck });
  await second.start();
  users.pl = await user('pl', 'EMAIL');
  users.cs = await user('cs', 'EMAIL');
  users.en = await user('en', 'IN_APP');
});
afterAll(async () => {
  await second?.stop();
  await api?.close();
  await sink?.close();
});

describe('notification e-mails', () => {
  it('without SMTP settings stays in-app, unread, with the reason shown, and is not retried', async () => {
    await relay(null);
    await notify(api.db, {
      recipientIds: [users.pl.id],
      kind: 'IMPORT_FINISHED',
      params: { name: 'a.csv', summary: '1' },
    });
    await queueSystemMails(api.db, api.jobs);
    await expect.poll(async () => (await listed(users.pl.cookie))[0]!.email!.state, { timeout: 15_000 }).toBe('FAILED');
    const [n] = await listed(users.pl.cookie);
    expect(n).toMatchObject({ read: false, text: 'Import „a.csv” zakończony: 1' });
    expect(n!.email!.error).toMatch(/not configured/);
    expect(sink.messages).toHaveLength(0);
  });

  it('mails each EMAIL notification once, in the recipient’s language, linking the page absolutely', async () => {
    await relay(sink.port);
    const link = '/imports?job=SW1wb3J0Sm9iOjE';
    const created = await notify(api.db, {
      recipientIds: [users.pl.id, users.cs.id, users.en.id],
      kind: 'IMPORT_FINISHED',
      params: { name: 'b.csv', summary: '120' },
      link,
    });
    expect(created).toBe(3);
    expect(await queueSystemMails(api.db, api.jobs)).toBe(2);
    await sink.waitFor(2);
    await settle();
    expect(sink.messages).toHaveLength(2);
    const pl = sink.to(users.pl.email)[0]!.parsed;
    expect(pl.subject).toBe('Import „b.csv” zakończony: 120');
    expect(pl.html).toContain(`href="https://crm.example.test${link}"`);
    expect(pl.html).toContain('Otwórz w Veza');
    expect(pl.text).toContain(`https://crm.example.test${link}`);
    expect(pl.messageId).toMatch(/^<notification\.[0-9a-f-]{36}@example\.test>$/);
    const cs = sink.to(users.cs.email)[0]!.parsed;
    expect(cs.subject).toBe('Import „b.csv“ dokončen: 120');
    expect(cs.html).toContain('Otevřít ve Veze');
    expect(sink.to(users.en.email)).toHaveLength(0);
    expect((await listed(users.pl.cookie))[0]!.email).toMatchObject({ state: 'SENT', error: null });
    expect((await listed(users.en.cookie))[0]!.email).toBeNull();
    // A later sweep finds nothing left to send.
    expect(await queueSystemMails(api.db, api.jobs)).toBe(0);
  });

  it('sends once with two workers, two sweeps at once and a duplicate job for every notification', async () => {
    const before = sink.messages.length;
    const inputs = Array.from({ length: 20 }, (_, i) => ({
      recipientIds: [users.cs.id],
      kind: 'IMPORT_FINISHED' as const,
      params: { name: `c${i}.csv`, summary: String(i) },
    }));
    const since = new Date();
    for (const input of inputs) await notify(api.db, input);
    const queued = await Promise.all([queueSystemMails(api.db, api.jobs), queueSystemMails(api.db, second)]);
    expect(queued[0] + queued[1]).toBe(20);
    // A duplicate job per notification on the other worker (no singleton key): the row's claim still sends once.
    // Every one of the 20, whether the workers have sent it already or not (on a fast machine some are sent by now).
    const ids = await api.db.systemMail.findMany({
      where: { notification: { recipientId: users.cs.id, createdAt: { gte: since } } },
      select: { id: true },
    });
    expect(ids).toHaveLength(20);
    for (const { id } of ids) await second.send(SYSTEM_MAIL_QUEUE, { id });
    await sink.waitFor(before + 20, 30_000);
    await settle(3000);
    const fresh = sink.messages.slice(before);
    expect(fresh).toHaveLength(20);
    expect(new Set(fresh.map((m) => m.parsed.messageId)).size).toBe(20);
    const sent = { state: 'SENT' as const, notification: { recipientId: users.cs.id } };
    expect(await api.db.systemMail.count({ where: sent })).toBe(21);
  });

  it('checks the link when it sends: a client reassigned since is not linked, a deactivated user not mailed', async () => {
    await relay(sink.port);
    const before = sink.messages.length;
    const [kept, moved] = await Promise.all(
      ['Kept', 'Lost'].map((name) =>
        api.db.client.create({ data: { kind: 'LEGAL', name, accountManagerId: users.pl.id } }),
      ),
    );
    const gone = await user('cs', 'EMAIL');
    const link = (id: string) => `/clients/${toGlobalId('Client', id)}`;
    // Written for readers who could open the records; before the mail goes out the client moves to another agent and
    // a recipient is deactivated (in the same transaction, so no sweep sends in between).
    await api.db.$transaction(async (tx) => {
      for (const c of [kept, moved]) {
        const params = { name: `${c.name}.csv`, summary: '1' };
        await notify(tx, { recipientIds: [users.pl.id], kind: 'IMPORT_FINISHED', params, link: link(c.id) });
      }
      const params = { name: 'gone.csv', summary: '1' };
      await notify(tx, { recipientIds: [gone.id], kind: 'IMPORT_FINISHED', params, link: link(kept.id) });
      await tx.client.update({ where: { id: moved.id }, data: { accountManagerId: users.cs.id } });
      await tx.user.update({ where: { id: gone.id }, data: { active: false } });
    });
    await queueSystemMails(api.db, api.jobs);
    const goneMail = { notification: { recipientId: gone.id } };
    await expect
      .poll(async () => (await api.db.systemMail.findFirst({ where: goneMail }))?.state, { timeout: 15_000 })
      .toBe('FAILED');
    await sink.waitFor(before + 2);
    await settle();
    expect(sink.messages.slice(before).map((m) => m.parsed.subject)).toHaveLength(2);
    const mail = (name: string) => sink.to(users.pl.email).find((m) => m.parsed.subject?.includes(name))!.parsed;
    expect(mail('Kept.csv').html).toContain(`href="https://crm.example.test${link(kept.id)}"`);
    expect(mail('Lost.csv').html).not.toContain('/clients/');
    expect(mail('Lost.csv').html).not.toContain('Otwórz w Veza');
    expect(mail('Lost.csv').html).toContain('Import „Lost.csv” zakończony: 1');
    expect(sink.to(gone.email)).toHaveLength(0);
    expect(await api.db.systemMail.findFirst({ where: goneMail })).toMatchObject({ error: 'Recipient deactivated' });
  });

  it('retries while the relay is down and mails once when it is back', async () => {
    // The earlier tests' mails are all out first: one still queued would go to the relay below and be counted there.
    const pending = () => api.db.systemMail.count({ where: { state: 'PENDING' } });
    await expect.poll(pending, { timeout: 30_000 }).toBe(0);
    const port = await freePort();
    await relay(port);
    await notify(api.db, {
      recipientIds: [users.pl.id],
      kind: 'IMPORT_FINISHED',
      params: { name: 'd.csv', summary: '4' },
    });
    await queueSystemMails(api.db, api.jobs);
    await expect.poll(async () => (await listed(users.pl.cookie))[0]!.email!.error, { timeout: 15_000 }).toBeTruthy();
    expect((await listed(users.pl.cookie))[0]!.email!.state).toBe('PENDING');
    const back = await startSmtpSink({ port });
    try {
      await back.waitFor(1, 30_000);
      await settle(3000);
      expect(back.messages).toHaveLength(1);
      expect(back.messages[0]!.parsed.subject).toBe('Import „d.csv” zakończony: 4');
      const row = await api.db.systemMail.findFirstOrThrow({
        where: { notification: { text: { contains: 'd.csv' } } },
      });
      expect(row).toMatchObject({ state: 'SENT', error: null });
      expect(row.attempts).toBeGreaterThanOrEqual(2);
    } finally {
      closeTransports(); // the pooled connection would keep the sink from closing
      await back.close();
    }
  }, 60_000);
});
