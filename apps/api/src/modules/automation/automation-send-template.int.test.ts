// The SEND_TEMPLATE action through a real SMTP server: a rule on created clients mails its template, merged, once to
// each consenting person (not to persons without consent nor to an erased person's address, both counted in the run
// summary); a fixed address; validation of the template and the address.
import crypto from 'node:crypto';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { errorCode, startTestApi, type TestApi } from '../../test/api.ts';
import { startSmtpSink, type SmtpSink } from '../../test/smtp-sink.ts';
import { ensureDefaultDictionaries } from '../dictionaries/index.ts';
import { queueSystemMails, registerSystemMailJobs } from '../mail/index.ts';
import { notificationMailCheck } from '../notifications/index.ts';
import { automationTick } from './index.ts';

let api: TestApi;
let sink: SmtpSink;
let admin: string;
let manager: { id: string; email: string };
let templateId: string;

const CREATE = `mutation($input:AutomationRuleInput!){ createAutomationRule(input:$input){ id } }`;
const RUNS = `query($id:ID!){ automationRuns(ruleId:$id){ edges { node { matched summary error } } } }`;

type Run = { matched: number; summary: Record<string, number>; error: string | null };
async function runs(ruleId: string): Promise<Run[]> {
  const res = await api.gql<{ automationRuns: { edges: { node: Run }[] } }>(RUNS, { id: ruleId }, { cookie: admin });
  return res.data!.automationRuns.edges.map((e) => e.node);
}

async function rule(name: string, action: Record<string, unknown>) {
  const input = { name, entity: 'CLIENT', trigger: 'CREATED', actions: [action], enabled: true };
  return api.gql<{ createAutomationRule: { id: string } }>(CREATE, { input }, { cookie: admin });
}

async function clientWith(name: string, persons: { first: string; email: string; consent: boolean }[]) {
  const client = await api.db.client.create({ data: { kind: 'LEGAL', name, accountManagerId: manager.id } });
  for (const p of persons) {
    const person = await api.db.person.create({
      data: { firstName: p.first, lastName: 'Nováková', emails: [p.email], marketingConsent: p.consent },
    });
    await api.db.clientPerson.create({ data: { clientId: client.id, personId: person.id } });
  }
  return client;
}

async function tickAndSend() {
  await automationTick(api.db);
  await queueSystemMails(api.db, api.jobs);
}

const hash = (address: string) => crypto.createHash('sha256').update(address.trim().toLowerCase()).digest('hex');

beforeAll(async () => {
  sink = await startSmtpSink();
  api = await startTestApi();
  await ensureDefaultDictionaries(api.db);
  registerSystemMailJobs(api.jobs, api.db, api.config, {
    retryDelay: 1,
    notificationCheck: notificationMailCheck(api.db),
  });
  await api.jobs.start();
  const a = await api.createUser('administrator');
  admin = await api.login(a.email, a.password);
  const m = await api.createUser('manager', { name: 'Marta Manažerka' });
  manager = { id: m.id, email: m.email };
  const data = { host: sink.host, port: sink.port, security: 'NONE' as const, fromAddress: 'crm@example.test' };
  await api.db.mailSettings.create({ data: { id: 1, ...data } });
  const template = await api.db.emailTemplate.create({
    data: {
      name: 'Welcome',
      language: 'cs',
      subject: 'Vítejte, {{client.name}}',
      bodyHtml: '<p>{{salutation}},</p><p>děkujeme. {{agent.name}}</p>',
      createdById: a.id,
    },
  });
  templateId = template.id;
});
afterAll(async () => {
  await api?.close();
  await sink?.close();
});

