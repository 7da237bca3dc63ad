// Campaign generation over GraphQL: each strategy's split (even sizes, deterministic, no client twice), exclusion of
// clients on open campaigns, an empty result, a failure half-way leaving nothing, permissions, the preview, and two
// generations at once never handing out a client twice.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { errorCode, startTestApi, type TestApi } from '../../test/api.ts';
import { kit, rowId, type TestUser } from './campaign-test-kit.ts';
import { UUID7_PORTABLE } from './campaigns.repository.ts';

let api: TestApi;
const k = kit(() => api);
let manager: TestUser;
let agents: TestUser[];

const PREVIEW = `query($filter: ClientFilter!, $ex: Boolean, $agentIds: [ID!], $strategy: CampaignStrategy, $n: Int) {
  previewCampaignGeneration(filter: $filter, excludeInActiveCampaigns: $ex, agentIds: $agentIds, strategy: $strategy,
    sampleSize: $n) { count excludedCount sample { id name } split { agent { id } count } } }`;

const counts = async () => ({ campaigns: await api.db.campaign.count(), items: await api.db.campaignItem.count() });
const sizes = (lists: string[][]) => lists.map((l) => l.length);
const flat = (lists: string[][]) => lists.flat();

beforeAll(async () => {
  api = await startTestApi();
  manager = await k.user('manager');
  agents = [await k.user('agent', 'Ana'), await k.user('agent', 'Boris'), await k.user('agent', 'Cvijeta')];
});
afterAll(() => api.close());

describe('strategies', () => {
  it('ROUND_ROBIN deals clients in name order to agent i mod n, sizes differing by at most one', async () => {
    const ids = await k.clients('Rijeka', 20);
    const res = await k.generate(manager.cookie, {
      filter: k.cityIs('Rijeka'),
      agentIds: agents.map((a) => a.id),
      strategy: 'ROUND_ROBIN',
    });
    expect(res.errors).toBeUndefined();
    const out = res.data!.generateCampaigns;
    expect(out.clientCount).toBe(20);
    expect(out.campaigns.map((c) => c.agent.name)).toEqual(['Ana', 'Boris', 'Cvijeta']);
    expect(out.campaigns.map((c) => c.name)).toEqual(['Calls – Ana', 'Calls – Boris', 'Calls – Cvijeta']);
    expect(new Set(out.campaigns.map((c) => c.generationId)).size).toBe(1);
    const lists = await k.clientsOf(out.campaigns.map((c) => c.id));
    expect(sizes(lists)).toEqual([7, 7, 6]);
    expect(lists[0]).toEqual(ids.filter((_, i) => i % 3 === 0));
    expect(lists[1]).toEqual(ids.filter((_, i) => i % 3 === 1));
    expect(new Set(flat(lists)).size).toBe(20);
    expect(out.campaigns.map((c) => c.progress.pending)).toEqual([7, 7, 6]);
  });

  it('EVEN_SPLIT gives contiguous blocks in name order, sizes differing by at most one', async () => {
    const ids = await k.clients('Osijek', 11);
    const res = await k.generate(manager.cookie, {
      filter: k.cityIs('Osijek'),
      agentIds: agents.map((a) => a.id),
      strategy: 'EVEN_SPLIT',
    });
    const lists = await k.clientsOf(res.data!.generateCampaigns.campaigns.map((c) => c.id));
    expect(sizes(lists)).toEqual([4, 4, 3]);
    expect(lists).toEqual([ids.slice(0, 4), ids.slice(4, 8), ids.slice(8)]);
  });

  it('BY_ACCOUNT_MANAGER gives agents their own clients and levels the rest', async () => {
    // Boris manages 6 of 20; one client belongs to the manager (not an agent here), so it is part of the rest.
    const ids = await k.clients('Zadar', 20, {
      managerOf: (i) => (i < 6 ? agents[1]!.rowId : i === 6 ? rowId(manager.id) : null),
    });
    const res = await k.generate(manager.cookie, {
      filter: k.cityIs('Zadar'),
      agentIds: agents.map((a) => a.id),
      strategy: 'BY_ACCOUNT_MANAGER',
    });
    expect(res.errors).toBeUndefined();
    const lists = await k.clientsOf(res.data!.generateCampaigns.campaigns.map((c) => c.id));
    expect(sizes(lists)).toEqual([7, 6, 7]);
    expect(lists[1]).toEqual(ids.slice(0, 6));
    expect(new Set(flat(lists))).toEqual(new Set(ids));
  });

  it('BY_ACCOUNT_MANAGER keeps an agent with many own clients at those, the others share the rest', async () => {
    const ids = await k.clients('Pula', 12, { managerOf: (i) => (i < 9 ? agents[0]!.rowId : null) });
    const res = await k.generate(manager.cookie, {
      filter: k.cityIs('Pula'),
      agentIds: agents.map((a) => a.id),
      strategy: 'BY_ACCOUNT_MANAGER',
    });
    const lists = await k.clientsOf(res.data!.generateCampaigns.campaigns.map((c) => c.id));
    expect(sizes(lists)).toEqual([9, 2, 1]);
    expect(lists[0]).toEqual(ids.slice(0, 9));
  });

  it('numbers every campaign 1, 2, … with no gap or repeat, for each strategy and remainder', async () => {
    // Positions of ROUND_ROBIN and EVEN_SPLIT are computed from the client's rank, not counted per campaign.
    await k.clients('Trogir', 13, { managerOf: (i) => (i % 4 === 0 ? agents[2]!.rowId : null) });
    for (const strategy of ['ROUND_ROBIN', 'EVEN_SPLIT', 'BY_ACCOUNT_MANAGER'])
      for (const n of [1, 2, 3]) {
        const res = await k.generate(manager.cookie, {
          filter: k.cityIs('Trogir'),
          agentIds: agents.slice(0, n).map((a) => a.id),
          strategy,
        });
        expect(res.errors).toBeUndefined();
        const ids = res.data!.generateCampaigns.campaigns.map((c) => rowId(c.id));
        const items = await api.db.campaignItem.findMany({ where: { campaignId: { in: ids } } });
        for (const id of ids) {
          const positions = items.filter((i) => i.campaignId === id).map((i) => i.position);
          expect(
            positions.sort((a, b) => a - b),
            `${strategy} over ${n}`,
          ).toEqual(positions.map((_, i) => i + 1));
        }
        expect(items.length).toBe(13);
      }
  });

  it('gives an agent an empty campaign when there are fewer clients than agents', async () => {
    await k.clients('Hvar', 2);
    const res = await k.generate(manager.cookie, {
      filter: k.cityIs('Hvar'),
      agentIds: agents.map((a) => a.id),
      strategy: 'EVEN_SPLIT',
    });
    expect(res.data!.generateCampaigns.campaigns.map((c) => c.progress.total)).toEqual([1, 1, 0]);
  });
});

