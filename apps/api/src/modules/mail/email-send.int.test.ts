// One-off e-mails through a real SMTP server: one message per chosen person with their own salutation, attachments
// of the client's files, a done E-mail activity in the client's history, and the client's E-mails list.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { errorCode, startTestApi, type TestApi } from '../../test/api.ts';
import { startSmtpSink, type SmtpSink } from '../../test/smtp-sink.ts';
import { globalId } from '../../graphql/ids.ts';
import { ensureDefaultDictionaries } from '../dictionaries/index.ts';
import { registerMailJobs } from './index.ts';

let api: TestApi;
let sink: SmtpSink;
let agent: string;
let outsider: string;
let ids: { client: string; jan: string; eva: string; noMail: string; foreign: string; file: string; otherFile: string };

const SEND = `mutation($input: SendEmailInput!) { sendEmail(input: $input) { id to subject state messageId personId activityId } }`;
const LIST = `query($id: ID!) { node(id: $id) { ... on Client { emailMessages(first: 10) { totalCount edges { node { to state subject } } } } } }`;

async function upload(cookie: string, ownerId: string, name: string, text: string) {
  const form = new FormData();
  form.append('file', new Blob([text], { type: 'text/plain' }), name);
  const res = await api.raw('/api/files', {
    method: 'POST',
    headers: { cookie, 'apollo-require-preflight': '1' },
    body: form,
  });
  const file = (await res.json()) as { id: string };
  const attached = await api.gql<{ attachFile: { id: string } }>(
    `mutation($input: AttachFileInput!) { attachFile(input: $input) { id } }`,
    { input: { fileId: file.id, ownerId } },
    { cookie },
  );
  return attached.data!.attachFile.id;
}

async function person(clientId: string | null, firstName: string, lastName: string, emails: string[]) {
  const p = await api.db.person.create({ data: { firstName, lastName, emails } });
  if (clientId)
    await api.db.clientPerson.create({ data: { clientId, personId: p.id, isPrimary: firstName === 'Jan' } });
  return globalId('Person', p.id);
}

const input = (extra: Record<string, unknown> = {}) => ({
  clientId: ids.client,
  personIds: [ids.jan, ids.eva],
  language: 'cs',
  subject: 'Nabídka pro {{client.name}}',
  bodyHtml: '<p>{{salutation}},</p><p>v příloze posíláme nabídku.</p>',
  attachmentIds: [ids.file],
  ...extra,
});

beforeAll(async () => {
  sink = await startSmtpSink();
  api = await startTestApi();
  await ensureDefaultDictionaries(api.db);
  registerMailJobs(api.jobs, api.db, api.config, { retryDelay: 1 });
  await api.jobs.start();
  const admin = await api.createUser('administrator');
  const adminCookie = await api.login(admin.email, admin.password);
  const a = await api.createUser('agent', { name: 'Ivana Agent' });
  agent = await api.login(a.email, a.password);
  const o = await api.createUser('agent');
  await api.db.user.update({ where: { id: o.id }, data: { profiles: { deleteMany: {} } } });
  outsider = await api.login(o.email, o.password);
  const settings = {
    host: sink.host,
    port: sink.port,
    security: 'NONE',
    fromAddress: 'crm@example.test',
    ratePerSecond: 50,
    version: 0,
  };
  expect(
    (
      await api.gql(
        `mutation($i: UpdateMailSettingsInput!) { updateMailSettings(input: $i) { version } }`,
        { i: settings },
        { cookie: adminCookie },
      )
    ).errors,
  ).toBeUndefined();
  const client = await api.db.client.create({ data: { kind: 'LEGAL', name: 'Novák & syn', accountManagerId: a.id } });
  const other = await api.db.client.create({ data: { kind: 'LEGAL', name: 'Other', accountManagerId: a.id } });
  const clientId = globalId('Client', client.id);
  ids = {
    client: clientId,
    jan: await person(client.id, 'Jan', 'Novák', ['jan@novak.test']),
    eva: await person(client.id, 'Eva', 'Nováková', ['eva@novak.test', 'eva2@novak.test']),
    noMail: await person(client.id, 'Petr', 'Bez', []),
    foreign: await person(other.id, 'Cizí', 'Osoba', ['cizi@other.test']),
    file: '',
    otherFile: '',
  };
  ids.file = await upload(agent, clientId, 'nabidka.txt', 'Cena: 1000 Kč');
  ids.otherFile = await upload(agent, globalId('Client', other.id), 'jine.txt', 'secret of another client');
});
afterAll(async () => {
  await api.close();
  await sink.close();
});

