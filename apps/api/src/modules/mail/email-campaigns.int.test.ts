// Mailing groups (only consenting persons with an address join) and the campaign approval state machine: approver
// other than the author unless allowed, edits after submitting go back to preparation, history of who and when.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { errorCode, startTestApi, type TestApi } from '../../test/api.ts';
import { globalId } from '../../graphql/ids.ts';

let api: TestApi;
let author: string;
let approver: string;
let agent: string;
let admin: string;
let groupId: string;
let persons: Record<'ok' | 'noConsent' | 'noAddress', string>;

type Campaign = {
  id: string;
  state: string;
  version: number;
  approvedByName: string | null;
  history: { toState: string; userName: string; note: string | null }[];
};
const FIELDS = `id state version approvedByName groups { name memberCount } history { fromState toState userName note }`;
const CREATE = `mutation($input: EmailCampaignInput!) { createEmailCampaign(input: $input) { ${FIELDS} } }`;
const UPDATE = `mutation($id: ID!, $input: UpdateEmailCampaignInput!) { updateEmailCampaign(id: $id, input: $input) { ${FIELDS} } }`;
const step = (name: string) =>
  `mutation($input: EmailCampaignTransitionInput!) { ${name}EmailCampaign(input: $input) { ${FIELDS} } }`;

async function run(name: string, c: Campaign, cookie: string, note?: string) {
  return api.gql<Record<string, Campaign>>(step(name), { input: { id: c.id, version: c.version, note } }, { cookie });
}

async function created(cookie = author, groupIds = [groupId]) {
  const input = {
    name: 'Spring offer',
    language: 'pl',
    subject: 'Oferta',
    bodyHtml: '<p>{{salutation}}</p>',
    groupIds,
  };
  const res = await api.gql<{ createEmailCampaign: Campaign }>(CREATE, { input }, { cookie });
  expect(res.errors).toBeUndefined();
  return res.data!.createEmailCampaign;
}

beforeAll(async () => {
  api = await startTestApi();
  const users = await Promise.all([
    api.createUser('manager', { name: 'Author Manager' }),
    api.createUser('manager', { name: 'Approver Manager' }),
    api.createUser('agent'),
    api.createUser('administrator'),
  ]);
  [author, approver, agent, admin] = await Promise.all(users.map((u) => api.login(u.email, u.password)));
  const make = async (firstName: string, emails: string[], marketingConsent: boolean) =>
    globalId(
      'Person',
      (await api.db.person.create({ data: { firstName, lastName: 'K', emails, marketingConsent } })).id,
    );
  persons = {
    ok: await make('Anna', ['anna@example.test'], true),
    noConsent: await make('Piotr', ['piotr@example.test'], false),
    noAddress: await make('Marek', [], true),
  };
});
afterAll(() => api.close());

describe('mailing groups', () => {
  it('take only persons with an address and marketing consent, once each', async () => {
    const group = await api.gql<{ createMailingGroup: { id: string; category: string } }>(
      `mutation { createMailingGroup(input: { name: "Customers PL", category: "Newsletters" }) { id category } }`,
      {},
      { cookie: author },
    );
    expect(group.data!.createMailingGroup.category).toBe('Newsletters');
    groupId = group.data!.createMailingGroup.id;
    const ADD = `mutation($input: AddMailingGroupMembersInput!) { addMailingGroupMembers(input: $input) {
      added alreadyMembers noAddress noConsent group { memberCount } } }`;
    const all = [persons.ok, persons.noConsent, persons.noAddress, persons.ok];
    const res = await api.gql(ADD, { input: { groupId, personIds: all } }, { cookie: author });
    expect(res.data).toEqual({
      addMailingGroupMembers: { added: 1, alreadyMembers: 0, noAddress: 1, noConsent: 1, group: { memberCount: 1 } },
    });
    const again = await api.gql(ADD, { input: { groupId, personIds: [persons.ok] } }, { cookie: author });
    expect(again.data).toMatchObject({ addMailingGroupMembers: { added: 0, alreadyMembers: 1 } });
    expect(errorCode(await api.gql(ADD, { input: { groupId, personIds: [persons.ok] } }, { cookie: agent }))).toBe(
      'FORBIDDEN',
    );
    const cats = await api.gql(
      `{ mailingGroupCategories { name } mailingGroups { name memberCount } }`,
      {},
      { cookie: author },
    );
    expect(cats.data).toEqual({
      mailingGroupCategories: [{ name: 'Newsletters' }],
      mailingGroups: [{ name: 'Customers PL', memberCount: 1 }],
    });
  });
});

