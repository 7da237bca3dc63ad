// GDPR export and erasure of a person over GraphQL: the export holds every kind of data, the erasure removes personal
// rows and file bytes, keeps activities and mail rows anonymised, keeps a hashed suppression that blocks a later
// one-off send, and refuses without the permission and for merged or erased persons.
import crypto from 'node:crypto';
import fs from 'node:fs';
import { Readable } from 'node:stream';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { globalId } from '../../graphql/ids.ts';
import { errorCode, startTestApi, type TestApi } from '../../test/api.ts';
import { fileStoreFor } from '../attachments/index.ts';
import { ensureDefaultDictionaries } from '../dictionaries/index.ts';

let api: TestApi;
let admin: string;
let agent: string;
let adminId: string;
let clientId: string;
let personId: string;
let otherId: string;
let activityId: string;
let sha: string;

const EXPORT = `query($id: ID!) { exportPersonData(personId: $id) }`;
const ERASE = `mutation($id: ID!) { erasePerson(personId: $id) { personId erasedAt removed } }`;
const hash = (a: string) => crypto.createHash('sha256').update(a.trim().toLowerCase()).digest('hex');

async function seedPerson() {
  const db = api.db;
  clientId = (await db.client.create({ data: { kind: 'LEGAL', name: 'Alfa d.o.o.', accountManagerId: adminId } })).id;
  const p = await db.person.create({
    data: {
      firstName: 'Ana',
      lastName: 'Horvat',
      emails: ['ana.horvat@alfa.test'],
      phones: ['+385 1 234'],
      marketingConsent: true,
      consentAt: new Date(),
      consentSource: 'fair',
      attributes: { shoe: '38' },
    },
  });
  personId = p.id;
  otherId = (await db.person.create({ data: { firstName: 'Ivo', lastName: 'Kos' } })).id;
  await db.clientPerson.createMany({
    data: [
      { clientId, personId, role: 'Director' },
      { clientId, personId: otherId },
    ],
  });
  await db.personRelation.create({ data: { personId, relatedPersonId: otherId, kind: 'spouse' } });
  const dup = await db.person.create({
    data: {
      firstName: 'Ana',
      lastName: 'Horvat',
      emails: ['ana@old.test'],
      mergedIntoId: personId,
      deletedAt: new Date(),
    },
  });
  const types = await db.dictionaryValue.findFirstOrThrow({ where: { kind: 'ACTIVITY_TYPE' } });
  activityId = (
    await db.activity.create({
      data: {
        typeId: types.id,
        clientId,
        contactPersonId: personId,
        ownerId: adminId,
        subject: 'Call Ana Horvat',
        note: 'Wrote to ana.horvat@alfa.test, kept the offer',
        participants: { create: [{ personId: dup.id }] },
      },
    })
  ).id;
  await db.note.create({ data: { ownerType: 'Person', ownerId: personId, text: 'Allergic to cats' } });
  const store = fileStoreFor(api.config);
  const staged = await store.stage(Readable.from([Buffer.from(`cv of ana ${crypto.randomUUID()}`)]), 1e6);
  await store.commit(staged);
  sha = staged.sha256;
  const file = await db.storedFile.create({
    data: { sha256: sha, size: staged.size, mimeType: 'text/plain', originalName: 'cv.txt', uploadedById: adminId },
  });
  await db.attachment.create({ data: { fileId: file.id, ownerType: 'Person', ownerId: personId, name: 'cv.txt' } });
  const g = await db.mailingGroup.create({ data: { name: 'Newsletter', createdById: adminId } });
  await db.mailingGroupMember.create({ data: { groupId: g.id, personId, addedById: adminId } });
  const c = await db.emailCampaign.create({
    data: { name: 'Spring', subject: 's', bodyHtml: 'b', createdById: adminId, groupIds: [g.id] },
  });
  await db.emailCampaignRecipient.create({
    data: {
      campaignId: c.id,
      personId,
      address: 'ana.horvat@alfa.test',
      messageId: `<${crypto.randomUUID()}@x>`,
      unsubscribeToken: crypto.randomUUID(),
    },
  });
  await db.emailMessage.create({
    data: {
      kind: 'ONE_OFF',
      messageId: `<${crypto.randomUUID()}@x>`,
      fromAddress: 'crm@x.test',
      toAddress: 'ana.horvat@alfa.test',
      subject: 'Offer for Ana',
      html: '<p>Dear Ana</p>',
      text: 'Dear Ana',
      createdById: adminId,
      clientId,
      personId,
    },
  });
  await db.emailSuppression.create({ data: { address: 'ana.horvat@alfa.test', reason: 'UNSUBSCRIBED' } });
  // Two rule mails to her (the system outbox): one sent, one still waiting.
  const rule = await db.automationRule.create({
    data: { name: 'Welcome mail', entity: 'CLIENT', trigger: 'CREATED', createdById: adminId },
  });
  for (const [occurrence, state] of [
    ['sent', 'SENT'],
    ['waiting', 'PENDING'],
  ] as const)
    await db.systemMail.create({
      data: {
        ruleId: rule.id,
        recordId: clientId,
        occurrence,
        toAddress: 'ana.rule@alfa.test',
        subject: 'Hello Ana Horvat',
        html: '<p>Dear Ana Horvat</p>',
        personId,
        unsubscribeToken: crypto.randomUUID(),
        state,
      },
    });
}

