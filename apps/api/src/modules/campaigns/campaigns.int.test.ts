// Campaigns after generation over GraphQL: who sees which campaign, progress and items, the next item, working items
// (start, skip with a reason, reopen), edits with versions, closing, adding and removing clients, reassignment, and
// a page of campaigns with progress, agent and next client costing as many statements for 12 campaigns as for 2.
import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { errorCode, startTestApi, type TestApi } from '../../test/api.ts';
import { CAMPAIGN_FIELDS, kit, type CampaignResult, type TestUser } from './campaign-test-kit.ts';

let api: TestApi;
const k = kit(() => api);
let manager: TestUser;
let ana: TestUser;
let boris: TestUser;
let cvijeta: TestUser;
let cityNo = 0;

type Item = { id: string; state: string; position: number; skipReason: string | null; client: { id: string } };
const ITEM_FIELDS = `id state position skipReason client { id name }`;
const CAMPAIGN = `query($id: ID!, $state: [CampaignItemState!], $search: String, $first: Int, $after: String) {
  campaign(id: $id) {
  ${CAMPAIGN_FIELDS} nextItem { ${ITEM_FIELDS} }
  items(state: $state, search: $search, first: $first, after: $after) { totalCount pageInfo { hasNextPage endCursor }
    edges { node { ${ITEM_FIELDS} } } } } }`;
const LIST = `query($filter: CampaignFilter, $first: Int, $after: String) { campaigns(filter: $filter, first: $first, after: $after) {
  totalCount pageInfo { hasNextPage endCursor } edges { node { ${CAMPAIGN_FIELDS} } } } }`;

type Loaded = CampaignResult & {
  nextItem: Item | null;
  items: { totalCount: number; pageInfo: { hasNextPage: boolean; endCursor: string }; edges: { node: Item }[] };
};

async function load(cookie: string, id: string, vars: Record<string, unknown> = {}) {
  const res = await api.gql<{ campaign: Loaded | null }>(CAMPAIGN, { id, ...vars }, { cookie });
  if (res.errors) throw new Error(JSON.stringify(res.errors));
  return res.data!.campaign;
}

async function mutate<T>(cookie: string, query: string, vars: Record<string, unknown>) {
  return api.gql<T>(query, vars, { cookie });
}

const START = `mutation($id: ID!) { startCampaignItem(id: $id) { ${ITEM_FIELDS} } }`;
const SKIP = `mutation($id: ID!, $r: String!) { skipCampaignItem(id: $id, reason: $r) { ${ITEM_FIELDS} } }`;
const REOPEN = `mutation($id: ID!) { reopenCampaignItem(id: $id) { ${ITEM_FIELDS} } }`;

/** A fresh generation over `n` new clients for the given agents (round robin). */
async function fresh(n: number, agents: TestUser[]) {
  const city = `Grad ${++cityNo}`;
  const clientIds = await k.clients(city, n);
  const res = await k.generate(manager.cookie, { filter: k.cityIs(city), agentIds: agents.map((a) => a.id) });
  if (res.errors) throw new Error(JSON.stringify(res.errors));
  return { clientIds, city, ...res.data!.generateCampaigns };
}

beforeAll(async () => {
  api = await startTestApi({ countQueries: true });
  manager = await k.user('manager');
  [ana, boris, cvijeta] = [
    await k.user('agent', 'Ana'),
    await k.user('agent', 'Boris'),
    await k.user('agent', 'Cvijeta'),
  ];
});
afterAll(() => api.close());

