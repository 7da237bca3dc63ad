// Workload 4: previewing and generating call campaigns for the newest 50,000 clients across ten agents (even split).
// Every generation is deleted again outside the timing, so each one starts from the same data.
import crypto from 'node:crypto';
import { fromGlobalId, toGlobalId } from '@veza/shared';
import { assert, type BenchContext, type LatencyWorkload } from './types.ts';

const PREVIEW = `query BenchPreview($filter: ClientFilter!, $agents: [ID!]) {
  previewCampaignGeneration(filter: $filter, agentIds: $agents, strategy: EVEN_SPLIT, sampleSize: 10) {
    count excludedCount sample { id name } split { agent { id } count }
  }
}`;

const GENERATE = `mutation BenchGenerate($input: GenerateCampaignsInput!) {
  generateCampaigns(input: $input) { generationId clientCount campaigns { id } }
}`;

const WHERE = `c.deleted_at IS NULL AND c.created_at >= $1`;

const COUNT_SQL = `SELECT count(*)::int AS n FROM clients c WHERE ${WHERE}`;
const SAMPLE_SQL = `SELECT c.id, c.name FROM clients c WHERE ${WHERE} ORDER BY c.name, c.id LIMIT 10`;

/**
 * One campaign per agent, then every matching client in name order cut into contiguous even blocks: block and rank
 * from one window pass, the position in the block from the rank (ntile's first total mod n blocks are one larger);
 * rows in client id order, as the API inserts them.
 */
const INSERT_CAMPAIGNS = (
  newId: string,
) => `INSERT INTO campaigns (id, name, agent_id, created_by_id, status, filter, strategy,
    generation_id, updated_at)
  SELECT ${newId}, 'Benchmark – ' || u.name, u.id, $2, 'ACTIVE', $3::jsonb, 'EVEN_SPLIT', $4, now()
  FROM unnest($1::uuid[]) WITH ORDINALITY AS a(agent_id, ord) JOIN users u ON u.id = a.agent_id`;
const INSERT_ITEMS = (
  newId: string,
) => `INSERT INTO campaign_items (id, campaign_id, client_id, state, position, updated_at)
  SELECT ${newId}, k.id, m.client_id, 'PENDING',
    m.rn - (m.ord - 1) * (m.total / m.n) - least(m.ord - 1, m.total % m.n), now()
  FROM (SELECT c.id AS client_id, row_number() OVER w AS rn, ntile(cardinality($2::uuid[])) OVER w AS ord,
          count(*) OVER () AS total, cardinality($2::uuid[]) AS n
        FROM clients c WHERE ${WHERE} WINDOW w AS (ORDER BY c.name, c.id)) m
  JOIN unnest($2::uuid[]) WITH ORDINALITY AS a(agent_id, ord) ON a.ord = m.ord
  JOIN campaigns k ON k.agent_id = a.agent_id AND k.generation_id = $3
  ORDER BY m.client_id`;

type Preview = {
  previewCampaignGeneration: {
    count: number;
    excludedCount: number;
    sample: { id: string; name: string }[];
    split: { agent: { id: string }; count: number }[];
  };
};
type Generated = { generateCampaigns: { generationId: string; clientCount: number; campaigns: { id: string }[] } };

const evenSplit = (total: number, parts: number) =>
  Array.from({ length: parts }, (_, i) => Math.floor(total / parts) + (i < total % parts ? 1 : 0));

type Setup = {
  ctx: BenchContext;
  filter: { field: { field: string; op: string; value: string } };
  agents: string[];
  label: string;
};

function setup(ctx: BenchContext): Setup {
  const { agentIds, campaign } = ctx.fixtures;
  return {
    ctx,
    filter: { field: { field: 'CREATED_AT', op: 'AFTER', value: campaign.since } },
    agents: agentIds.map((id) => toGlobalId('User', id)),
    label: `${campaign.clients.toLocaleString('en')} clients, ${agentIds.length} agents, even split`,
  };
}

