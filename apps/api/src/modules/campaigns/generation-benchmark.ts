// Benchmark: generateCampaigns for ~50 000 matching clients across 10 agents, through GraphQL against a running API
// on a seeded database (`pnpm db:seed --scale 100000`). Creates the 10 agents once, prints the preview and the
// generation round-trip times, then cancels the generated campaigns so the run can be repeated.
//   VEZA_BENCH_URL=http://localhost:4105 pnpm exec tsx apps/api/src/modules/campaigns/generation-benchmark.ts
const url = `${process.env.VEZA_BENCH_URL ?? 'http://localhost:4000'}/graphql`;
const admin = {
  email: process.env.VEZA_BENCH_EMAIL ?? 'admin@veza.local',
  password: process.env.VEZA_BENCH_PASSWORD ?? 'veza-admin-demo',
};
const AGENTS = 10;
const TARGET = 50_000;

let cookie = '';

async function gql<T>(query: string, variables: Record<string, unknown> = {}): Promise<T> {
  const res = await fetch(url, {
    method: 'POST',
    headers: { 'content-type': 'application/json', cookie },
    body: JSON.stringify({ query, variables }),
  });
  const setCookie = res.headers.getSetCookie().find((c) => c.startsWith('veza_session='));
  if (setCookie) cookie = setCookie.split(';')[0]!;
  const body = (await res.json()) as { data?: T; errors?: unknown[] };
  if (body.errors) throw new Error(JSON.stringify(body.errors));
  return body.data!;
}

async function timed<T>(label: string, run: () => Promise<T>): Promise<T> {
  const started = performance.now();
  const result = await run();
  console.log(`${label.padEnd(48)} ${(performance.now() - started).toFixed(0).padStart(6)} ms`);
  return result;
}

async function agentIds(): Promise<string[]> {
  const { permissionProfiles } = await gql<{ permissionProfiles: { id: string; name: string }[] }>(
    `{ permissionProfiles { id name } }`,
  );
  const agentProfile = permissionProfiles.find((p) => p.name === 'Agent')!.id;
  const ids: string[] = [];
  for (let i = 1; i <= AGENTS; i++) {
    const email = `bench-agent-${i}@veza.local`;
    const found = await gql<{ users: { edges: { node: { id: string; email: string } }[] } }>(
      `query($s: String) { users(filter: { search: $s }, first: 5) { edges { node { id email } } } }`,
      { s: email },
    );
    const existing = found.users.edges.find((e) => e.node.email === email);
    if (existing) ids.push(existing.node.id);
    else {
      const input = {
        email,
        name: `Bench Agent ${String(i).padStart(2, '0')}`,
        password: 'bench-agent-pass',
        profileIds: [agentProfile],
      };
      const created = await gql<{ createUser: { id: string } }>(
        `mutation($input: CreateUserInput!) { createUser(input: $input) { id } }`,
        { input },
      );
      ids.push(created.createUser.id);
    }
  }
  return ids;
}

/** Three of the six seeded client statuses: about half of the seeded clients (50 058 at --scale 100000). */
async function filterFor(target: number) {
  const filter = { field: { field: 'STATUS', op: 'IN', value: ['customer', 'saw_presentation', 'received_offer'] } };
  const q = `query($f: ClientFilter!) { previewCampaignGeneration(filter: $f, sampleSize: 0) { count } }`;
  const { count } = (await gql<{ previewCampaignGeneration: { count: number } }>(q, { f: filter }))
    .previewCampaignGeneration;
  if (count < target * 0.9) console.warn(`only ${count} clients match; seed with --scale 100000`);
  return { filter, count };
}

async function main() {
  await gql(`mutation($e: String!, $p: String!) { login(email: $e, password: $p) { user { id } } }`, {
    e: admin.email,
    p: admin.password,
  });
  const agents = await agentIds();
  const { filter, count } = await filterFor(TARGET);
  console.log(`filter ${JSON.stringify(filter)} matches ${count} clients; ${agents.length} agents`);
  const preview = `query($f: ClientFilter!, $a: [ID!], $s: CampaignStrategy) {
    previewCampaignGeneration(filter: $f, agentIds: $a, strategy: $s, excludeInActiveCampaigns: true) {
      count excludedCount split { count } } }`;
  for (const strategy of ['ROUND_ROBIN', 'EVEN_SPLIT', 'BY_ACCOUNT_MANAGER']) {
    await timed(`preview with split (${strategy})`, () => gql(preview, { f: filter, a: agents, s: strategy }));
    const result = await timed(`generateCampaigns (${strategy})`, () =>
      gql<{
        generateCampaigns: {
          clientCount: number;
          campaigns: { id: string; version: number; progress: { total: number } }[];
        };
      }>(
        `mutation($input: GenerateCampaignsInput!) { generateCampaigns(input: $input) {
          clientCount campaigns { id version progress { total } } } }`,
        { input: { name: `Bench ${strategy}`, filter, agentIds: agents, strategy, excludeInActiveCampaigns: true } },
      ),
    );
    const sizes = result.generateCampaigns.campaigns.map((c) => c.progress.total);
    console.log(
      `  ${result.generateCampaigns.clientCount} items, per agent ${Math.min(...sizes)}..${Math.max(...sizes)}`,
    );
    for (const c of result.generateCampaigns.campaigns)
      await gql(`mutation($id: ID!, $v: Int!) { cancelCampaign(id: $id, version: $v) { id } }`, {
        id: c.id,
        v: c.version,
      });
  }
}

main().catch((error: unknown) => {
  console.error(error);
  process.exitCode = 1;
});