describe('visibility', () => {
  let generation: Awaited<ReturnType<typeof fresh>>;
  beforeAll(async () => {
    generation = await fresh(4, [ana, boris]);
  });

  it('shows an agent only their own campaigns, and a manager all of them', async () => {
    const filter = { generationId: generation.generationId };
    const mine = await api.gql<{ campaigns: { edges: { node: CampaignResult }[] } }>(
      LIST,
      { filter },
      { cookie: ana.cookie },
    );
    expect(mine.data!.campaigns.edges.map((e) => e.node.agent.name)).toEqual(['Ana']);
    const all = await api.gql<{ campaigns: { edges: { node: CampaignResult }[] } }>(
      LIST,
      { filter },
      {
        cookie: manager.cookie,
      },
    );
    expect(all.data!.campaigns.edges.map((e) => e.node.agent.name).sort()).toEqual(['Ana', 'Boris']);
    const borisCampaign = generation.campaigns.find((c) => c.agent.name === 'Boris')!;
    expect(await load(ana.cookie, borisCampaign.id)).toBeNull();
    expect((await load(manager.cookie, borisCampaign.id))!.agent.name).toBe('Boris');
  });

  it('keeps other agents’ items out of reach: reading, starting and skipping', async () => {
    const borisCampaign = generation.campaigns.find((c) => c.agent.name === 'Boris')!;
    const item = (await load(manager.cookie, borisCampaign.id))!.items.edges[0]!.node;
    const read = await api.gql<{ campaignItem: unknown }>(
      `query($id: ID!) { campaignItem(id: $id) { id } }`,
      { id: item.id },
      {
        cookie: ana.cookie,
      },
    );
    expect(read.data!.campaignItem).toBeNull();
    expect(errorCode(await mutate(ana.cookie, START, { id: item.id }))).toBe('NOT_FOUND');
    expect(errorCode(await mutate(ana.cookie, SKIP, { id: item.id, r: 'no' }))).toBe('NOT_FOUND');
  });

  it('refuses campaign management to an agent', async () => {
    const own = generation.campaigns.find((c) => c.agent.name === 'Ana')!;
    const res = await mutate(
      ana.cookie,
      `mutation($id: ID!, $v: Int!) { completeCampaign(id: $id, version: $v) { id } }`,
      {
        id: own.id,
        v: own.version,
      },
    );
    expect(errorCode(res)).toBe('FORBIDDEN');
  });

  it('checks the permission before the input: an agent sending an invalid edit gets FORBIDDEN, not BAD_USER_INPUT', async () => {
    const own = generation.campaigns.find((c) => c.agent.name === 'Ana')!;
    const edit = `mutation($id: ID!, $v: Int!, $input: UpdateCampaignInput!) {
      updateCampaign(id: $id, version: $v, input: $input) { id } }`;
    const invalid = { name: '', start: '2030-09-30', end: '2030-09-01' };
    expect(errorCode(await mutate(ana.cookie, edit, { id: own.id, v: own.version, input: invalid }))).toBe('FORBIDDEN');
    // The same input from a manager is refused as input, so the agent's answer above is the permission's.
    expect(errorCode(await mutate(manager.cookie, edit, { id: own.id, v: own.version, input: invalid }))).toBe(
      'BAD_USER_INPUT',
    );
  });

  it('pages the list newest first with a cursor', async () => {
    const first = await api.gql<{
      campaigns: { totalCount: number; pageInfo: { endCursor: string }; edges: { node: { id: string } }[] };
    }>(LIST, { first: 1 }, { cookie: manager.cookie });
    const second = await api.gql<{ campaigns: { edges: { node: { id: string } }[] } }>(
      LIST,
      { first: 1, after: first.data!.campaigns.pageInfo.endCursor },
      { cookie: manager.cookie },
    );
    expect(first.data!.campaigns.totalCount).toBeGreaterThanOrEqual(2);
    expect(second.data!.campaigns.edges[0]!.node.id).not.toBe(first.data!.campaigns.edges[0]!.node.id);
  });
});