describe('exclusion and empty results', () => {
  it('leaves out clients already on an active campaign, and refuses when none is left', async () => {
    await k.clients('Split', 6);
    const splitIds = await k.clients('Makarska', 4);
    const first = await k.generate(manager.cookie, { filter: k.cityIs('Split'), agentIds: [agents[0]!.id] });
    expect(first.errors).toBeUndefined();

    const before = await counts();
    const again = await k.generate(manager.cookie, {
      filter: k.cityIs('Split'),
      agentIds: [agents[1]!.id],
      excludeInActiveCampaigns: true,
    });
    expect(errorCode(again)).toBe('BAD_USER_INPUT');
    expect(again.errors![0]!.extensions!.field).toBe('filter');
    expect(again.errors![0]!.message).toBe('validation.campaign.noClients');
    expect(await counts()).toEqual(before);

    const both = await k.generate(manager.cookie, {
      filter: k.cityIs('Split', 'Makarska'),
      agentIds: [agents[1]!.id, agents[2]!.id],
      excludeInActiveCampaigns: true,
    });
    const lists = await k.clientsOf(both.data!.generateCampaigns.campaigns.map((c) => c.id));
    expect(new Set(flat(lists))).toEqual(new Set(splitIds));
  });

  it('counts a client on a completed campaign as free again', async () => {
    await k.clients('Sisak', 3);
    const first = await k.generate(manager.cookie, { filter: k.cityIs('Sisak'), agentIds: [agents[0]!.id] });
    const campaign = first.data!.generateCampaigns.campaigns[0]!;
    await api.gql(
      `mutation($id: ID!, $v: Int!) { completeCampaign(id: $id, version: $v) { id } }`,
      {
        id: campaign.id,
        v: campaign.version,
      },
      { cookie: manager.cookie },
    );
    const again = await k.generate(manager.cookie, {
      filter: k.cityIs('Sisak'),
      agentIds: [agents[1]!.id],
      excludeInActiveCampaigns: true,
    });
    expect(again.data!.generateCampaigns.clientCount).toBe(3);
  });

  it('refuses a filter nothing matches, naming filter, and creates nothing', async () => {
    const before = await counts();
    const res = await k.generate(manager.cookie, { filter: k.cityIs('Atlantis'), agentIds: [agents[0]!.id] });
    expect(errorCode(res)).toBe('BAD_USER_INPUT');
    expect(res.errors![0]!.extensions!.field).toBe('filter');
    expect(await counts()).toEqual(before);
  });

  it('leaves nothing behind when inserting the items fails half-way', async () => {
    const ids = await k.clients('Karlovac', 5);
    // A real database failure on the fourth client's item (a trigger), after the campaigns were inserted.
    await api.db.$executeRawUnsafe(`CREATE FUNCTION fail_item() RETURNS trigger LANGUAGE plpgsql AS $$
      BEGIN IF NEW.client_id = '${rowId(ids[3]!)}' THEN RAISE EXCEPTION 'disk full'; END IF; RETURN NEW; END $$`);
    await api.db.$executeRawUnsafe(
      `CREATE TRIGGER fail_item BEFORE INSERT ON campaign_items FOR EACH ROW EXECUTE FUNCTION fail_item()`,
    );
    try {
      const before = await counts();
      const res = await k.generate(manager.cookie, { filter: k.cityIs('Karlovac'), agentIds: [agents[0]!.id] });
      expect(res.errors).toBeDefined();
      expect(res.data?.generateCampaigns ?? null).toBeNull();
      expect(await counts()).toEqual(before);
    } finally {
      await api.db.$executeRawUnsafe(`DROP TRIGGER fail_item ON campaign_items`);
      await api.db.$executeRawUnsafe(`DROP FUNCTION fail_item()`);
    }
  });
});

