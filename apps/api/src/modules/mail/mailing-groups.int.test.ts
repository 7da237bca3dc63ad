// Mailing groups: members by a client filter (added now, or kept on the group and evaluated again when a campaign
// starts, against a real SMTP sink), by an uploaded XLSX/CSV joined on its e-mail column (report of the rows not
// added), keyset pages of members, and who may do it.
import crypto from 'node:crypto';
import ExcelJS from 'exceljs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { globalId } from '../../graphql/ids.ts';
import { startTestApi, type TestApi } from '../../test/api.ts';
import { importClient } from '../../test/import-client.ts';
import { startSmtpSink, type SmtpSink } from '../../test/smtp-sink.ts';
import { ensureDefaultDictionaries } from '../dictionaries/index.ts';
import { runCampaignSender } from './index.ts';

let api: TestApi;
let sink: SmtpSink;
let manager: string;
let managerId: string;
let approver: string;
let agent: string;

async function gql<T>(query: string, variables: Record<string, unknown>, cookie = manager) {
  return api.gql<T>(query, variables, { cookie });
}

async function newGroup(name: string) {
  const res = await gql<{ createMailingGroup: { id: string } }>(
    `mutation($i: CreateMailingGroupInput!) { createMailingGroup(input: $i) { id } }`,
    { i: { name, category: 'Tests' } },
  );
  return res.data!.createMailingGroup.id;
}

/** A client with persons: [email, consent] each. */
async function client(name: string, city: string, persons: [string | null, boolean][]) {
  const c = await api.db.client.create({ data: { kind: 'LEGAL', name, city, accountManagerId: managerId } });
  for (const [i, [email, consent]] of persons.entries()) {
    const p = await api.db.person.create({
      data: { firstName: `F${i}`, lastName: name, emails: email ? [email] : [], marketingConsent: consent },
    });
    await api.db.clientPerson.create({ data: { clientId: c.id, personId: p.id } });
  }
  return c.id;
}

const ADD = `mutation($i: AddMailingGroupMembersInput!) {
  addMailingGroupMembers(input: $i) { added alreadyMembers noAddress noConsent group { memberCount filter } } }`;
const PREVIEW = `query($g: ID!, $f: JSON!) {
  mailingGroupFilterPreview(groupId: $g, filter: $f) { added alreadyMembers noAddress noConsent } }`;
const IMPORT = `mutation($i: ImportMailingGroupMembersInput!) { importMailingGroupMembers(input: $i) {
  rows added alreadyMembers unmatched unmatchedRows noConsent noConsentRows invalid invalidRows group { memberCount } } }`;
const MEMBERS = `query { mailingGroups { id name members(first: 2, after: $after) {
  totalCount edges { node { email lastName } } pageInfo { hasNextPage endCursor } } } }`;

beforeAll(async () => {
  sink = await startSmtpSink();
  api = await startTestApi();
  await ensureDefaultDictionaries(api.db);
  const [m, b, a, admin] = await Promise.all([
    api.createUser('manager', { name: 'Group Manager' }),
    api.createUser('manager'),
    api.createUser('agent'),
    api.createUser('administrator'),
  ]);
  managerId = m.id;
  [manager, approver, agent] = await Promise.all([m, b, a].map((u) => api.login(u.email, u.password)));
  const saved = await api.gql(
    `mutation($i: UpdateMailSettingsInput!) { updateMailSettings(input: $i) { version } }`,
    {
      i: {
        host: sink.host,
        port: sink.port,
        security: 'NONE',
        fromAddress: 'news@example.test',
        ratePerSecond: 100,
        version: 0,
      },
    },
    { cookie: await api.login(admin.email, admin.password) },
  );
  expect(saved.errors).toBeUndefined();
});
afterAll(async () => {
  await api.close();
  await sink.close();
});