describe('working items', () => {
  let campaign: CampaignResult;
  beforeEach(async () => {
    campaign = (await fresh(5, [ana])).campaigns[0]!;
  });

  it('offers the first pending item, then the one in progress; skipping needs a reason', async () => {
    const loaded = (await load(ana.cookie, campaign.id))!;
    const [first, second] = loaded.items.edges.map((e) => e.node);
    expect(loaded.nextItem!.id).toBe(first!.id);

    const started = await mutate<{ startCampaignItem: Item }>(ana.cookie, START, { id: second!.id });
    expect(started.data!.startCampaignItem.state).toBe('IN_PROGRESS');
    expect((await load(ana.cookie, campaign.id))!.nextItem!.id).toBe(second!.id);

    const blank = await mutate(ana.cookie, SKIP, { id: first!.id, r: '   ' });
    expect(blank.errors![0]!.extensions!.field).toBe('reason');
    const skipped = await mutate<{ skipCampaignItem: Item }>(ana.cookie, SKIP, { id: second!.id, r: 'Closed down' });
    expect(skipped.data!.skipCampaignItem).toMatchObject({ state: 'SKIPPED', skipReason: 'Closed down' });

    const after = (await load(ana.cookie, campaign.id))!;
    expect(after.nextItem!.id).toBe(first!.id);
    expect(after.progress).toMatchObject({ total: 5, pending: 4, skipped: 1, finished: 1, ratio: 0.2 });
    expect(errorCode(await mutate(ana.cookie, START, { id: second!.id }))).toBe('BAD_USER_INPUT');

    const reopened = await mutate<{ reopenCampaignItem: Item }>(ana.cookie, REOPEN, { id: second!.id });
    expect(reopened.data!.reopenCampaignItem).toMatchObject({ state: 'PENDING', skipReason: null });
  });

  it('filters and pages items by state in list order', async () => {
    const all = (await load(ana.cookie, campaign.id))!.items.edges.map((e) => e.node);
    await mutate(ana.cookie, SKIP, { id: all[1]!.id, r: 'x' });
    await mutate(ana.cookie, SKIP, { id: all[3]!.id, r: 'y' });
    const skipped = (await load(ana.cookie, campaign.id, { state: 'SKIPPED' }))!.items;
    expect(skipped.totalCount).toBe(2);
    expect(skipped.edges.map((e) => e.node.id)).toEqual([all[1]!.id, all[3]!.id]);
    const page1 = (await load(ana.cookie, campaign.id, { state: ['PENDING'], first: 2 }))!.items;
    const page2 = (await load(ana.cookie, campaign.id, {
      state: ['PENDING'],
      first: 2,
      after: page1.pageInfo.endCursor,
    }))!.items;
    expect([...page1.edges, ...page2.edges].map((e) => e.node.id)).toEqual([all[0]!.id, all[2]!.id, all[4]!.id]);
    expect(page2.pageInfo.hasNextPage).toBe(false);
    const found = (await load(ana.cookie, campaign.id, { search: '004' }))!.items.edges.map((e) => e.node.id);
    expect(found).toEqual([all[3]!.id]);
  });

  it('stops work on a completed campaign and refuses a stale version', async () => {
    const item = (await load(ana.cookie, campaign.id))!.items.edges[0]!.node;
    const COMPLETE = `mutation($id: ID!, $v: Int!) { completeCampaign(id: $id, version: $v) { status version } }`;
    const done = await mutate<{ completeCampaign: { status: string } }>(manager.cookie, COMPLETE, {
      id: campaign.id,
      v: campaign.version,
    });
    expect(done.data!.completeCampaign.status).toBe('COMPLETED');
    expect(errorCode(await mutate(manager.cookie, COMPLETE, { id: campaign.id, v: campaign.version }))).toBe(
      'CONFLICT',
    );
    const start = await mutate(ana.cookie, START, { id: item.id });
    expect(start.errors![0]!.message).toBe('validation.campaign.notActive');
  });
});