describe('input and permissions', () => {
  it('lets only campaigns.manage generate or preview', async () => {
    await k.clients('Vukovar', 2);
    const before = await counts();
    const res = await k.generate(agents[0]!.cookie, { filter: k.cityIs('Vukovar'), agentIds: [agents[0]!.id] });
    expect(errorCode(res)).toBe('FORBIDDEN');
    const preview = await api.gql(PREVIEW, { filter: k.cityIs('Vukovar') }, { cookie: agents[0]!.cookie });
    expect(errorCode(preview)).toBe('FORBIDDEN');
    expect(await counts()).toEqual(before);
  });

  it('refuses an inactive agent, a duplicate agent and an inverted period, naming the field', async () => {
    const off = await k.user('agent', 'Gone');
    await api.db.user.update({ where: { id: off.rowId }, data: { active: false } });
    const base = { filter: k.cityIs('Vukovar') };
    const inactive = await k.generate(manager.cookie, { ...base, agentIds: [agents[0]!.id, off.id] });
    expect(inactive.errors![0]!.extensions!.field).toBe('agentIds.1');
    const dup = await k.generate(manager.cookie, { ...base, agentIds: [agents[0]!.id, agents[0]!.id] });
    expect(dup.errors![0]!.extensions!.field).toBe('agentIds');
    const period = await k.generate(manager.cookie, {
      ...base,
      agentIds: [agents[0]!.id],
      start: '2030-05-10',
      end: '2030-05-01',
    });
    expect(period.errors![0]!.extensions!.field).toBe('end');
    const none = await k.generate(manager.cookie, { ...base, agentIds: [] });
    expect(none.errors![0]!.extensions!.field).toBe('agentIds');
  });
});

describe('preview', () => {
  it('counts, samples in distribution order and predicts the split the generation then makes', async () => {
    const ids = await k.clients('Dubrovnik', 8, { managerOf: (i) => (i < 5 ? agents[2]!.rowId : null) });
    const vars = {
      filter: k.cityIs('Dubrovnik'),
      agentIds: agents.map((a) => a.id),
      strategy: 'BY_ACCOUNT_MANAGER',
      n: 3,
    };
    const res = await api.gql<{
      previewCampaignGeneration: {
        count: number;
        excludedCount: number;
        sample: { id: string }[];
        split: { agent: { id: string }; count: number }[];
      };
    }>(PREVIEW, vars, { cookie: manager.cookie });
    const p = res.data!.previewCampaignGeneration;
    expect(p.count).toBe(8);
    expect(p.sample.map((c) => c.id)).toEqual(ids.slice(0, 3));
    expect(p.split.map((s) => s.agent.id)).toEqual(agents.map((a) => a.id));
    expect(p.split.map((s) => s.count)).toEqual([2, 1, 5]);

    const gen = await k.generate(manager.cookie, {
      filter: vars.filter,
      agentIds: vars.agentIds,
      strategy: vars.strategy,
    });
    expect(sizes(await k.clientsOf(gen.data!.generateCampaigns.campaigns.map((c) => c.id)))).toEqual([2, 1, 5]);

    const after = await api.gql<{ previewCampaignGeneration: { count: number; excludedCount: number } }>(
      PREVIEW,
      { filter: vars.filter, ex: true },
      { cookie: manager.cookie },
    );
    expect(after.data!.previewCampaignGeneration).toMatchObject({ count: 0, excludedCount: 8 });
  });
});