describe('mailing group members', () => {
  it('adds the consenting persons with an address of the clients a filter matches, now', async () => {
    await client('Filter Alfa', 'Osijek', [
      ['fa0@example.test', true],
      ['fa1@example.test', false],
      [null, true],
    ]);
    await client('Filter Beta', 'Rijeka', [['fb0@example.test', true]]);
    const groupId = await newGroup('By filter');
    const filter = { field: { field: 'CITY', op: 'EQ', value: 'osijek' } };
    // The count shown before adding writes nothing.
    const preview = await gql(PREVIEW, { g: groupId, f: filter });
    expect(preview.data).toEqual({
      mailingGroupFilterPreview: { added: 1, alreadyMembers: 0, noAddress: 1, noConsent: 1 },
    });
    expect(
      await api.db.mailingGroupMember.count({
        where: { groupId: Buffer.from(groupId, 'base64').toString().split(':')[1] },
      }),
    ).toBe(0);
    const res = await gql(ADD, { i: { groupId, filter } });
    expect(res.data).toEqual({
      addMailingGroupMembers: {
        added: 1,
        alreadyMembers: 0,
        noAddress: 1,
        noConsent: 1,
        group: { memberCount: 1, filter: null },
      },
    });
    const again = await gql<{ addMailingGroupMembers: { alreadyMembers: number } }>(ADD, { i: { groupId, filter } });
    expect(again.data!.addMailingGroupMembers.alreadyMembers).toBe(1);
    const after = await gql(PREVIEW, { g: groupId, f: filter });
    expect(after.data).toMatchObject({ mailingGroupFilterPreview: { added: 0, alreadyMembers: 1 } });
    const badPreview = await gql(PREVIEW, { g: groupId, f: { field: { field: 'NOPE', op: 'EQ', value: 1 } } });
    expect(badPreview.errors?.[0]?.extensions).toMatchObject({ code: 'BAD_USER_INPUT' });
    const agents = await api.gql(PREVIEW, { g: groupId, f: filter }, { cookie: agent });
    expect(agents.errors?.[0]?.extensions).toMatchObject({ code: 'FORBIDDEN' });
    const bad = await gql(ADD, { i: { groupId, filter: { field: { field: 'NOPE', op: 'EQ', value: 1 } } } });
    expect(bad.errors?.[0]?.extensions).toMatchObject({ code: 'BAD_USER_INPUT' });
    const none = await gql(ADD, { i: { groupId } });
    expect(none.errors?.[0]?.extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: 'input.personIds' });
  });

  it('keeps a dynamic filter on the group and evaluates it when the campaign starts sending', async () => {
    const groupId = await newGroup('Dynamic');
    const filter = { field: { field: 'CITY', op: 'EQ', value: 'Vukovar' } };
    const res = await gql<{
      addMailingGroupMembers: { added: number; group: { memberCount: number; filter: unknown } };
    }>(ADD, { i: { groupId, filter, dynamic: true } });
    expect(res.data!.addMailingGroupMembers).toMatchObject({ added: 0, group: { memberCount: 0, filter } });
    // A client that matches only after the filter was kept is mailed: the filter is read at send time.
    await client('Late Vukovar', 'Vukovar', [
      ['late@example.test', true],
      ['late-no@example.test', false],
    ]);
    const STEP = (s: string) =>
      `mutation($i: EmailCampaignTransitionInput!) { ${s}EmailCampaign(input: $i) { id version } }`;
    let c = (
      await gql<{ createEmailCampaign: { id: string; version: number } }>(
        `mutation($i: EmailCampaignInput!) { createEmailCampaign(input: $i) { id version } }`,
        { i: { name: 'Dyn', subject: 'Hello', bodyHtml: '<p>Hi {{person.firstName}}</p>', groupIds: [groupId] } },
      )
    ).data!.createEmailCampaign;
    c = (await gql<Record<string, typeof c>>(STEP('submit'), { i: { id: c.id, version: c.version } })).data!
      .submitEmailCampaign!;
    const ok = await gql(STEP('approve'), { i: { id: c.id, version: c.version } }, approver);
    expect(ok.errors).toBeUndefined();
    await runCampaignSender(api.db, api.config, 'dyn', { batchSize: 10 });
    expect(sink.to('late@example.test')).toHaveLength(1);
    expect(sink.to('late-no@example.test')).toHaveLength(0);
  });

  it('imports an XLSX joined case-insensitively on its e-mail column, with the rows not added by number', async () => {
    await client('Import Gama', 'Split', [
      ['imp0@example.test', true],
      ['imp1@example.test', true],
      ['imp2@example.test', false],
    ]);
    const groupId = await newGroup('Imported');
    await gql(ADD, { i: { groupId, personIds: [globalId('Person', (await person('imp1@example.test')).id)] } });
    const book = new ExcelJS.Workbook();
    const sheet = book.addWorksheet('List');
    sheet.addRows([
      ['Name', 'E-mail'],
      ['Zero', 'IMP0@Example.test'],
      ['One', 'imp1@example.test'],
      ['Two', 'imp2@example.test'],
      ['Nobody', 'nobody@example.test'],
      ['Broken', 'not an address'],
    ]);
    const files = importClient(api, manager);
    const fileId = await files.upload('list.xlsx', Buffer.from(await book.xlsx.writeBuffer()));
    const res = await gql(IMPORT, { i: { groupId, fileId, emailColumn: 1 } });
    expect(res.data).toEqual({
      importMailingGroupMembers: {
        rows: 5,
        added: 1,
        alreadyMembers: 1,
        unmatched: 1,
        unmatchedRows: [5],
        noConsent: 1,
        noConsentRows: [4],
        invalid: 1,
        invalidRows: [6],
        group: { memberCount: 2 },
      },
    });
    const csv = await files.upload('list.csv', Buffer.from('mail;name\nimp0@example.test;Zero\n'));
    const again = await gql<{ importMailingGroupMembers: { rows: number; alreadyMembers: number } }>(IMPORT, {
      i: { groupId, fileId: csv, emailColumn: 0 },
    });
    expect(again.data!.importMailingGroupMembers).toMatchObject({ rows: 1, alreadyMembers: 1 });
    const foreign = await importClient(api, approver).upload('theirs.csv', Buffer.from('e\nimp0@example.test\n'));
    const refused = await gql(IMPORT, { i: { groupId, fileId: foreign, emailColumn: 0 } });
    expect(refused.errors?.[0]?.extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: 'input.fileId' });
    const notSheet = await files.upload('x.png', Buffer.from('89504e470d0a1a0a0000000d49484452', 'hex'));
    const wrong = await gql(IMPORT, { i: { groupId, fileId: notSheet, emailColumn: 0 } });
    expect(wrong.errors?.[0]?.extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: 'input.fileId' });
  });

  it('pages members by keyset, and agents may not touch groups', async () => {
    const page1 = await gql<{
      mailingGroups: {
        name: string;
        members: { totalCount: number; edges: unknown[]; pageInfo: { endCursor: string; hasNextPage: boolean } };
      }[];
    }>(MEMBERS.replace('$after', 'null'), {});
    const imported = page1.data!.mailingGroups.find((g) => g.name === 'Imported')!;
    expect(imported.members).toMatchObject({ totalCount: 2, pageInfo: { hasNextPage: false } });
    expect(imported.members.edges).toHaveLength(2);
    const forged = await gql(MEMBERS.replace('$after', '"bm9wZQ"'), {});
    expect(forged.errors?.[0]?.extensions).toMatchObject({ code: 'BAD_USER_INPUT' });
    for (const q of [MEMBERS.replace('$after', 'null')]) {
      const res = await gql(q, {}, agent);
      expect(res.errors?.[0]?.extensions).toMatchObject({ code: 'FORBIDDEN' });
    }
    const refused = await gql(
      IMPORT,
      { i: { groupId: globalId('MailingGroup', crypto.randomUUID()), fileId: 'x', emailColumn: 0 } },
      agent,
    );
    expect(refused.errors?.[0]?.extensions).toMatchObject({ code: 'FORBIDDEN' });
  });
});

function person(email: string) {
  return api.db.person.findFirstOrThrow({ where: { emails: { has: email } } });
}
