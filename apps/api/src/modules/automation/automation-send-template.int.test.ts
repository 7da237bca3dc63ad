// The SEND_TEMPLATE action through a real SMTP server: a rule on created clients mails its template, merged, once to
// each consenting person (not to persons without consent nor to an erased person's address, both counted in the run
// summary); a fixed address; validation of the template and the address.
import crypto from 'node:crypto';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { errorCode, startTestApi, type TestApi } from '../../test/api.ts';
import { startSmtpSink, type SmtpSink } from '../../test/smtp-sink.ts';
import { ensureDefaultDictionaries } from '../dictionaries/index.ts';
import { automationTick, queueAutomationEmails, registerAutomationJobs } from './index.ts';

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
  await queueAutomationEmails(api.db, api.jobs);
}

const hash = (address: string) => crypto.createHash('sha256').update(address.trim().toLowerCase()).digest('hex');

beforeAll(async () => {
  sink = await startSmtpSink();
  api = await startTestApi();
  await ensureDefaultDictionaries(api.db);
  registerAutomationJobs(api.jobs, api.db, api.config, { retryDelay: 1 });
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
    expect(await api.db.automationEmail.findMany({ select: { state: true, toAddress: true } })).toEqual([
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
});