describe('campaign approval', () => {
  it('goes PREPARATION → AWAITING_APPROVAL → APPROVED by another user, with the history', async () => {
    let c = await created();
    expect(c.state).toBe('PREPARATION');
    c = (await run('submit', c, author)).data!.submitEmailCampaign!;
    expect(c.state).toBe('AWAITING_APPROVAL');
    const self = await run('approve', c, author);
    expect(self.errors?.[0]).toMatchObject({
      message: 'mail.campaign.selfApproval',
      extensions: { code: 'FORBIDDEN' },
    });
    expect(errorCode(await run('approve', c, agent))).toBe('FORBIDDEN');
    c = (await run('approve', c, approver)).data!.approveEmailCampaign!;
    expect(c).toMatchObject({ state: 'APPROVED', approvedByName: 'Approver Manager' });
    expect(c.history.map((h) => [h.toState, h.userName])).toEqual([
      ['PREPARATION', 'Author Manager'],
      ['AWAITING_APPROVAL', 'Author Manager'],
      ['APPROVED', 'Approver Manager'],
    ]);
  });

  it('goes back to preparation when edited after approval', async () => {
    let c = await created();
    c = (await run('submit', c, author)).data!.submitEmailCampaign!;
    c = (await run('approve', c, approver)).data!.approveEmailCampaign!;
    const input = {
      name: 'Spring offer',
      subject: 'Changed',
      bodyHtml: '<p>x</p>',
      groupIds: [groupId],
      version: c.version,
    };
    const edited = (await api.gql<{ updateEmailCampaign: Campaign }>(UPDATE, { id: c.id, input }, { cookie: author }))
      .data!.updateEmailCampaign;
    expect(edited).toMatchObject({ state: 'PREPARATION', approvedByName: null });
  });

  it('is returned with a note, and cancelled; a stale version or a finished state is a conflict', async () => {
    let c = await created();
    const stale = c;
    c = (await run('submit', c, author)).data!.submitEmailCampaign!;
    expect(errorCode(await run('submit', stale, author))).toBe('CONFLICT');
    c = (await run('return', c, approver, 'Add the price list')).data!.returnEmailCampaign!;
    expect(c.state).toBe('PREPARATION');
    expect(c.history.at(-1)).toMatchObject({ toState: 'PREPARATION', note: 'Add the price list' });
    c = (await run('cancel', c, author)).data!.cancelEmailCampaign!;
    expect(c.state).toBe('CANCELLED');
    const res = await run('submit', c, author);
    expect(res.errors?.[0]).toMatchObject({
      message: 'mail.campaign.state',
      extensions: { code: 'CONFLICT', state: 'CANCELLED' },
    });
  });

  it('cannot be submitted without a group', async () => {
    const c = await created(author, []);
    expect((await run('submit', c, author)).errors?.[0]?.extensions).toMatchObject({
      code: 'BAD_USER_INPUT',
      field: 'groupIds',
    });
  });

  it('may be approved by its author when the mail settings allow self-approval', async () => {
    const settings = {
      host: 'smtp.example.test',
      port: 25,
      security: 'NONE',
      ratePerSecond: 5,
      allowSelfApproval: true,
      version: 0,
    };
    const saved = await api.gql(
      `mutation($i: UpdateMailSettingsInput!) { updateMailSettings(input: $i) { allowSelfApproval } }`,
      { i: settings },
      { cookie: admin },
    );
    expect(saved.data).toEqual({ updateMailSettings: { allowSelfApproval: true } });
    let c = await created();
    c = (await run('submit', c, author)).data!.submitEmailCampaign!;
    expect((await run('approve', c, author)).data!.approveEmailCampaign!.state).toBe('APPROVED');
  });

  it('lists campaigns newest first, by state', async () => {
    const res = await api.gql<{ emailCampaigns: { totalCount: number; edges: { node: { state: string } }[] } }>(
      `{ emailCampaigns(states: [APPROVED], first: 10) { totalCount edges { node { state } } } }`,
      {},
      { cookie: approver },
    );
    expect(res.data!.emailCampaigns.totalCount).toBe(2);
    expect(res.data!.emailCampaigns.edges.every((e) => e.node.state === 'APPROVED')).toBe(true);
  });
});