describe('preview split', () => {
  // ROUND_ROBIN and EVEN_SPLIT sizes are computed arithmetically from the count (not by the assignment query), so
  // check them against what the generation really makes, with clients on open campaigns left out of the total.
  it.each(['ROUND_ROBIN', 'EVEN_SPLIT', 'BY_ACCOUNT_MANAGER'])(
    '%s: preview split equals generated sizes',
    async (s) => {
      const taken = `Hvar ${s} taken`;
      const city = `Hvar ${s}`;
      await k.clients(taken, 3);
      await k.generate(manager.cookie, { filter: k.cityIs(taken), agentIds: [agents[0]!.id] });
      await k.clients(city, 11, { managerOf: (i) => (i % 3 === 0 ? agents[1]!.rowId : null) });
      const vars = { filter: k.cityIs(taken, city), agentIds: agents.map((a) => a.id), strategy: s };
      const res = await api.gql<{
        previewCampaignGeneration: { count: number; excludedCount: number; split: { count: number }[] };
      }>(PREVIEW, { ...vars, ex: true }, { cookie: manager.cookie });
      const p = res.data!.previewCampaignGeneration;
      expect(p).toMatchObject({ count: 11, excludedCount: 3 });
      const gen = await k.generate(manager.cookie, { ...vars, excludeInActiveCampaigns: true });
      expect(gen.errors).toBeUndefined();
      const generated = sizes(await k.clientsOf(gen.data!.generateCampaigns.campaigns.map((c) => c.id)));
      expect(p.split.map((x) => x.count)).toEqual(generated);
      expect(generated.reduce((a, b) => a + b, 0)).toBe(11);
    },
  );
});

describe('concurrency', () => {
  // Three rounds: without the assignment lock at least one of them double-assigns.
  it.each([1, 2, 3])(
    'two generations at once with exclusion never hand out a client twice (round %i)',
    async (round) => {
      const [wide, narrow] = [`Varaždin ${round}`, `Čakovec ${round}`];
      await k.clients(wide, 40);
      await k.clients(narrow, 10);
      const [a, b] = await Promise.all([
        k.generate(manager.cookie, {
          filter: k.cityIs(wide),
          agentIds: [agents[0]!.id, agents[1]!.id],
          excludeInActiveCampaigns: true,
        }),
        k.generate(manager.cookie, {
          filter: k.cityIs(wide, narrow),
          agentIds: [agents[2]!.id],
          excludeInActiveCampaigns: true,
        }),
      ]);
      // Whichever runs second sees the first one's items; if the wider one ran first, nothing is left for the other.
      expect(b.errors).toBeUndefined();
      if (a.errors) expect(a.errors[0]!.message).toBe('validation.campaign.noClients');
      const total = (a.data?.generateCampaigns.clientCount ?? 0) + b.data!.generateCampaigns.clientCount;
      expect(total).toBe(50);
      const rows = await api.db.$queryRaw<{ n: number; distinct: number }[]>`
      SELECT count(*)::int AS n, count(DISTINCT i.client_id)::int AS distinct
      FROM campaign_items i JOIN clients c ON c.id = i.client_id WHERE c.city IN (${wide}, ${narrow})`;
      expect(rows[0]).toEqual({ n: 50, distinct: 50 });
    },
  );
});

describe('keys', () => {
  it('makes version-7 ids from the current millisecond on PostgreSQL before 18 too', async () => {
    const before = Date.now();
    const rows = await api.db.$queryRaw<
      { id: string }[]
    >`SELECT ${UUID7_PORTABLE}::text AS id FROM generate_series(1, 3)`;
    for (const { id } of rows) {
      expect(id).toMatch(/^[0-9a-f]{8}-[0-9a-f]{4}-7[0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}$/);
      const ms = parseInt(id.replace(/-/g, '').slice(0, 12), 16);
      expect(ms).toBeGreaterThanOrEqual(before - 5);
      expect(ms).toBeLessThanOrEqual(Date.now() + 5);
    }
    expect(new Set(rows.map((r) => r.id)).size).toBe(3);
  });
});