describe('managing campaigns', () => {
  const UPDATE = `mutation($id: ID!, $v: Int!, $input: UpdateCampaignInput!) {
    updateCampaign(id: $id, version: $v, input: $input) { ${CAMPAIGN_FIELDS} } }`;
  const ADD = `mutation($id: ID!, $ids: [ID!], $filter: ClientFilter, $ex: Boolean) {
    addClientsToCampaign(id: $id, clientIds: $ids, filter: $filter, excludeInActiveCampaigns: $ex) {
      added skipped campaign { progress { total } } } }`;
  const REMOVE = `mutation($ids: [ID!]!) { removeCampaignItems(itemIds: $ids) { removedItemIds campaigns { progress { total } } } }`;

  it('edits name and period with optimistic versions, naming bad fields', async () => {
    const campaign = (await fresh(1, [ana])).campaigns[0]!;
    const ok = await mutate<{ updateCampaign: CampaignResult & { start: string; end: string } }>(
      manager.cookie,
      UPDATE,
      {
        id: campaign.id,
        v: campaign.version,
        input: { name: 'Autumn calls', start: '2030-09-01', end: '2030-09-30' },
      },
    );
    expect(ok.data!.updateCampaign).toMatchObject({ name: 'Autumn calls', start: '2030-09-01', end: '2030-09-30' });
    const stale = await mutate(manager.cookie, UPDATE, { id: campaign.id, v: campaign.version, input: { name: 'X' } });
    expect(errorCode(stale)).toBe('CONFLICT');
    const bad = await mutate(manager.cookie, UPDATE, {
      id: campaign.id,
      v: ok.data!.updateCampaign.version,
      input: { end: '2030-08-01' },
    });
    expect(bad.errors![0]!.extensions!.field).toBe('input.end');
  });

  it('adds clients by id and by filter at the end, skipping ones already on it', async () => {
    const generation = await fresh(2, [ana]);
    const campaign = generation.campaigns[0]!;
    const extra = await k.clients(`Extra ${cityNo}`, 3);
    const byIds = await mutate<{ addClientsToCampaign: { added: number; skipped: number } }>(manager.cookie, ADD, {
      id: campaign.id,
      ids: [extra[0], generation.clientIds[0]],
    });
    expect(byIds.data!.addClientsToCampaign).toMatchObject({ added: 1, skipped: 1 });
    const byFilter = await mutate<{
      addClientsToCampaign: { added: number; skipped: number; campaign: { progress: { total: number } } };
    }>(manager.cookie, ADD, { id: campaign.id, filter: k.cityIs(`Extra ${cityNo}`) });
    expect(byFilter.data!.addClientsToCampaign).toMatchObject({
      added: 2,
      skipped: 1,
      campaign: { progress: { total: 5 } },
    });
    const items = (await load(manager.cookie, campaign.id))!.items.edges.map((e) => e.node);
    expect(items.map((i) => i.client.id)).toEqual([...generation.clientIds, extra[0], extra[1], extra[2]]);
    expect(items.map((i) => i.position)).toEqual([1, 2, 3, 4, 5]);
    const both = await mutate(manager.cookie, ADD, { id: campaign.id });
    expect(both.errors![0]!.extensions!.field).toBe('clientIds');
  });

  it('removes pending items only', async () => {
    const campaign = (await fresh(3, [ana])).campaigns[0]!;
    const [a, b] = (await load(ana.cookie, campaign.id))!.items.edges.map((e) => e.node);
    await mutate(ana.cookie, START, { id: b!.id });
    const refused = await mutate(manager.cookie, REMOVE, { ids: [a!.id, b!.id] });
    expect(refused.errors![0]!.extensions!.field).toBe('itemIds.1');
    const removed = await mutate<{
      removeCampaignItems: { removedItemIds: string[]; campaigns: { progress: { total: number } }[] };
    }>(manager.cookie, REMOVE, { ids: [a!.id] });
    expect(removed.data!.removeCampaignItems).toEqual({
      removedItemIds: [a!.id],
      campaigns: [{ progress: { total: 2 } }],
    });
  });
});

