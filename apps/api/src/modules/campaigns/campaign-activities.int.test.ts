// Working a campaign item through activities, and the reports built from it: createActivity with campaignItemId
// starts the item, closeActivity finishes it with the call's result (in the same transaction), reopening the call
// undoes that; the per-campaign and per-agent reports count items, outcomes, contacts and talk time.
import { fromGlobalId, toGlobalId } from '@veza/shared';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { errorCode, startTestApi, type TestApi } from '../../test/api.ts';
import { ensureDefaultDictionaries } from '../dictionaries/index.ts';
import { kit, type CampaignResult, type TestUser } from './campaign-test-kit.ts';

let api: TestApi;
const k = kit(() => api);
let manager: TestUser;
let ana: TestUser;
let boris: TestUser;
let types: Record<string, string>;
let results: Record<string, string>;
let anaCampaign: CampaignResult;
let borisCampaign: CampaignResult;
let items: { id: string; client: { id: string } }[];
let borisItems: { id: string; client: { id: string } }[];

type Activity = { id: string; version: number; campaignItem: { id: string; state: string } | null };
const ACTIVITY = `id version campaignItem { id state }`;
const CREATE = `mutation($input: CreateActivityInput!) { createActivity(input: $input) { ${ACTIVITY} } }`;
const CLOSE = `mutation($id: ID!, $v: Int!, $input: CloseActivityInput!) {
  closeActivity(id: $id, version: $v, input: $input) { ${ACTIVITY} } }`;
const REOPEN = `mutation($id: ID!, $v: Int!) { reopenActivity(id: $id, version: $v) { ${ACTIVITY} } }`;
const ITEM = `query($id: ID!) { campaignItem(id: $id) { state outcome { key } activity { id } completedAt
  activities { id } } }`;
type ItemState = {
  state: string;
  outcome: { key: string } | null;
  activity: { id: string } | null;
  completedAt: string | null;
  activities: { id: string }[];
};

async function itemsOf(cookie: string, campaignId: string) {
  const res = await api.gql<{ campaign: { items: { edges: { node: { id: string; client: { id: string } } }[] } } }>(
    `query($id: ID!) { campaign(id: $id) { items { edges { node { id client { id } } } } } }`,
    { id: campaignId },
    { cookie },
  );
  return res.data!.campaign.items.edges.map((e) => e.node);
}

async function logCall(
  cookie: string,
  item: { id: string; client: { id: string } },
  extra: Record<string, unknown> = {},
) {
  const res = await api.gql<{ createActivity: Activity }>(
    CREATE,
    {
      input: {
        clientId: item.client.id,
        typeId: types.call,
        subject: 'Campaign call',
        campaignItemId: item.id,
        ...extra,
      },
    },
    { cookie },
  );
  return res;
}

async function close(cookie: string, activity: Activity, input: Record<string, unknown>) {
  const res = await api.gql<{ closeActivity: Activity }>(
    CLOSE,
    { id: activity.id, v: activity.version, input },
    { cookie },
  );
  if (res.errors) throw new Error(JSON.stringify(res.errors));
  return res.data!.closeActivity;
}

const itemState = async (cookie: string, id: string) =>
  (await api.gql<{ campaignItem: ItemState }>(ITEM, { id }, { cookie })).data!.campaignItem;

beforeAll(async () => {
  api = await startTestApi();
  await ensureDefaultDictionaries(api.db);
  const values = await api.db.dictionaryValue.findMany({
    where: { kind: { in: ['ACTIVITY_TYPE', 'ACTIVITY_RESULT'] } },
  });
  const byKind = (kind: string) =>
    Object.fromEntries(values.filter((v) => v.kind === kind).map((v) => [v.key, toGlobalId('DictionaryValue', v.id)]));
  types = byKind('ACTIVITY_TYPE');
  results = byKind('ACTIVITY_RESULT');
  manager = await k.user('manager');
  [ana, boris] = [await k.user('agent', 'Ana'), await k.user('agent', 'Boris')];
  await k.clients('Zagreb', 10);
  const gen = await k.generate(manager.cookie, { filter: k.cityIs('Zagreb'), agentIds: [ana.id, boris.id] });
  [anaCampaign, borisCampaign] = gen.data!.generateCampaigns.campaigns as [CampaignResult, CampaignResult];
  items = await itemsOf(ana.cookie, anaCampaign.id);
  borisItems = await itemsOf(boris.cookie, borisCampaign.id);
});
afterAll(() => api.close());

