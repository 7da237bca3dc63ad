// A rule's NOTIFY names the record in its text, so it reaches only recipients who may read the record when the rule
// fires: the record's holder, named users with an ALL scope, a TEAM lead of the holder — not an OWN-scoped colleague
// named in the rule, nor a lead whose team the holder is not in.
import { toGlobalId, type RecordScope } from '@veza/shared';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startTestApi, type TestApi } from '../../test/api.ts';
import { ensureDefaultDictionaries } from '../dictionaries/index.ts';
import { automationTick } from './index.ts';

let api: TestApi;
const users: Record<string, string> = {};

async function scopedUser(name: string, scope: RecordScope) {
  const profile = await api.db.permissionProfile.create({
    data: {
      name: `${name} profile`,
      permissions: ['clients.read'],
      ...{ clientsRead: scope, activitiesRead: scope, opportunitiesRead: scope },
      ...{ clientsEdit: 'OWN', activitiesEdit: 'OWN', opportunitiesEdit: 'OWN' },
    },
  });
  const u = await api.createUser('agent', { name });
  await api.db.userProfile.deleteMany({ where: { userId: u.id } });
  await api.db.userProfile.create({ data: { userId: u.id, profileId: profile.id } });
  users[name] = u.id;
}

/** Who got a RULE_FIRED notification linking to the client. */
async function toldAbout(clientId: string) {
  const rows = await api.db.notification.findMany({
    where: { kind: 'RULE_FIRED', link: `/clients/${toGlobalId('Client', clientId)}` },
    select: { recipientId: true },
  });
  const names = Object.fromEntries(Object.entries(users).map(([name, id]) => [id, name]));
  return rows.map((r) => names[r.recipientId]).sort();
}

beforeAll(async () => {
  api = await startTestApi();
  await ensureDefaultDictionaries(api.db);
  const a = await api.createUser('administrator');
  const admin = await api.login(a.email, a.password);
  await scopedUser('Holder', 'OWN');
  await scopedUser('Colleague', 'OWN');
  await scopedUser('Lead', 'TEAM');
  const m = await api.createUser('manager', { name: 'Manager' });
  users.Manager = m.id;
  await api.db.team.create({
    data: { name: 'North', managerId: users.Lead!, members: { create: [{ userId: users.Holder! }] } },
  });
  const created = await api.gql(
    `mutation($input: AutomationRuleInput!) { createAutomationRule(input: $input) { id } }`,
    {
      input: {
        name: 'New client',
        entity: 'CLIENT',
        trigger: 'CREATED',
        enabled: true,
        actions: [
          { type: 'NOTIFY', roles: ['ACCOUNT_MANAGER'], userIds: [users.Colleague, users.Lead, users.Manager] },
        ],
      },
    },
    { cookie: admin },
  );
  expect(created.errors).toBeUndefined();
});
afterAll(() => api.close());

describe('rule notifications go only to those who may read the record', () => {
  it('tells the holder, an ALL-scoped user and the holder’s TEAM lead, not an OWN-scoped colleague', async () => {
    const mine = await api.db.client.create({
      data: { kind: 'LEGAL', name: 'Holder client', accountManagerId: users.Holder! },
    });
    const theirs = await api.db.client.create({
      data: { kind: 'LEGAL', name: 'Colleague client', accountManagerId: users.Colleague! },
    });
    await automationTick(api.db);
    await automationTick(api.db);
    expect(await toldAbout(mine.id)).toEqual(['Holder', 'Lead', 'Manager']);
    // The colleague holds this one (told as its account manager); the lead's team does not include them.
    expect(await toldAbout(theirs.id)).toEqual(['Colleague', 'Manager']);
  });

  it('tells an OWN-scoped named user about a client on their active call list (they may read it)', async () => {
    const listed = await api.db.client.create({
      data: { kind: 'LEGAL', name: 'Listed client', accountManagerId: users.Holder! },
    });
    const campaign = await api.db.campaign.create({
      data: { name: 'Calls', agentId: users.Colleague!, status: 'ACTIVE' },
    });
    await api.db.campaignItem.create({ data: { campaignId: campaign.id, clientId: listed.id, position: 1 } });
    await automationTick(api.db);
    await automationTick(api.db);
    expect(await toldAbout(listed.id)).toEqual(['Colleague', 'Holder', 'Lead', 'Manager']);
  });
});
