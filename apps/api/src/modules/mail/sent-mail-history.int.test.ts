import crypto from 'node:crypto';
// Sent mail in the client's history, through a real SMTP server: one-off mail sent from an opportunity or an activity
// is a done "Sent e-mail" activity linked to it, a template's uploaded files go with every mail from it, the record's
// own files may be attached, and campaign sends write the same activity type — all rows with UUIDv7 ids.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startTestApi, type TestApi } from '../../test/api.ts';
import { startSmtpSink, type SmtpSink } from '../../test/smtp-sink.ts';
import { globalId } from '../../graphql/ids.ts';
import { ensureDefaultDictionaries } from '../dictionaries/index.ts';
import { registerMailJobs, runCampaignSender } from './index.ts';

let api: TestApi;
let sink: SmtpSink;
let manager: string;
let managerId: string;
let ids: { client: string; other: string; jan: string; opportunity: string; foreignOpp: string; activity: string };

const SEND = `mutation($input: SendEmailInput!) { sendEmail(input: $input) { id to activityId } }`;
const CREATE_TEMPLATE = `mutation($input: EmailTemplateInput!) { createEmailTemplate(input: $input) { id } }`;
const isV7 = (uuid: string) => /^[0-9a-f]{8}-[0-9a-f]{4}-7[0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}$/.test(uuid);
const rowId = (id: string) => Buffer.from(id, 'base64').toString().split(':')[1]!;

async function attachText(ownerId: string, name: string, text: string) {
  const form = new FormData();
  form.append('file', new Blob([text], { type: 'text/plain' }), name);
  const res = await api.raw('/api/files', {
    method: 'POST',
    headers: { cookie: manager, 'apollo-require-preflight': '1' },
    body: form,
  });
  const file = (await res.json()) as { id: string };
  const attached = await api.gql<{ attachFile: { id: string } }>(
    `mutation($input: AttachFileInput!) { attachFile(input: $input) { id } }`,
    { input: { fileId: file.id, ownerId } },
    { cookie: manager },
  );
  expect(attached.errors).toBeUndefined();
  return attached.data!.attachFile.id;
}

async function send(extra: Record<string, unknown>) {
  const input = { clientId: ids.client, personIds: [ids.jan], language: 'pl', bodyHtml: '<p>{{salutation}}</p>' };
  return api.gql<{ sendEmail: { id: string; to: string; activityId: string }[] }>(
    SEND,
    { input: { ...input, subject: 'Oferta', ...extra } },
    { cookie: manager },
  );
}

beforeAll(async () => {
  sink = await startSmtpSink();
  api = await startTestApi();
  await ensureDefaultDictionaries(api.db);
  registerMailJobs(api.jobs, api.db, api.config, { retryDelay: 1 });
  await api.jobs.start();
  const admin = await api.createUser('administrator');
  const m = await api.createUser('manager', { name: 'Marta Manager' });
  managerId = m.id;
  manager = await api.login(m.email, m.password);
  const settings = { host: sink.host, port: sink.port, security: 'NONE', fromAddress: 'crm@example.test' };
  const saved = await api.gql(
    `mutation($i: UpdateMailSettingsInput!) { updateMailSettings(input: $i) { version } }`,
    { i: { ...settings, ratePerSecond: 100, version: 0 } },
    { cookie: await api.login(admin.email, admin.password) },
  );
  expect(saved.errors).toBeUndefined();
  const client = await api.db.client.create({ data: { kind: 'LEGAL', name: 'Kowalski SA', accountManagerId: m.id } });
  const other = await api.db.client.create({ data: { kind: 'LEGAL', name: 'Inna', accountManagerId: m.id } });
  const jan = await api.db.person.create({
    data: { firstName: 'Jan', lastName: 'Kowalski', emails: ['jan@kowalski.test'], marketingConsent: true },
  });
  await api.db.clientPerson.create({ data: { clientId: client.id, personId: jan.id, isPrimary: true } });
  const stage = await api.db.dictionaryValue.findFirstOrThrow({ where: { kind: 'OPPORTUNITY_STAGE' } });
  const opp = (clientId: string) =>
    api.db.opportunity.create({
      data: {
        clientId,
        name: 'Wdrożenie',
        stageId: stage.id,
        amount: 1000,
        currency: 'EUR',
        probability: 10,
        ownerId: m.id,
        createdById: m.id,
      },
    });
  const call = await api.db.dictionaryValue.findFirstOrThrow({ where: { kind: 'ACTIVITY_TYPE', key: 'call' } });
  const activity = await api.db.activity.create({
    data: { typeId: call.id, clientId: client.id, subject: 'Telefon', ownerId: m.id, createdById: m.id },
  });
  ids = {
    client: globalId('Client', client.id),
    other: globalId('Client', other.id),
    jan: globalId('Person', jan.id),
    opportunity: globalId('Opportunity', (await opp(client.id)).id),
    foreignOpp: globalId('Opportunity', (await opp(other.id)).id),
    activity: globalId('Activity', activity.id),
  };
});
afterAll(async () => {
  await api.close();
  await sink.close();
});