describe('logging calls for campaign items', () => {
  it('starts the item when the call is planned and finishes it with the result when the call is closed', async () => {
    const created = await logCall(ana.cookie, items[0]!);
    expect(created.errors).toBeUndefined();
    expect(created.data!.createActivity.campaignItem).toEqual({ id: items[0]!.id, state: 'IN_PROGRESS' });

    const closed = await close(ana.cookie, created.data!.createActivity, {
      resultId: results.offer_requested,
      workMinutes: 12,
    });
    const item = await itemState(ana.cookie, items[0]!.id);
    expect(item).toMatchObject({ state: 'DONE', outcome: { key: 'offer_requested' }, activity: { id: closed.id } });
    expect(item.completedAt).not.toBeNull();
    expect(item.activities.map((a) => a.id)).toEqual([closed.id]);
  });

  it('puts the item back in progress when the closing call is reopened', async () => {
    const created = (await logCall(ana.cookie, items[1]!)).data!.createActivity;
    const closed = await close(ana.cookie, created, { resultId: results.no_answer });
    expect((await itemState(ana.cookie, items[1]!.id)).state).toBe('DONE');
    const reopened = await api.gql<{ reopenActivity: Activity }>(
      REOPEN,
      { id: closed.id, v: closed.version },
      {
        cookie: ana.cookie,
      },
    );
    expect(reopened.data!.reopenActivity.campaignItem!.state).toBe('IN_PROGRESS');
    expect(await itemState(ana.cookie, items[1]!.id)).toMatchObject({
      state: 'IN_PROGRESS',
      outcome: null,
      activity: null,
    });
    await close(ana.cookie, reopened.data!.reopenActivity, { resultId: results.further_talks, workMinutes: 5 });
    expect((await itemState(ana.cookie, items[1]!.id)).outcome).toEqual({ key: 'further_talks' });
  });

  it('marks the item done at once for a call recorded as already done', async () => {
    const created = await logCall(ana.cookie, items[2]!, { status: 'DONE' });
    expect(created.data!.createActivity.campaignItem!.state).toBe('DONE');
  });

  it('refuses an item of another client, of another agent, or one already finished, and saves no activity', async () => {
    const before = await api.db.activity.count();
    const otherClient = await api.gql(
      CREATE,
      {
        input: { clientId: items[4]!.client.id, typeId: types.call, subject: 'x', campaignItemId: items[3]!.id },
      },
      { cookie: ana.cookie },
    );
    expect(otherClient.errors![0]!.extensions).toMatchObject({
      code: 'BAD_USER_INPUT',
      field: 'input.campaignItemId',
    });
    expect(otherClient.errors![0]!.message).toBe('validation.campaign.itemClient');
    // Boris's client is not Ana's to read (neither managed nor on her open list): like a client that does not exist.
    const notMine = await logCall(ana.cookie, borisItems[0]!);
    expect(notMine.errors![0]!.extensions!.field).toBe('input.clientId');
    // A finished item's client left Ana's open list: she manages it here, so the item itself is what is refused.
    const finishedClient = fromGlobalId(items[0]!.client.id)!.id;
    await api.db.client.update({ where: { id: finishedClient }, data: { accountManagerId: ana.rowId } });
    const finished = await logCall(ana.cookie, items[0]!);
    expect(finished.errors![0]!.message).toBe('validation.campaign.itemFinished');
    expect(await api.db.activity.count()).toBe(before);
  });

  it('rolls the item back too when closing the call fails', async () => {
    const created = (await logCall(ana.cookie, items[3]!)).data!.createActivity;
    const bad = await api.gql(
      CLOSE,
      { id: created.id, v: created.version, input: { resultId: types.call } },
      {
        cookie: ana.cookie,
      },
    );
    expect(errorCode(bad)).toBe('BAD_USER_INPUT');
    expect((await itemState(ana.cookie, items[3]!.id)).state).toBe('IN_PROGRESS');
  });
});

