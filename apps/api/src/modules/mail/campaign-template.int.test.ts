// A campaign made from a template, sent through a real SMTP server: the template's files (kept on the campaign when
// it is saved) arrive intact as attachments of every message, and the history gets one SENDING → SENT entry with
// the outcome (sent, failed, suppressed) even when several senders, each with its own connection pool, finish at once.
import crypto from 'node:crypto';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createPrisma } from '../../db/prisma.ts';
import { globalId } from '../../graphql/ids.ts';
import { startTestApi, type TestApi } from '../../test/api.ts';
import { startSmtpSink, type SmtpSink } from '../../test/smtp-sink.ts';
import { ensureDefaultDictionaries } from '../dictionaries/index.ts';
import { runCampaignSender } from './index.ts';

let api: TestApi;
let sink: SmtpSink;
let authorId: string;
let author: string;
let approver: string;

const rowId = (id: string) => Buffer.from(id, 'base64').toString().split(':')[1]!;
const sha = (b: Buffer) => crypto.createHash('sha256').update(b).digest('hex');
const CAMPAIGN = `{ id version state templateId attachments { name mimeType }
  history { fromState toState userName outcome { total sent failed suppressed } } }`;
type Campaign = {
  id: string;
  version: number;
  state: string;
  templateId: string | null;
  attachments: { name: string; mimeType: string }[];
  history: {
    fromState: string | null;
    toState: string;
    userName: string;
    outcome: { total: number; sent: number; failed: number; suppressed: number } | null;
  }[];
};

async function upload(ownerId: string, name: string, bytes: Buffer, type: string) {
  const form = new FormData();
  form.append('file', new Blob([new Uint8Array(bytes)], { type }), name);
  const res = await api.raw('/api/files', {
    method: 'POST',
    headers: { cookie: author, 'apollo-require-preflight': '1' },
    body: form,
  });
  const file = (await res.json()) as { id: string };
  const attached = await api.gql(
    `mutation($input: AttachFileInput!) { attachFile(input: $input) { id } }`,
    { input: { fileId: file.id, ownerId } },
    { cookie: author },
  );
  expect(attached.errors).toBeUndefined();
}

async function template(name: string) {
  const res = await api.gql<{ createEmailTemplate: { id: string } }>(
    `mutation($input: EmailTemplateInput!) { createEmailTemplate(input: $input) { id } }`,
    { input: { name, language: 'pl', subject: 'Cennik {{client.name}}', bodyHtml: '<p>{{salutation}},</p>' } },
    { cookie: author },
  );
  expect(res.errors).toBeUndefined();
  return res.data!.createEmailTemplate.id;
}

/** `count` consenting persons of one client in a new group; returns the group's global id. */
async function group(prefix: string, count: number) {
  const client = await api.db.client.create({ data: { kind: 'LEGAL', name: `${prefix} sp. z o.o.` } });
  const g = await api.db.mailingGroup.create({ data: { name: prefix, createdById: authorId } });
  const persons = Array.from({ length: count }, (_, i) => ({
    id: crypto.randomUUID(),
    firstName: `Anna${i}`,
    lastName: 'Nowak',
    emails: [`${prefix}-${i}@example.test`],
    marketingConsent: true,
  }));
  await api.db.person.createMany({ data: persons });
  await api.db.clientPerson.createMany({ data: persons.map((p) => ({ clientId: client.id, personId: p.id })) });
  await api.db.mailingGroupMember.createMany({
    data: persons.map((p) => ({ groupId: g.id, personId: p.id, addedById: authorId })),
  });
  return globalId('MailingGroup', g.id);
}

async function transition(step: 'submit' | 'approve', c: Campaign, cookie: string) {
  const res = await api.gql<Record<string, Campaign>>(
    `mutation($input: EmailCampaignTransitionInput!) { ${step}EmailCampaign(input: $input) ${CAMPAIGN} }`,
    { input: { id: c.id, version: c.version } },
    { cookie },
  );
  expect(res.errors).toBeUndefined();
  return res.data![`${step}EmailCampaign`]!;
}

async function createCampaign(name: string, groupId: string, templateId: string | null) {
  const input = { name, language: 'pl', subject: 'Cennik {{client.name}}', bodyHtml: '<p>{{salutation}},</p>' };
  return api.gql<{ createEmailCampaign: Campaign }>(
    `mutation($input: EmailCampaignInput!) { createEmailCampaign(input: $input) ${CAMPAIGN} }`,
    { input: { ...input, groupIds: [groupId], templateId } },
    { cookie: author },
  );
}

async function approvedCampaign(name: string, groupId: string, templateId: string | null) {
  const created = await createCampaign(name, groupId, templateId);
  expect(created.errors).toBeUndefined();
  return transition('approve', await transition('submit', created.data!.createEmailCampaign, author), approver);
}

async function campaign(id: string) {
  const res = await api.gql<{ emailCampaign: Campaign }>(
    `query($id: ID!) { emailCampaign(id: $id) ${CAMPAIGN} }`,
    { id },
    { cookie: author },
  );
  return res.data!.emailCampaign;
}

