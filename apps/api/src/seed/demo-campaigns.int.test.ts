// Demo call campaigns and hourly rates: the campaign pages and the reports of a fresh demo show real numbers.
import { afterAll, beforeAll, expect, it } from 'vitest';
import { startTestApi, type TestApi } from '../test/api.ts';
import { ensureDefaultDictionaries } from '../modules/dictionaries/index.ts';
import { seedDemoCampaigns } from './demo-campaigns.ts';
import { seedClients } from './demo-data.ts';

let api: TestApi;
let manager: { email: string; password: string };
beforeAll(async () => {
  api = await startTestApi();
  await ensureDefaultDictionaries(api.db);
  await api.createUser('agent', { email: 'agent@veza.local' });
  await api.createUser('agent', { email: 'agent2@veza.local' });
  manager = await api.createUser('manager', { email: 'manager@veza.local' });
  await seedClients(api.db, 300, { seed: 11 });
  await seedDemoCampaigns(api.db);
}, 120_000);
afterAll(() => api?.close());

it('gives each demo agent an active call list of their own clients, and the first agent a completed one', async () => {
  const campaigns = await api.db.campaign.findMany({
    include: { agent: { select: { email: true } }, items: { orderBy: { position: 'asc' } } },
    orderBy: { createdAt: 'asc' },
  });
  expect(campaigns.map((c) => [c.agent.email, c.status, c.items.length])).toEqual([
    ['agent@veza.local', 'COMPLETED', 15],
    ['agent@veza.local', 'ACTIVE', 30],
    ['agent2@veza.local', 'ACTIVE', 25],
  ]);
  const states = (i: number) => campaigns[i]!.items.map((it) => it.state).join('');
  expect(states(0)).toBe('DONE'.repeat(15));
  expect(states(1)).toBe('DONE'.repeat(12) + 'SKIPPED' + 'PENDING'.repeat(17));
  // Positions 1…n, a client at most once on the open lists, every client the agent's own.
  for (const c of campaigns) {
    expect(c.items.map((i) => i.position).sort((a, b) => a - b)).toEqual(c.items.map((_, k) => k + 1));
    const owners = await api.db.client.findMany({ where: { id: { in: c.items.map((i) => i.clientId) } } });
    expect(new Set(owners.map((o) => o.accountManagerId))).toEqual(new Set([c.agentId]));
  }
  const open = campaigns.filter((c) => c.status === 'ACTIVE').flatMap((c) => c.items.map((i) => i.clientId));
  expect(new Set(open).size).toBe(open.length);
});

it('finishes each done item with a logged call of the same client whose result is the outcome', async () => {
  const done = await api.db.campaignItem.findMany({ where: { state: 'DONE' }, include: { activity: true } });
  expect(done).toHaveLength(15 + 12 + 7);
  for (const item of done) {
    expect(item.activity).toMatchObject({
      clientId: item.clientId,
      status: 'DONE',
      resultId: item.outcomeId,
      campaignItemId: item.id,
    });
    expect(item.outcomeId).not.toBeNull();
    const client = await api.db.client.findUniqueOrThrow({ where: { id: item.clientId } });
    expect(client.lastContactAt!.getTime()).toBeGreaterThanOrEqual(item.activity!.startsAt!.getTime());
  }
});

it('prices the agents’ work time in the reports at their dated rates', async () => {
  const cookie = await api.login(manager.email, manager.password);
  const res = await api.gql<{ runReport: { totals: (number | null)[] } }>(
    `query($d: ReportDefinitionInput!) { runReport(definition: $d) { totals } }`,
    {
      d: {
        subject: 'ACTIVITIES',
        filter: { statuses: ['DONE'], typeKeys: ['call'] },
        groupBy: [{ dimension: 'AGENT' }],
        measures: [
          { fn: 'SUM', field: 'WORK_MINUTES' },
          { fn: 'SUM', field: 'COST' },
        ],
      },
    },
    { cookie },
  );
  expect(res.errors).toBeUndefined();
  const [minutes, cost] = res.data!.runReport.totals;
  expect(minutes).toBeGreaterThan(0);
  // Between the lowest (22/h) and the highest (26/h) rate of the two agents' calls.
  expect(cost).toBeGreaterThanOrEqual((minutes! / 60) * 22 - 0.01);
  expect(cost).toBeLessThanOrEqual((minutes! / 60) * 26 + 0.01);
});