describe('reports', () => {
  const REPORT = `query($id: ID!) { campaignReport(campaignId: $id) {
    progress { total done skipped pending inProgress } outcomes { outcome { key } count } contacts talkMinutes } }`;
  const AGENTS = `query($filter: CampaignAgentReportFilter) { campaignAgentReport(filter: $filter) {
    agent { name } campaigns progress { total done skipped } outcomes { outcome { key } count } contacts talkMinutes } }`;

  beforeAll(async () => {
    // Boris: one call with a result and 30 minutes, one skipped item.
    const call = (await logCall(boris.cookie, borisItems[0]!)).data!.createActivity;
    await close(boris.cookie, call, { resultId: results.offer_requested, workMinutes: 30 });
    await api.gql(
      `mutation($id: ID!) { skipCampaignItem(id: $id, reason: "Moved abroad") { id } }`,
      { id: borisItems[1]!.id },
      {
        cookie: boris.cookie,
      },
    );
  });

  it('counts one campaign’s items, outcomes, contacts and talk time', async () => {
    type Report = { outcomes: { outcome: { key: string } | null; count: number }[] };
    const res = await api.gql<{ campaignReport: Report }>(REPORT, { id: anaCampaign.id }, { cookie: manager.cookie });
    // Ana: items 0 (offer, 12 min), 1 (further talks, 5 min; an earlier close was reopened), 2 (done, no result),
    // 3 in progress with a planned call, 4 pending.
    const report = res.data!.campaignReport;
    expect(report).toMatchObject({
      progress: { total: 5, done: 3, skipped: 0, pending: 1, inProgress: 1 },
      contacts: 3,
      talkMinutes: 17,
    });
    const outcomes = report.outcomes.map((o) => `${o.outcome?.key ?? '-'}:${o.count}`).sort();
    expect(outcomes).toEqual(['-:1', 'further_talks:1', 'offer_requested:1']);
  });

  it('reports per agent for a manager, and only the own row for an agent', async () => {
    const all = await api.gql<{ campaignAgentReport: { agent: { name: string }; contacts: number }[] }>(
      AGENTS,
      {},
      {
        cookie: manager.cookie,
      },
    );
    expect(all.data!.campaignAgentReport).toEqual([
      expect.objectContaining({ agent: { name: 'Ana' }, campaigns: 1, contacts: 3, talkMinutes: 17 }),
      {
        agent: { name: 'Boris' },
        campaigns: 1,
        progress: { total: 5, done: 1, skipped: 1 },
        outcomes: [{ outcome: { key: 'offer_requested' }, count: 1 }],
        contacts: 1,
        talkMinutes: 30,
      },
    ]);
    const own = await api.gql<{ campaignAgentReport: { agent: { name: string } }[] }>(
      AGENTS,
      {},
      { cookie: boris.cookie },
    );
    expect(own.data!.campaignAgentReport.map((r) => r.agent.name)).toEqual(['Boris']);
    const others = await api.gql(AGENTS, { filter: { agentIds: [ana.id] } }, { cookie: boris.cookie });
    expect(errorCode(others)).toBe('FORBIDDEN');
    const hidden = await api.gql<{ campaignReport: unknown }>(REPORT, { id: anaCampaign.id }, { cookie: boris.cookie });
    expect(hidden.data!.campaignReport).toBeNull();
  });

  it('counts only work inside the period', async () => {
    type Row = { contacts: number; progress: { total: number; done: number } };
    const past = { from: '2001-01-01T00:00:00Z', to: '2001-02-01T00:00:00Z' };
    const before = await api.gql<{ campaignAgentReport: Row[] }>(AGENTS, { filter: past }, { cookie: manager.cookie });
    expect(before.data!.campaignAgentReport).toEqual([]);
    // Still open later: the campaigns count with their items, but no work was done then.
    const future = { from: '2099-01-01T00:00:00Z', to: '2099-02-01T00:00:00Z' };
    const later = await api.gql<{ campaignAgentReport: Row[] }>(AGENTS, { filter: future }, { cookie: manager.cookie });
    expect(later.data!.campaignAgentReport.map((r) => [r.progress.total, r.progress.done, r.contacts])).toEqual([
      [5, 0, 0],
      [5, 0, 0],
    ]);
    const now = {
      from: new Date(Date.now() - 3_600_000).toISOString(),
      to: new Date(Date.now() + 3_600_000).toISOString(),
    };
    const current = await api.gql<{ campaignAgentReport: { contacts: number }[] }>(
      AGENTS,
      { filter: now },
      {
        cookie: manager.cookie,
      },
    );
    expect(current.data!.campaignAgentReport.map((r) => r.contacts)).toEqual([3, 1]);
  });
});
