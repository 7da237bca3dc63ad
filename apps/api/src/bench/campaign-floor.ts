// The floor of campaign generation (issue 20): what the INSERT … SELECT of the benchmark's 50 000 items costs with
// and without each index, foreign key and statement shape. Each variant runs in its own transaction that drops the
// pieces it leaves out (DDL is transactional), times the one statement and rolls everything back, so the benchmark
// database is unchanged afterwards. Variants are interleaved round by round and reported as medians.
//
//   pnpm --filter @veza/api exec tsx src/bench/campaign-floor.ts <database url> [rounds] [variant substring]
//
// Run it against a started benchmark database (e.g. `.data-bench-100000` under pg_ctl), never a live one.
import crypto from 'node:crypto';
import pg from 'pg';

type Variant = { id: string; drop: string[]; add?: string[]; statement: (p: Params) => string; checkpoint?: boolean };
type Params = { since: string; agents: string[]; generation: string };

const WHERE = `c.deleted_at IS NULL AND c.created_at >= $1`;

/** The API's statement before issue 20's change: rn, ntile over rn, then the position per agent (three sorts). */
const API_BEFORE = () => `WITH agents AS (
    SELECT t.agent_id, t.ord::int AS ord FROM unnest($2::uuid[]) WITH ORDINALITY AS t(agent_id, ord)),
  matched AS (SELECT c.id AS client_id, row_number() OVER (ORDER BY c.name, c.id) AS rn FROM clients c WHERE ${WHERE}),
  assigned AS (SELECT client_id, ntile(cardinality($2::uuid[])) OVER (ORDER BY rn)::int AS ord, rn FROM matched),
  targets AS (SELECT k.id AS campaign_id, a.ord::int AS ord FROM unnest($2::uuid[]) WITH ORDINALITY AS a(agent_id, ord)
    JOIN campaigns k ON k.agent_id = a.agent_id AND k.generation_id = $3)
  INSERT INTO campaign_items (id, campaign_id, client_id, state, position, updated_at)
  SELECT uuidv7(), t.campaign_id, x.client_id, 'PENDING', row_number() OVER (PARTITION BY x.ord ORDER BY x.rn), now()
  FROM assigned x JOIN targets t ON t.ord = x.ord`;

/** One window pass (row number and block together), the position from the block's start, rows in client id order. */
const ONE_PASS = (order: string) => () => `WITH matched AS (
    SELECT c.id AS client_id, row_number() OVER w AS rn, ntile(cardinality($2::uuid[])) OVER w AS ord,
      count(*) OVER () AS total
    FROM clients c WHERE ${WHERE} WINDOW w AS (ORDER BY c.name, c.id)),
  targets AS (SELECT k.id AS campaign_id, a.ord::int AS ord FROM unnest($2::uuid[]) WITH ORDINALITY AS a(agent_id, ord)
    JOIN campaigns k ON k.agent_id = a.agent_id AND k.generation_id = $3)
  INSERT INTO campaign_items (id, campaign_id, client_id, state, position, updated_at)
  SELECT uuidv7(), t.campaign_id, m.client_id, 'PENDING',
    m.rn - ((m.ord - 1) * (m.total / cardinality($2::uuid[])) + least(m.ord - 1, m.total % cardinality($2::uuid[]))),
    now()
  FROM matched m JOIN targets t ON t.ord = m.ord ${order}`;

/** The API's statement now (campaign-generation.repository.ts, EVEN_SPLIT). */
const API_NOW = ONE_PASS('ORDER BY m.client_id');

const SELECT_ONLY = () => `SELECT count(*) FROM (SELECT c.id, row_number() OVER w, ntile(cardinality($2::uuid[])) OVER w
  FROM clients c WHERE ${WHERE} AND $3::uuid IS NOT NULL WINDOW w AS (ORDER BY c.name, c.id)) s`;

/** The indexes campaign_items had before migration campaign_items_client_campaign_key (issue 20). */
const BEFORE_INDEXES = [
  'CREATE UNIQUE INDEX floor_campaign_client ON campaign_items (campaign_id, client_id)',
  'CREATE INDEX floor_client_state ON campaign_items (client_id, state)',
];

type Pieces = { indexes: Map<string, string>; fks: Map<string, string> };

/** campaign_items' indexes and foreign keys as they are in this database, each with the DDL that drops it. */
async function pieces(client: pg.Client): Promise<Pieces> {
  const idx = await client.query<{ name: string; con: boolean; def: string }>(
    `SELECT i.relname AS name, EXISTS (SELECT 1 FROM pg_constraint k WHERE k.conindid = i.oid) AS con,
       regexp_replace(pg_get_indexdef(i.oid), '.* USING btree ', '') AS def
     FROM pg_index x JOIN pg_class i ON i.oid = x.indexrelid WHERE x.indrelid = 'campaign_items'::regclass ORDER BY 1`,
  );
  const fk = await client.query<{ name: string; col: string }>(
    `SELECT conname AS name, pg_get_constraintdef(oid) AS col FROM pg_constraint
     WHERE conrelid = 'campaign_items'::regclass AND contype = 'f' ORDER BY 1`,
  );
  return {
    indexes: new Map(
      idx.rows.map((r) => [
        `${r.def}${r.con ? ' (constraint)' : ''}`,
        r.con ? `ALTER TABLE campaign_items DROP CONSTRAINT "${r.name}" CASCADE` : `DROP INDEX "${r.name}"`,
      ]),
    ),
    fks: new Map(
      fk.rows.map((r) => [
        r.col.replace(/ REFERENCES.*/, ''),
        `ALTER TABLE campaign_items DROP CONSTRAINT "${r.name}"`,
      ]),
    ),
  };
}