describe('automation: send an e-mail template', () => {
  it('refuses an unknown template and a fixed-address action without an address, naming the field', async () => {
    const unknown = await rule('x', { type: 'SEND_TEMPLATE', templateId: crypto.randomUUID(), to: 'PERSONS' });
    expect(errorCode(unknown)).toBe('BAD_USER_INPUT');
    expect(unknown.errors![0]!.extensions!.field).toBe('input.actions.0.templateId');
    const noAddress = await rule('y', { type: 'SEND_TEMPLATE', templateId, to: 'ADDRESS' });
    expect(noAddress.errors![0]!.extensions!.field).toBe('input.actions.0.address');
  });

  it('mails the merged template once to consenting persons of a created client; the rest is in the run summary', async () => {
    const created = await rule('Welcome new clients', { type: 'SEND_TEMPLATE', templateId, to: 'PERSONS' });
    expect(created.errors).toBeUndefined();
    const ruleId = created.data!.createAutomationRule.id;
    await api.db.emailSuppressionHash.create({ data: { hash: hash('Erased@Example.test'), reason: 'ERASED' } });
    await clientWith('Pekárna Novák', [
      { first: 'Jana', email: 'jana@example.test', consent: true },
      { first: 'Petra', email: 'petra@example.test', consent: false },
      { first: 'Eva', email: 'erased@example.test', consent: true },
    ]);
    await tickAndSend();
    await sink.waitFor(1);
    // Later ticks and sweeps send nothing more.
    await tickAndSend();
    await new Promise((r) => setTimeout(r, 2000));
    expect(sink.messages).toHaveLength(1);
    const mail = sink.messages[0]!;
    expect(mail.envelope.to).toEqual(['jana@example.test']);
    expect(mail.parsed.subject).toBe('Vítejte, Pekárna Novák');
    expect(mail.parsed.html).toContain('Marta Manažerka');
    expect(mail.parsed.html).toMatch(/Jan[oa]|Nováková/);
    expect(mail.parsed.messageId).toMatch(/^<automation\.[0-9a-f-]{36}@example\.test>$/);
    const [run] = await runs(ruleId);
    expect(run!.summary).toMatchObject({ emails: 1, emailsNoConsent: 1, emailsSuppressed: 1, emailsNoAddress: 0 });
    expect(await api.db.systemMail.findMany({ select: { state: true, toAddress: true } })).toEqual([
      { state: 'SENT', toAddress: 'jana@example.test' },
    ]);
  });

  it('sends nothing for a client whose only person has no consent, and says so in the run', async () => {
    await api.db.automationRule.updateMany({ data: { enabled: false } });
    const created = await rule('Welcome again', { type: 'SEND_TEMPLATE', templateId, to: 'PERSONS' });
    const before = sink.messages.length;
    await clientWith('Bez souhlasu s.r.o.', [{ first: 'Karel', email: 'karel@example.test', consent: false }]);
    await tickAndSend();
    await new Promise((r) => setTimeout(r, 1500));
    expect(sink.messages.length).toBe(before);
    const [run] = await runs(created.data!.createAutomationRule.id);
    expect(run).toMatchObject({ matched: 1, error: null });
    expect(run!.summary).toMatchObject({ emails: 0, emailsNoConsent: 1 });
  });

  it('mails the account manager (a role) and a fixed address', async () => {
    await api.db.automationRule.updateMany({ data: { enabled: false } });
    await rule('Tell the manager', { type: 'SEND_TEMPLATE', templateId, to: 'ACCOUNT_MANAGER' });
    await rule('Tell the office', { type: 'SEND_TEMPLATE', templateId, to: 'ADDRESS', address: 'office@example.test' });
    const before = sink.messages.length;
    await clientWith('Nový klient', []);
    await tickAndSend();
    await sink.waitFor(before + 2);
    const to = sink.messages.slice(before).flatMap((m) => m.envelope.to);
    expect(to.sort()).toEqual(['office@example.test', manager.email.toLowerCase()].sort());
  });

  it('puts a working one-click unsubscribe link in a person’s rule mail; after the POST the next one is suppressed', async () => {
    await api.db.automationRule.updateMany({ data: { enabled: false } });
    const template = await api.db.emailTemplate.create({
      data: {
        name: 'With unsubscribe',
        language: 'cs',
        subject: 'Novinky',
        bodyHtml: '<p>{{salutation}}</p><p><a href="{{unsubscribeUrl}}">Odhlásit</a></p>',
        createdById: manager.id,
      },
    });
    const created = await rule('News', { type: 'SEND_TEMPLATE', templateId: template.id, to: 'PERSONS' });
    const ruleId = created.data!.createAutomationRule.id;
    await rule('News to the office', {
      type: 'SEND_TEMPLATE',
      templateId: template.id,
      to: 'ADDRESS',
      address: 'desk@example.test',
    });
    const before = sink.messages.length;
    await clientWith('Odběratel a.s.', [{ first: 'Věra', email: 'Vera@Example.test', consent: true }]);
    await tickAndSend();
    await sink.waitFor(before + 2);
    const mail = sink.messages.slice(before).find((m) => m.envelope.to[0]?.toLowerCase() === 'vera@example.test')!;
    expect(mail.raw).toMatch(/^List-Unsubscribe-Post: List-Unsubscribe=One-Click\r?$/m);
    const header = /^List-Unsubscribe:\s+<(http:\/\/localhost:\d+(\/api\/unsubscribe\/[0-9a-f]{64}))>/m.exec(mail.raw);
    expect(header).not.toBeNull();
    // The same URL in the body's link, where the template has {{unsubscribeUrl}}.
    expect(mail.parsed.html).toContain(`href="${header![1]}"`);
    // A colleague's or a fixed address's copy has no unsubscribe link (not marketing mail) and no placeholder left.
    const office = sink.to('desk@example.test').at(-1)!;
    expect(office.raw).not.toMatch(/^List-Unsubscribe/m);
    expect(office.parsed.html).not.toContain('veza-unsubscribe-url');
    expect(office.parsed.html).toContain('href=""');

    const post = await api.raw(header![2]!, {
      method: 'POST',
      headers: { 'content-type': 'application/x-www-form-urlencoded' },
      body: 'List-Unsubscribe=One-Click',
    });
    expect(post.status).toBe(200);
    const person = await api.db.person.findFirstOrThrow({ where: { emails: { has: 'Vera@Example.test' } } });
    expect(person).toMatchObject({ marketingConsent: false, consentSource: 'unsubscribe link' });

    // The next rule mail to that address (another client's consenting person with it) is suppressed.
    const after = sink.messages.length;
    await clientWith('Druhý odběratel', [{ first: 'Věra', email: 'vera@example.test', consent: true }]);
    await tickAndSend();
    await sink.waitFor(after + 1);
    await new Promise((r) => setTimeout(r, 1500));
    expect(sink.messages.slice(after).flatMap((m) => m.envelope.to)).toEqual(['desk@example.test']);
    const [run] = await runs(ruleId);
    expect(run!.summary).toMatchObject({ emails: 0, emailsSuppressed: 1 });
  });
});