beforeAll(async () => {
  api = await startTestApi();
  await ensureDefaultDictionaries(api.db);
  const a = await api.createUser('administrator');
  adminId = a.id;
  admin = await api.login(a.email, a.password);
  const m = await api.createUser('manager');
  agent = await api.login(m.email, m.password);
  await seedPerson();
});
afterAll(() => api.close());

describe('GDPR export', () => {
  it('is forbidden without persons.gdpr (before the input is read)', async () => {
    expect(errorCode(await api.gql(EXPORT, { id: 'garbage' }, { cookie: agent }))).toBe('FORBIDDEN');
    expect(errorCode(await api.gql(ERASE, { id: 'garbage' }, { cookie: agent }))).toBe('FORBIDDEN');
  });

  it('holds every kind of data stored about the person', async () => {
    const res = await api.gql<{ exportPersonData: Record<string, unknown> }>(
      EXPORT,
      { id: globalId('Person', personId) },
      { cookie: admin },
    );
    expect(res.errors).toBeUndefined();
    const data = res.data!.exportPersonData as Record<string, never[]> & Record<string, Record<string, unknown>>;
    expect(data.person).toMatchObject({ firstName: 'Ana', lastName: 'Horvat', attributes: { shoe: '38' } });
    expect(data.consent).toMatchObject({ marketingConsent: true, consentSource: 'fair' });
    expect(data.clients).toEqual([{ client: 'Alfa d.o.o.', role: 'Director', isPrimary: false }]);
    expect(data.relations).toEqual([{ kind: 'spouse', person: 'Ivo Kos' }]);
    expect(data.mergedDuplicates).toMatchObject([{ emails: ['ana@old.test'] }]);
    expect(data.activities).toHaveLength(1);
    expect(data.notes).toMatchObject([{ text: 'Allergic to cats' }]);
    expect(data.files).toMatchObject([{ name: 'cv.txt', mimeType: 'text/plain' }]);
    const download = await api.raw((data.files[0] as { downloadUrl: string }).downloadUrl, {
      headers: { cookie: admin },
    });
    expect(await download.text()).toMatch(/^cv of ana/);
    expect(data.mailingGroups).toMatchObject([{ name: 'Newsletter' }]);
    expect(data.emailsSent).toMatchObject([{ toAddress: 'ana.horvat@alfa.test', subject: 'Offer for Ana' }]);
    expect(data.campaignRecipients).toMatchObject([{ campaign: 'Spring', address: 'ana.horvat@alfa.test' }]);
    // Her rule mails from the system outbox, sent and waiting (erasure clears them: see below).
    expect(data.ruleMails).toMatchObject([
      { rule: 'Welcome mail', toAddress: 'ana.rule@alfa.test', subject: 'Hello Ana Horvat', state: 'SENT' },
      { rule: 'Welcome mail', toAddress: 'ana.rule@alfa.test', subject: 'Hello Ana Horvat', state: 'PENDING' },
    ]);
  });
});

describe('GDPR export download', () => {
  const post = (cookie: string, body: unknown) =>
    api.raw('/export/person-data', {
      method: 'POST',
      headers: { cookie, 'content-type': 'application/json' },
      body: JSON.stringify(body),
    });

  it('writes a PDF and a JSON file, and refuses without the permission', async () => {
    const personIdG = globalId('Person', personId);
    const pdf = await post(admin, { personId: personIdG, format: 'pdf' });
    expect(pdf.status).toBe(200);
    expect(pdf.headers.get('content-type')).toBe('application/pdf');
    expect(
      Buffer.from(await pdf.arrayBuffer())
        .subarray(0, 5)
        .toString(),
    ).toBe('%PDF-');
    const json = await post(admin, { personId: personIdG, format: 'json' });
    expect(((await json.json()) as { person: { lastName: string } }).person.lastName).toBe('Horvat');
    expect((await post(agent, { personId: personIdG, format: 'pdf' })).status).toBe(403);
    const bad = await post(admin, { personId: personIdG, format: 'doc' });
    expect(bad.status).toBe(400);
  });
});

