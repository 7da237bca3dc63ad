// A notification's link follows the reader's scope when the list is read: a TEAM-scoped lead notified about a
// member's client, activity and deal loses those links (not the text) once the member leaves the team, and a link to
// a deleted record or a forged path opens nothing either. Paths that are no record page pass through. A call campaign's
// page follows the campaigns module's check (campaigns.work, the work page's permission, within the CAMPAIGNS scope
// of the agent).
import { toGlobalId, type RecordScope } from '@veza/shared';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startTestApi, type TestApi } from '../../test/api.ts';
import { ensureDefaultDictionaries } from '../dictionaries/index.ts';
import { notifyMany } from './index.ts';

let api: TestApi;
let admin: string;
let lead: { id: string; cookie: string };
let member: { id: string; cookie: string };
let team: { id: string; version: number };
const links: Record<string, string> = {};

const LIST = `{ notifications(first: 50) { edges { node { text link } } } }`;
const UPDATE_TEAM = `mutation($id: ID!, $v: Int!, $input: TeamInput!) { updateTeam(id: $id, version: $v, input: $input) {
  id version } }`;

/** A user holding one profile with `scope` for reading clients, activities and deals. */
async function scopedUser(name: string, scope: RecordScope) {
  const profile = await api.db.permissionProfile.create({
    data: {
      name: `${name} profile`,
      permissions: ['clients.read', 'activities.read', 'opportunities.read'],
      ...{ clientsRead: scope, activitiesRead: scope, opportunitiesRead: scope },
      ...{ clientsEdit: 'OWN', activitiesEdit: 'OWN', opportunitiesEdit: 'OWN' },
    },
  });
  const u = await api.createUser('agent', { name });
  await api.db.userProfile.deleteMany({ where: { userId: u.id } });
  await api.db.userProfile.create({ data: { userId: u.id, profileId: profile.id } });
  return { id: u.id, cookie: await api.login(u.email, u.password) };
}

async function records(ownerId: string, label: string) {
  const type = await api.db.dictionaryValue.findFirstOrThrow({ where: { kind: 'ACTIVITY_TYPE', key: 'call' } });
  const stage = await api.db.dictionaryValue.findFirstOrThrow({ where: { kind: 'OPPORTUNITY_STAGE' } });
  const client = await api.db.client.create({ data: { kind: 'LEGAL', name: label, accountManagerId: ownerId } });
  const activity = await api.db.activity.create({
    data: { typeId: type.id, clientId: client.id, subject: `${label} call`, ownerId },
  });
  const deal = await api.db.opportunity.create({
    data: {
      name: `${label} deal`,
      clientId: client.id,
      ownerId,
      stageId: stage.id,
      amount: 1,
      currency: 'EUR',
      probability: 10,
    },
  });
  links[`${label} client`] = `/clients/${toGlobalId('Client', client.id)}`;
  links[`${label} activity`] = `/activities/${toGlobalId('Activity', activity.id)}`;
  links[`${label} deal`] = `/opportunities/${toGlobalId('Opportunity', deal.id)}`;
  return client.id;
}

/** The reader's notifications as text → link. */
async function linksOf(cookie: string): Promise<Record<string, string | null>> {
  const res = await api.gql<{ notifications: { edges: { node: { text: string; link: string | null } }[] } }>(
    LIST,
    {},
    { cookie },
  );
  expect(res.errors).toBeUndefined();
  return Object.fromEntries(res.data!.notifications.edges.map((e) => [e.node.text, e.node.link]));
}

let leadClientId: string;

beforeAll(async () => {
  api = await startTestApi();
  await ensureDefaultDictionaries(api.db);
  const a = await api.createUser('administrator');
  admin = await api.login(a.email, a.password);
  lead = await scopedUser('Lead', 'TEAM');
  member = await scopedUser('Member', 'OWN');
  const created = await api.gql<{ createTeam: { id: string; version: number } }>(
    `mutation($input: TeamInput!) { createTeam(input: $input) { id version } }`,
    { input: { name: 'North', managerId: toGlobalId('User', lead.id), memberIds: [toGlobalId('User', member.id)] } },
    { cookie: admin },
  );
  expect(created.errors).toBeUndefined();
  team = created.data!.createTeam;
  await records(member.id, 'Member');
  leadClientId = await records(lead.id, 'Lead');
  links.import = '/imports?job=abc';
  links.forged = `/clients/${toGlobalId('Activity', leadClientId)}`;
  links.garbage = '/opportunities/%E0%A4%A';
  // One notification per link, its text naming the link's key (the text itself is never changed).
  await notifyMany(
    api.db,
    Object.entries(links).map(([key, link]) => ({
      recipientIds: [lead.id],
      kind: 'RULE_FIRED' as const,
      params: { rule: 'Watch', record: key },
      link,
    })),
  );
});
afterAll(() => api.close());

const text = (key: string) => `Watch: ${key}`;