describe('sending a one-off e-mail', () => {
  it('sends one message per person with their vocative salutation and the file, and logs done E-mail activities', async () => {
    const res = await api.gql<{ sendEmail: { id: string; to: string; messageId: string; activityId: string }[] }>(
      SEND,
      { input: input() },
      { cookie: agent },
    );
    expect(res.errors).toBeUndefined();
    const sent = res.data!.sendEmail;
    expect(sent.map((m) => m.to).sort()).toEqual(['eva@novak.test', 'jan@novak.test']);
    const mails = await sink.waitFor(2);
    const jan = sink.to('jan@novak.test')[0]!;
    const eva = sink.to('eva@novak.test')[0]!;
    expect(jan.parsed.subject).toBe('Nabídka pro Novák & syn');
    expect(jan.parsed.html).toContain('<p>Vážený pane Nováku,</p>');
    expect(eva.parsed.html).toContain('<p>Vážená paní Nováková,</p>');
    expect(jan.parsed.text).toContain('Vážený pane Nováku,');
    expect(mails.every((m) => m.envelope.to.length === 1)).toBe(true);
    expect(jan.parsed.attachments.map((f) => [f.filename, f.content.toString()])).toEqual([
      ['nabidka.txt', 'Cena: 1000 Kč'],
    ]);
    expect(jan.parsed.messageId).toBe(sent.find((m) => m.to === 'jan@novak.test')!.messageId);
    const activities = await api.db.activity.findMany({
      where: { subject: 'Nabídka pro Novák & syn', deletedAt: null },
      include: { type: true },
    });
    expect(activities).toHaveLength(2);
    expect(activities.every((a) => a.status === 'DONE' && a.type.key === 'sent_email' && a.closedAt)).toBe(true);
    expect(activities.map((a) => globalId('Activity', a.id)).sort()).toEqual(sent.map((m) => m.activityId).sort());
  });

  it('lists the client’s mail with its delivery state', async () => {
    for (let i = 0; i < 50; i++) {
      const res = await api.gql<{ node: { emailMessages: { edges: { node: { state: string } }[] } } }>(
        LIST,
        { id: ids.client },
        { cookie: agent },
      );
      if (res.data!.node.emailMessages.edges.every((e) => e.node.state === 'SENT')) break;
      await new Promise((r) => setTimeout(r, 200));
    }
    const res = await api.gql(LIST, { id: ids.client }, { cookie: agent });
    expect(res.data).toMatchObject({
      node: {
        emailMessages: { totalCount: 2, edges: [{ state: 'SENT' }, { state: 'SENT' }].map((node) => ({ node })) },
      },
    });
  });

  type Key = keyof typeof ids;
  it.each<[string, Record<string, string | Key[]>, string, string]>([
    ['a person without an e-mail address', { personIds: ['noMail'] }, 'input.personIds.0', 'mail.validation.noAddress'],
    [
      'a person of another client',
      { personIds: ['jan', 'foreign'] },
      'input.personIds.1',
      'mail.validation.notClientPerson',
    ],
    ['another client’s file', { attachmentIds: ['otherFile'] }, 'input.attachmentIds.0', 'mail.validation.attachment'],
    ['an unknown merge field', { bodyHtml: '{{person.emails}}' }, 'input.bodyHtml', 'mail.template.unknownField'],
    [
      'a subject with a line break',
      { subject: 'Hi\r\nBcc: x@example.test' },
      'input.subject',
      'mail.validation.lineBreak',
    ],
    ['no recipient', { personIds: [] }, 'input.personIds', 'mail.validation.noRecipients'],
  ])('refuses %s, naming the field', async (_what, extra, field, message) => {
    // Record ids exist only after beforeAll, so the table names them and they are looked up here.
    const patch = Object.fromEntries(
      Object.entries(extra).map(([k, v]) => [k, Array.isArray(v) ? v.map((key) => ids[key]) : v]),
    );
    const res = await api.gql(SEND, { input: input(patch) }, { cookie: agent });
    expect(res.errors?.[0]?.extensions).toMatchObject({ code: 'BAD_USER_INPUT', field });
    expect(res.errors?.[0]?.message).toBe(message);
  });

  it('is refused to a user without mail.send', async () => {
    expect(errorCode(await api.gql(SEND, { input: input() }, { cookie: outsider }))).toBe('FORBIDDEN');
  });
});