describe('reassigning items', () => {
  const REASSIGN = `mutation($ids: [ID!]!, $agent: ID!) { reassignCampaignItems(itemIds: $ids, agentId: $agent) {
    items { ${ITEM_FIELDS} campaign { id } } campaigns { id name generationId agent { name } progress { total } } } }`;
  type Payload = {
    reassignCampaignItems: {
      items: (Item & { campaign: { id: string } })[];
      campaigns: {
        id: string;
        name: string;
        generationId: string;
        agent: { name: string };
        progress: { total: number };
      }[];
    };
  };

  it('moves items to the agent’s campaign of the same generation, pending, at the end', async () => {
    const generation = await fresh(6, [ana, boris]);
    const [anaCampaign, borisCampaign] = generation.campaigns;
    const anaItems = (await load(manager.cookie, anaCampaign!.id))!.items.edges.map((e) => e.node);
    await mutate(ana.cookie, START, { id: anaItems[0]!.id });
    const res = await mutate<Payload>(manager.cookie, REASSIGN, {
      ids: [anaItems[0]!.id, anaItems[2]!.id],
      agent: boris.id,
    });
    expect(res.errors).toBeUndefined();
    const out = res.data!.reassignCampaignItems;
    expect(out.items.map((i) => [i.campaign.id, i.state, i.position])).toEqual([
      [borisCampaign!.id, 'PENDING', 4],
      [borisCampaign!.id, 'PENDING', 5],
    ]);
    expect(out.campaigns.map((c) => [c.id, c.progress.total])).toEqual([
      [borisCampaign!.id, 5],
      [anaCampaign!.id, 1],
    ]);
  });

  it('creates a campaign for an agent without one in that generation', async () => {
    const generation = await fresh(2, [ana]);
    const item = (await load(manager.cookie, generation.campaigns[0]!.id))!.items.edges[1]!.node;
    const res = await mutate<Payload>(manager.cookie, REASSIGN, { ids: [item.id], agent: cvijeta.id });
    const [target, source] = res.data!.reassignCampaignItems.campaigns;
    expect(target).toMatchObject({ name: 'Calls – Cvijeta', agent: { name: 'Cvijeta' }, progress: { total: 1 } });
    expect(target!.generationId).toBe(generation.generationId);
    expect(source!.progress.total).toBe(1);
  });

  it('refuses finished items', async () => {
    const generation = await fresh(1, [ana]);
    const item = (await load(ana.cookie, generation.campaigns[0]!.id))!.items.edges[0]!.node;
    await mutate(ana.cookie, SKIP, { id: item.id, r: 'Wrong number' });
    const res = await mutate(manager.cookie, REASSIGN, { ids: [item.id], agent: boris.id });
    expect(res.errors![0]!.extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: 'itemIds.0' });
  });
});

describe('batching', () => {
  const PAGE = `query($first: Int) { campaigns(first: $first) { edges { node { name agent { name } createdBy { name }
    progress { total done } nextItem { position client { name } } } } } }`;

  async function statementsFor(first: number): Promise<number> {
    // The same request once uncounted first: the session (viewer cache, 5 s) and dictionary caches are then fresh, so
    // only the page's own statements are counted however long a loaded machine took since the previous request.
    await api.gql(PAGE, { first }, { cookie: manager.cookie });
    api.queries.length = 0;
    const res = await api.gql<{ campaigns: { edges: unknown[] } }>(PAGE, { first }, { cookie: manager.cookie });
    expect(res.errors).toBeUndefined();
    expect(res.data!.campaigns.edges).toHaveLength(first);
    return api.queries.length;
  }

  it('loads 12 campaigns with agent, progress and next client in as many statements as 2', async () => {
    for (let i = 0; i < 4; i++) await fresh(4, [ana, boris, cvijeta]);
    const small = await statementsFor(2);
    expect(await statementsFor(12)).toBe(small);
    expect(small).toBeLessThan(15);
  });
});