describe('notification links follow the reader’s scope', () => {
  it('keeps links to records the reader opens, drops a forged or malformed record path', async () => {
    const seen = await linksOf(lead.cookie);
    expect(Object.keys(seen)).toHaveLength(Object.keys(links).length);
    for (const key of ['Member client', 'Member activity', 'Member deal', 'Lead client', 'Lead deal', 'import'])
      expect(seen[text(key)]).toBe(links[key]);
    expect(seen[text('forged')]).toBeNull();
    expect(seen[text('garbage')]).toBeNull();
  });

  it('drops the links to the member’s records (keeping the text) once the member leaves the team', async () => {
    const res = await api.gql(
      UPDATE_TEAM,
      { id: team.id, v: team.version, input: { name: 'North', managerId: toGlobalId('User', lead.id), memberIds: [] } },
      { cookie: admin },
    );
    expect(res.errors).toBeUndefined();
    const seen = await linksOf(lead.cookie);
    for (const key of ['Member client', 'Member activity', 'Member deal']) {
      expect(Object.hasOwn(seen, text(key))).toBe(true);
      expect(seen[text(key)]).toBeNull();
    }
    for (const key of ['Lead client', 'Lead activity', 'Lead deal', 'import']) expect(seen[text(key)]).toBe(links[key]);
  });

  it('drops a link to a deleted record', async () => {
    await api.db.client.update({ where: { id: leadClientId }, data: { deletedAt: new Date() } });
    const seen = await linksOf(lead.cookie);
    expect(seen[text('Lead client')]).toBeNull();
    expect(seen[text('Lead deal')]).toBe(links['Lead deal']);
  });
});

describe('links to call campaigns (/my-campaigns/<id>) follow the campaign’s access check', () => {
  const campaignLink = (id: string) => `/my-campaigns/${toGlobalId('Campaign', id)}`;

  async function notifyLinks(recipientId: string, entries: Record<string, string>) {
    await notifyMany(
      api.db,
      Object.entries(entries).map(([key, link]) => ({
        recipientIds: [recipientId],
        kind: 'RULE_FIRED' as const,
        params: { rule: 'Campaign', record: key },
        link,
      })),
    );
  }
  const campaignText = (key: string) => `Campaign: ${key}`;

  it('keeps the agent’s own campaign, drops another agent’s, a reassigned one and a forged id', async () => {
    const [a, b, m] = await Promise.all([api.createUser('agent'), api.createUser('agent'), api.createUser('manager')]);
    const [mine, theirs, moved] = await Promise.all(
      [a.id, b.id, a.id].map((agentId, i) => api.db.campaign.create({ data: { name: `Calls ${i}`, agentId } })),
    );
    const entries = {
      mine: campaignLink(mine.id),
      theirs: campaignLink(theirs.id),
      moved: campaignLink(moved.id),
      forged: `/my-campaigns/${toGlobalId('Client', mine.id)}`,
    };
    await notifyLinks(a.id, entries);
    await notifyLinks(m.id, entries);
    await notifyLinks(lead.id, { mine: entries.mine });
    const agent = await api.login(a.email, a.password);
    expect(await linksOf(agent)).toMatchObject({
      [campaignText('mine')]: entries.mine,
      [campaignText('theirs')]: null,
      [campaignText('moved')]: entries.moved,
      [campaignText('forged')]: null,
    });

    await api.db.campaign.update({ where: { id: moved.id }, data: { agentId: b.id } });
    const seen = await linksOf(agent);
    expect(seen[campaignText('moved')]).toBeNull();
    expect(seen[campaignText('mine')]).toBe(entries.mine);
    // A manager (CAMPAIGNS scope ALL) opens every campaign; a reader without campaigns.work none.
    const manager = await linksOf(await api.login(m.email, m.password));
    for (const key of ['mine', 'theirs', 'moved']) expect(manager[campaignText(key)]).toBe(entries[key as 'mine']);
    expect((await linksOf(lead.cookie))[campaignText('mine')]).toBeNull();
  });

  it('drops the link for a reader who manages campaigns but does not work them (the page is campaigns.work’s)', async () => {
    const agent = await api.createUser('agent');
    const campaign = await api.db.campaign.create({ data: { name: 'Managed only', agentId: agent.id } });
    const profile = await api.db.permissionProfile.create({
      data: { name: 'Campaign planner', permissions: ['campaigns.manage'], campaignsRead: 'ALL', campaignsEdit: 'ALL' },
    });
    const planner = await api.createUser('agent', { name: 'Planner' });
    await api.db.userProfile.deleteMany({ where: { userId: planner.id } });
    await api.db.userProfile.create({ data: { userId: planner.id, profileId: profile.id } });
    await notifyLinks(planner.id, { planned: campaignLink(campaign.id) });
    const seen = await linksOf(await api.login(planner.email, planner.password));
    expect(Object.keys(seen)).toContain(campaignText('planned'));
    expect(seen[campaignText('planned')]).toBeNull();
  });
});