function variants({ indexes, fks }: Pieces): Variant[] {
  const allIdx = [...indexes.values()];
  const allFk = [...fks.values()];
  const except = (list: string[], keep: string) => list.filter((s) => s !== keep);
  return [
    { id: 'select only (the window passes, no insert)', drop: [], statement: SELECT_ONLY },
    { id: 'bare insert: no index, no foreign key', drop: [...allIdx, ...allFk], statement: API_NOW },
    ...[...indexes].map(([name, ddl]) => ({
      id: `+ index ${name} only`,
      drop: [...except(allIdx, ddl), ...allFk],
      statement: API_NOW,
    })),
    { id: 'all indexes, no foreign key', drop: allFk, statement: API_NOW },
    ...[...fks].map(([name, ddl]) => ({
      id: `all indexes + ${name} only`,
      drop: except(allFk, ddl),
      statement: API_NOW,
    })),
    { id: 'everything, three sorts (the statement before issue 20)', drop: [], statement: API_BEFORE },
    {
      id: 'before issue 20: three sorts, name order, the 4 indexes of then',
      drop: [...indexes].filter(([name]) => name.startsWith('(client_id, campaign_id)')).map(([, ddl]) => ddl),
      add: BEFORE_INDEXES,
      statement: API_BEFORE,
    },
    { id: 'everything, one window pass, rows in name order', drop: [], statement: ONE_PASS('') },
    { id: 'everything, one pass, rows in client id order (the API now)', drop: [], statement: API_NOW },
    { id: 'everything, the API now, after CHECKPOINT', drop: [], statement: API_NOW, checkpoint: true },
  ];
}

async function setup(client: pg.Client, agents: string[], generation: string) {
  const admin = await client.query<{ id: string }>(`SELECT id FROM users WHERE email = 'admin@veza.local'`);
  await client.query(
    `INSERT INTO campaigns (id, name, agent_id, created_by_id, status, strategy, generation_id, updated_at)
     SELECT uuidv7(), 'Floor', a, $2, 'ACTIVE', 'EVEN_SPLIT', $3, now() FROM unnest($1::uuid[]) a`,
    [agents, admin.rows[0]!.id, generation],
  );
}

async function runVariant(client: pg.Client, v: Variant, since: string, agents: string[]): Promise<number> {
  // Each rolled-back run leaves 50 000 dead entries in the indexes it kept; without this the variants that keep an
  // index would pay for every earlier run's leftovers and the ones that build theirs in the transaction would not.
  await client.query('VACUUM campaign_items, campaigns');
  if (v.checkpoint) await client.query('CHECKPOINT');
  const generation = crypto.randomUUID();
  await client.query('BEGIN');
  try {
    for (const ddl of [...v.drop, ...(v.add ?? [])]) await client.query(ddl);
    await setup(client, agents, generation);
    const started = performance.now();
    await client.query(v.statement({ since, agents, generation }), [since, agents, generation]);
    return performance.now() - started;
  } finally {
    await client.query('ROLLBACK');
  }
}

const median = (xs: number[]) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)]!;

async function params(client: pg.Client) {
  const agents = await client.query<{ id: string }>(
    `SELECT u.id FROM users u WHERE u.active AND EXISTS (SELECT 1 FROM user_profiles up
       JOIN permission_profiles p ON p.id = up.profile_id WHERE up.user_id = u.id AND p.system_key = 'agent')
     ORDER BY u.email LIMIT 10`,
  );
  const since = await client.query<{ at: Date }>(
    `SELECT created_at AS at FROM clients WHERE deleted_at IS NULL ORDER BY created_at DESC, id DESC OFFSET 49999 LIMIT 1`,
  );
  return { agents: agents.rows.map((r) => r.id), since: since.rows[0]!.at.toISOString() };
}

async function main() {
  const [url, roundsArg, only] = process.argv.slice(2);
  if (!url) throw new Error('usage: campaign-floor.ts <database url> [rounds] [variant substring]');
  const client = new pg.Client({ connectionString: url });
  await client.connect();
  const { agents, since } = await params(client);
  const list = variants(await pieces(client)).filter((v) => !only || v.id.includes(only));
  const times = new Map<string, number[]>(list.map((v) => [v.id, []]));
  const rounds = Number(roundsArg ?? 3);
  for (let round = 0; round < rounds; round++) {
    for (const v of list) times.get(v.id)!.push(await runVariant(client, v, since, agents));
    console.error(`round ${round + 1}/${rounds} done`);
  }
  const load = (await import('node:os')).loadavg()[0]!.toFixed(1);
  console.log(`| variant (50 000 items, 10 campaigns; medians of ${rounds}, load ${load}) | ms | runs |`);
  console.log('| --- | ---: | --- |');
  for (const v of list) {
    const xs = times.get(v.id)!;
    console.log(`| ${v.id} | ${median(xs).toFixed(0)} | ${xs.map((x) => x.toFixed(0)).join(', ')} |`);
  }
  await client.end();
}

await main();