beforeAll(async () => {
  sink = await startSmtpSink();
  api = await startTestApi();
  await ensureDefaultDictionaries(api.db);
  const [a, b, admin] = await Promise.all([
    api.createUser('manager', { name: 'Author' }),
    api.createUser('manager', { name: 'Approver' }),
    api.createUser('administrator'),
  ]);
  authorId = a.id;
  [author, approver] = [await api.login(a.email, a.password), await api.login(b.email, b.password)];
  const settings = { host: sink.host, port: sink.port, security: 'NONE', fromAddress: 'news@example.test' };
  const saved = await api.gql(
    `mutation($i: UpdateMailSettingsInput!) { updateMailSettings(input: $i) { version } }`,
    { i: { ...settings, ratePerSecond: 1000, version: 0 } },
    { cookie: await api.login(admin.email, admin.password) },
  );
  expect(saved.errors).toBeUndefined();
});
afterAll(async () => {
  await api.close();
  await sink.close();
});

describe('a campaign from a template', () => {
  it('keeps the template and its files, and every message carries them intact', async () => {
    const templateId = await template('Cennik');
    // Binary bytes (NUL, high bytes) and a text file large enough to be streamed in several chunks.
    const binary = crypto.randomBytes(64 * 1024);
    const text = Buffer.from('Pozycja;Cena zł\n'.repeat(20_000), 'utf8');
    await upload(templateId, 'dane.bin', binary, 'application/octet-stream');
    await upload(templateId, 'cennik.csv', text, 'text/csv');
    const groupId = await group('tpl', 3);
    const c = await approvedCampaign('Cennik 2027', groupId, templateId);
    expect(c.templateId).toBe(templateId);
    expect(c.attachments.map((f) => f.name)).toEqual(['dane.bin', 'cennik.csv']);
    // Deleting the template's file afterwards does not change what was approved.
    await api.db.attachment.updateMany({ where: { ownerId: rowId(templateId) }, data: { deletedAt: new Date() } });
    await runCampaignSender(api.db, api.config, 'tpl-1', { retrySeconds: 0 });
    const got = sink.messages.filter((m) => m.envelope.to[0]!.startsWith('tpl-'));
    expect(got).toHaveLength(3);
    for (const m of got) {
      const files = m.parsed.attachments.map((a) => [a.filename, sha(a.content)]);
      expect(files).toEqual([
        ['dane.bin', sha(binary)],
        ['cennik.csv', sha(text)],
      ]);
    }
  });

  it('refuses a template that does not exist, naming the field; without one the campaign has no files', async () => {
    const groupId = await group('tplbad', 1);
    const bad = await createCampaign('Bad', groupId, globalId('EmailTemplate', crypto.randomUUID()));
    expect(bad.errors?.[0]?.extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: 'input.templateId' });
    const wrongKind = await createCampaign('Bad', groupId, groupId);
    expect(wrongKind.errors?.[0]?.extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: 'input.templateId' });
    const plain = await createCampaign('Plain', groupId, null);
    expect(plain.data!.createEmailCampaign).toMatchObject({ templateId: null, attachments: [] });
  });
});

describe('the SENDING → SENT history entry', () => {
  it('is written once with the outcome when three senders with their own pools finish at once', async () => {
    const groupId = await group('hist', 12);
    sink.refuseRecipient('hist-5@example.test', 550);
    await api.db.emailSuppression.create({ data: { address: 'hist-7@example.test', reason: 'BOUNCED' } });
    const c = await approvedCampaign('Historia', groupId, null);
    const pools = [api.db, createPrisma(api.databaseUrl), createPrisma(api.databaseUrl)];
    try {
      await Promise.all(
        pools.map((db, i) => runCampaignSender(db, api.config, `hist-${i}`, { batchSize: 2, retrySeconds: 0 })),
      );
      // Senders that come late (the next minute's run) find it SENT and write nothing more.
      await Promise.all(pools.map((db, i) => runCampaignSender(db, api.config, `late-${i}`, { retrySeconds: 0 })));
    } finally {
      sink.clearRefusals();
      await Promise.all(pools.slice(1).map((db) => db.$disconnect()));
    }
    const after = await campaign(c.id);
    expect(after.state).toBe('SENT');
    expect(after.history.map((h) => `${h.fromState}>${h.toState}`)).toEqual([
      'null>PREPARATION',
      'PREPARATION>AWAITING_APPROVAL',
      'AWAITING_APPROVAL>APPROVED',
      'APPROVED>SENDING',
      'SENDING>SENT',
    ]);
    const sent = after.history.at(-1)!;
    expect(sent.userName).toBe('Approver');
    expect(sent.outcome).toEqual({ total: 12, sent: 10, failed: 1, suppressed: 1 });
    expect(after.history.slice(0, -1).every((h) => h.outcome === null)).toBe(true);
    expect(sink.messages.filter((m) => m.envelope.to[0]!.startsWith('hist-'))).toHaveLength(10);
  });
});