describe('GDPR erasure', () => {
  it('refuses a person merged into another', async () => {
    const dup = await api.db.person.findFirstOrThrow({ where: { mergedIntoId: personId } });
    expect(errorCode(await api.gql(ERASE, { id: globalId('Person', dup.id) }, { cookie: admin }))).toBe('NOT_FOUND');
  });

  it('removes personal data and files, keeps activities and mail rows anonymised, records who erased', async () => {
    const path = await fileStoreFor(api.config).localPath(sha);
    expect(fs.existsSync(path)).toBe(true);
    const res = await api.gql(ERASE, { id: globalId('Person', personId) }, { cookie: admin });
    expect(res.errors).toBeUndefined();
    const db = api.db;
    expect(await db.person.count({ where: { OR: [{ id: personId }, { mergedIntoId: personId }] } })).toBe(0);
    expect(await db.person.count({ where: { id: otherId } })).toBe(1);
    const activity = await db.activity.findUniqueOrThrow({
      where: { id: activityId },
      include: { participants: true },
    });
    expect(activity).toMatchObject({ contactPersonId: null, subject: 'Call [erased]', participants: [] });
    expect(activity.note).toBe('Wrote to [erased], kept the offer');
    expect(await db.note.count({ where: { ownerId: personId } })).toBe(0);
    expect(await db.attachment.count({ where: { ownerId: personId } })).toBe(0);
    expect(await db.storedFile.count({ where: { sha256: sha } })).toBe(0);
    expect(fs.existsSync(path)).toBe(false);
    expect(await db.gdprFilePurge.count()).toBe(0);
    expect(await db.mailingGroupMember.count({ where: { personId } })).toBe(0);
    const message = await db.emailMessage.findFirstOrThrow({ where: { clientId } });
    expect(message).toMatchObject({ personId: null, toAddress: '[erased]', html: '', text: '' });
    const recipient = await db.emailCampaignRecipient.findFirstOrThrow({ where: { personId } });
    expect(recipient.address).not.toContain('alfa');
    expect(recipient.state).toBe('SUPPRESSED');
    const ruleMails = await db.systemMail.findMany({ where: { recordId: clientId }, orderBy: { occurrence: 'asc' } });
    expect(ruleMails).toHaveLength(2);
    for (const m of ruleMails) {
      expect(JSON.stringify(m)).not.toMatch(/ana|horvat/i);
      expect(m).toMatchObject({ personId: null, unsubscribeToken: null, html: '' });
    }
    expect(ruleMails.map((m) => m.state)).toEqual(['SENT', 'FAILED']);
    expect(await db.emailSuppression.count({ where: { address: 'ana.horvat@alfa.test' } })).toBe(0);
    const hashes = (await db.emailSuppressionHash.findMany()).map((h) => h.hash);
    expect(hashes).toEqual(
      expect.arrayContaining([hash('ana.horvat@alfa.test'), hash('ana@old.test'), hash('ana.rule@alfa.test')]),
    );
    const [erasure] = await db.gdprErasure.findMany({ where: { personId } });
    expect(erasure).toMatchObject({ erasedById: adminId, removed: { persons: 2, notes: 1, attachments: 1 } });
    expect(JSON.stringify(erasure)).not.toMatch(/ana|horvat/i);
  });

  it('is NOT_FOUND the second time', async () => {
    expect(errorCode(await api.gql(ERASE, { id: globalId('Person', personId) }, { cookie: admin }))).toBe('NOT_FOUND');
  });

  it('blocks a later one-off send to the erased address, whoever holds it now', async () => {
    const again = await api.db.person.create({
      data: { firstName: 'New', lastName: 'Import', emails: [' Ana.Horvat@alfa.test'.trim().toLowerCase()] },
    });
    await api.db.clientPerson.create({ data: { clientId, personId: again.id } });
    const input = {
      clientId: globalId('Client', clientId),
      personIds: [globalId('Person', again.id)],
      language: 'en',
      subject: 'Hello',
      bodyHtml: '<p>Hi</p>',
      attachmentIds: [],
    };
    const res = await api.gql(
      `mutation($input: SendEmailInput!) { sendEmail(input: $input) { id } }`,
      { input },
      { cookie: admin },
    );
    expect(errorCode(res)).toBe('BAD_USER_INPUT');
    expect(res.errors![0]!.extensions!.field).toBe('input.personIds.0');
    expect(res.errors![0]!.message).toBe('mail.validation.erasedAddress');
  });
});