function previewWorkload({ ctx, filter, agents, label }: Setup): LatencyWorkload {
  const { agentIds, campaign } = ctx.fixtures;
  return {
    id: 'campaign-preview',
    label: `4 previewCampaignGeneration: ${label}`,
    graphql: () => ctx.api.request(PREVIEW, { filter, agents }),
    sql: async () => {
      const total = (await ctx.pg.query(COUNT_SQL, [campaign.since])).rows[0].n as number;
      const sample = (await ctx.pg.query(SAMPLE_SQL, [campaign.since])).rows as { id: string; name: string }[];
      return { total, sample, split: evenSplit(total, agentIds.length) };
    },
    check: (graphql, sql) => {
      const g = (graphql as Preview).previewCampaignGeneration;
      const s = sql as { total: number; sample: { id: string; name: string }[]; split: number[] };
      assert(g && g.count === s.total, `preview count ${g?.count}, SQL ${s.total}`);
      assert(g.sample.length === s.sample.length, `sample of ${g.sample.length}, SQL ${s.sample.length}`);
      g.sample.forEach((c, i) => assert(fromGlobalId(c.id)?.id === s.sample[i]!.id, `sample ${i}: ${c.name}`));
      assert(
        JSON.stringify(g.split.map((x) => x.count)) === JSON.stringify(s.split),
        `split ${g.split.map((x) => x.count).join('/')}, expected ${s.split.join('/')}`,
      );
      return g.count;
    },
    explain: [
      { text: COUNT_SQL, values: [campaign.since] },
      { text: SAMPLE_SQL, values: [campaign.since] },
    ],
  };
}

/** The hand-written generation: both inserts in one transaction, as the API does. */
async function generateBySql(ctx: BenchContext, filter: Setup['filter']) {
  const { agentIds, campaign, adminId, newId } = ctx.fixtures;
  const generationId = crypto.randomUUID();
  await ctx.pg.query('BEGIN');
  try {
    await ctx.pg.query(INSERT_CAMPAIGNS(newId), [agentIds, adminId, JSON.stringify(filter), generationId]);
    const items = await ctx.pg.query(INSERT_ITEMS(newId), [campaign.since, agentIds, generationId]);
    await ctx.pg.query('COMMIT');
    return { generationId, clientCount: items.rowCount ?? 0 };
  } catch (error) {
    await ctx.pg.query('ROLLBACK');
    throw error;
  }
}

function checkGenerated(ctx: BenchContext, graphql: unknown, sql: unknown) {
  const { agentIds, campaign } = ctx.fixtures;
  const g = (graphql as Generated).generateCampaigns;
  const s = sql as { clientCount: number };
  assert(g?.campaigns?.length === agentIds.length, `${g?.campaigns?.length} campaigns for ${agentIds.length} agents`);
  assert(g.clientCount === s.clientCount, `GraphQL put ${g.clientCount} clients on campaigns, SQL ${s.clientCount}`);
  assert(g.clientCount === campaign.clients, `${g.clientCount} clients generated, ${campaign.clients} expected`);
  return g.clientCount;
}

function generateWorkload({ ctx, filter, agents, label }: Setup): LatencyWorkload {
  const { agentIds, campaign, adminId, newId } = ctx.fixtures;
  const explainGeneration = crypto.randomUUID();
  return {
    id: 'campaign-generate',
    label: `4 generateCampaigns: ${label}`,
    targets: { p50Ms: 500 },
    weight: 'heavy',
    graphql: () =>
      ctx.api.request(GENERATE, {
        input: { name: 'Benchmark', filter, agentIds: agents, strategy: 'EVEN_SPLIT' },
      }),
    sql: () => generateBySql(ctx, filter),
    check: (graphql, sql) => checkGenerated(ctx, graphql, sql),
    cleanup: async (side, result) => {
      const id =
        side === 'graphql'
          ? fromGlobalId((result as Generated).generateCampaigns.generationId)?.id
          : (result as { generationId: string }).generationId;
      assert(id, 'no generation id to clean up');
      await ctx.pg.query('DELETE FROM campaigns WHERE generation_id = ANY ($1::uuid[])', [[id]]);
    },
    // Explained in one rolled-back transaction: the items statement sees the campaigns the first one made.
    explain: [
      { text: INSERT_CAMPAIGNS(newId), values: [agentIds, adminId, JSON.stringify(filter), explainGeneration] },
      { text: INSERT_ITEMS(newId), values: [campaign.since, agentIds, explainGeneration] },
    ],
  };
}

export function campaignWorkloads(ctx: BenchContext): LatencyWorkload[] {
  const s = setup(ctx);
  return [previewWorkload(s), generateWorkload(s)];
}