describe('one-off mail in the history', () => {
  it('from an opportunity with a template: the template’s uploaded files go with it, logged on the opportunity', async () => {
    const tpl = await api.gql<{ createEmailTemplate: { id: string } }>(
      CREATE_TEMPLATE,
      { input: { name: 'Oferta', language: 'pl', subject: 'Oferta', bodyHtml: '<p>{{salutation}}</p>' } },
      { cookie: manager },
    );
    const templateId = tpl.data!.createEmailTemplate.id;
    await attachText(templateId, 'cennik.txt', 'Cennik 2027');
    const res = await send({ templateId, opportunityId: ids.opportunity });
    expect(res.errors).toBeUndefined();
    const [mail] = await sink.waitFor(1);
    expect(mail!.parsed.attachments.map((a) => [a.filename, a.content.toString()])).toEqual([
      ['cennik.txt', 'Cennik 2027'],
    ]);
    const activity = await api.db.activity.findUniqueOrThrow({
      where: { id: rowId(res.data!.sendEmail[0]!.activityId) },
      include: { type: true },
    });
    expect(activity).toMatchObject({
      status: 'DONE',
      opportunityId: rowId(ids.opportunity),
      parentId: null,
      contactPersonId: rowId(ids.jan),
      type: { key: 'sent_email', labels: { pl: 'Wysłany e-mail' } },
    });
    expect(activity.note).toContain('Szanowny Panie');
    expect(isV7(activity.id)).toBe(true);
  });

  it('from an activity with one of its files: the new activity follows it in its thread', async () => {
    const minutes = await attachText(ids.activity, 'notatka.txt', 'Notatka z rozmowy');
    const res = await send({ activityId: ids.activity, attachmentIds: [minutes] });
    expect(res.errors).toBeUndefined();
    const mails = await sink.waitFor(2);
    expect(mails[1]!.parsed.attachments.map((a) => a.filename)).toEqual(['notatka.txt']);
    const activity = await api.db.activity.findUniqueOrThrow({
      where: { id: rowId(res.data!.sendEmail[0]!.activityId) },
    });
    expect(activity.parentId).toBe(rowId(ids.activity));
    expect(activity.opportunityId).toBeNull();
  });

  it.each([
    ['an opportunity of another client', () => ({ opportunityId: ids.foreignOpp }), 'input.opportunityId'],
    ['an unknown template', () => ({ templateId: globalId('EmailTemplate', crypto.randomUUID()) }), 'input.templateId'],
    ['a client id as the activity', () => ({ activityId: ids.client }), 'input.activityId'],
  ])('refuses %s, naming the field', async (_what, extra, field) => {
    const res = await send(extra());
    expect(res.errors?.[0]?.extensions).toMatchObject({ code: 'BAD_USER_INPUT', field });
  });
});

describe('campaign mail in the history', () => {
  it('writes the same "Sent e-mail" activities, and UUIDv7 ids for recipients, events and activities', async () => {
    const group = await api.db.mailingGroup.create({ data: { name: 'Klienci', createdById: managerId } });
    await api.db.mailingGroupMember.create({
      data: { groupId: group.id, personId: rowId(ids.jan), addedById: managerId },
    });
    const campaign = await api.db.emailCampaign.create({
      data: {
        name: 'Newsletter',
        language: 'pl',
        subject: 'Nowości',
        bodyHtml: '<p>{{salutation}}</p>',
        state: 'APPROVED',
        groupIds: [group.id],
        createdById: managerId,
      },
    });
    await runCampaignSender(api.db, api.config, 'history-test');
    const recipients = await api.db.emailCampaignRecipient.findMany({ where: { campaignId: campaign.id } });
    expect(recipients.map((r) => [r.state, isV7(r.id)])).toEqual([['SENT', true]]);
    const events = await api.db.emailCampaignEvent.findMany({ where: { campaignId: campaign.id } });
    expect(events.length).toBeGreaterThan(0);
    expect(events.every((e) => isV7(e.id))).toBe(true);
    const logged = await api.db.activity.findMany({ where: { subject: 'Newsletter' }, include: { type: true } });
    expect(logged.map((a) => [a.type.key, a.status, a.clientId, isV7(a.id)])).toEqual([
      ['sent_email', 'DONE', rowId(ids.client), true],
    ]);
  });
});
