// Workload 1: a page of 50 clients (the list's columns) for a filter on two user-defined attributes + status + "not
// contacted in 30 days", sorted by name — a selective filter (page 1, and with totalCount) and a broad one (page 1 and
// a deep page reached by keyset cursor).
import { fromGlobalId } from '@veza/shared';
import { encodeCursor } from '../../graphql/connection.ts';
import { assert, type BenchContext, type LatencyWorkload, type Statement } from './types.ts';

export const PAGE = 50;
export const DEEP_PAGE = 1000;

export const SELECTIVE_FILTER = {
  and: [
    { attribute: { key: 'territory', op: 'EQ', value: 'north' } },
    { attribute: { key: 'employees', op: 'GT', value: 50 } },
    { field: { field: 'STATUS', op: 'EQ', value: 'customer' } },
    { notContactedInDays: 30 },
  ],
};

export const BROAD_FILTER = {
  and: [
    { attribute: { key: 'territory', op: 'IN', value: ['north', 'south', 'east', 'west'] } },
    { attribute: { key: 'cooperation', op: 'IN', value: ['new', 'active', 'paused'] } },
    { field: { field: 'STATUS', op: 'NEQ', value: 'not_interested' } },
    { notContactedInDays: 30 },
  ],
};

/** The predicates as a developer would write them by hand, on the same expression indexes. $1 = a status id. */
export const SELECTIVE_WHERE = `c.deleted_at IS NULL AND c.attributes -> 'territory' = '"north"'
  AND c.attributes -> 'employees' > '50' AND c.status_id = $1
  AND (c.last_contact_at IS NULL OR c.last_contact_at < now() - interval '30 days')`;

export const BROAD_WHERE = `c.deleted_at IS NULL
  AND c.attributes -> 'territory' = ANY (ARRAY['"north"', '"south"', '"east"', '"west"']::jsonb[])
  AND c.attributes -> 'cooperation' = ANY (ARRAY['"new"', '"active"', '"paused"']::jsonb[])
  AND (c.status_id IS NULL OR c.status_id <> $1)
  AND (c.last_contact_at IS NULL OR c.last_contact_at < now() - interval '30 days')`;

const ROW_FIELDS = `id name kind roles city country taxId phones emails attributes lastContactAt createdAt
  status { id label color } segment { id label color } industry { id label color } leadSource { id label color }
  accountManager { id name }`;

type CountKind = 'exact' | 'cheap' | undefined;
const COUNT_FIELD = { exact: 'totalCount', cheap: 'count { value exact }' };

export const LIST_QUERY = (
  count: CountKind,
  first = PAGE,
) => `query BenchClientList($filter: ClientFilter, $after: String) {
  clients(filter: $filter, orderBy: [{ field: NAME, direction: ASC }], first: ${first}, after: $after) {
    ${count ? COUNT_FIELD[count] : ''}
    edges { cursor node { ${ROW_FIELDS} } }
    pageInfo { hasNextPage endCursor }
  }
}`;

const dict = (column: string) =>
  `(SELECT jsonb_build_object('id', d.id, 'label', d.labels ->> 'en', 'color', d.color) FROM dictionary_values d
    WHERE d.id = c.${column})`;

/**
 * The list page by hand: the same columns, the dictionary values and the account manager as scalar subqueries (five
 * LEFT JOINs cost several milliseconds of planning on every call, more than the page itself), keyset on (name, id).
 */
export function pageSql(where: string, after: boolean, limit = PAGE): string {
  return `SELECT c.id, c.name, c.kind, c.roles, c.city, c.country, c.tax_id, c.phones, c.emails, c.attributes,
    c.last_contact_at, c.created_at, ${dict('status_id')} AS status, ${dict('segment_id')} AS segment,
    ${dict('industry_id')} AS industry, ${dict('lead_source_id')} AS lead_source,
    (SELECT jsonb_build_object('id', u.id, 'name', u.name) FROM users u WHERE u.id = c.account_manager_id) AS manager
  FROM clients c
  WHERE ${where}${after ? ' AND (c.name, c.id) > ($2, $3::uuid)' : ''}
  ORDER BY c.name, c.id LIMIT ${limit}`;
}

type ListAnswer = {
  clients: {
    totalCount?: number;
    count?: { value: number; exact: boolean };
    edges: { cursor: string; node: { id: string; name: string; status: { id: string } | null } }[];
    pageInfo: { hasNextPage: boolean };
  };
};
type SqlPage = { rows: { id: string; name: string }[]; total?: number; upTo?: number };

/** The list page's cheap count by hand: the matches up to the threshold + 1 (then the planner's estimate). */
export const CHEAP_COUNT_UP_TO = 1000;
export const cappedCountSql = (where: string) =>
  `SELECT count(*)::int AS n FROM (SELECT 1 FROM clients c WHERE ${where} LIMIT ${CHEAP_COUNT_UP_TO + 1}) m`;
export const estimateSql = (where: string) => `EXPLAIN (FORMAT JSON) SELECT 1 FROM clients c WHERE ${where}`;

const rawId = (globalId: string) => fromGlobalId(globalId)?.id;

export function checkPage(graphql: unknown, sql: unknown, expectedTotal?: boolean): number {
  const g = (graphql as ListAnswer).clients;
  const s = sql as SqlPage;
  assert(Array.isArray(g?.edges), 'clients.edges is missing');
  assert(g.edges.length === s.rows.length, `GraphQL returned ${g.edges.length} clients, SQL ${s.rows.length}`);
  assert(g.edges.length > 0, 'the page is empty: the benchmark data does not match the filter');
  g.edges.forEach((e, i) => {
    assert(typeof e.cursor === 'string' && typeof e.node?.name === 'string', `edge ${i} has no cursor or name`);
    assert(rawId(e.node.id) === s.rows[i]!.id, `row ${i}: GraphQL ${e.node.name}, SQL ${s.rows[i]!.name}`);
  });
  if (expectedTotal) assert(g.totalCount === s.total, `totalCount ${g.totalCount}, SQL count ${s.total}`);
  if (s.upTo != null) checkCheapCount(g.count, s.upTo);
  return g.edges.length;
}

function checkCheapCount(count: { value: number; exact: boolean } | undefined, upTo: number) {
  assert(count, 'clients.count is missing');
  if (upTo <= CHEAP_COUNT_UP_TO) assert(count.exact && count.value === upTo, `count ${count.value}, SQL ${upTo}`);
  else assert(!count.exact && count.value > CHEAP_COUNT_UP_TO, `count ${JSON.stringify(count)}, SQL > ${upTo - 1}`);
}

function listWorkload(
  ctx: BenchContext,
  spec: { id: string; label: string; filter: object; where: string; count?: CountKind; after?: [string, string] },
): LatencyWorkload {
  const status = spec.where === SELECTIVE_WHERE ? ctx.fixtures.customerStatusId : ctx.fixtures.notInterestedStatusId;
  const page: Statement = {
    text: pageSql(spec.where, Boolean(spec.after)),
    values: spec.after ? [status, ...spec.after] : [status],
  };
  const count: Statement = {
    text:
      spec.count === 'cheap'
        ? cappedCountSql(spec.where)
        : `SELECT count(*)::int AS n FROM clients c WHERE ${spec.where}`,
    values: [status],
  };
  const variables = { filter: spec.filter, after: spec.after ? encodeCursor(spec.after) : null };
  const query = LIST_QUERY(spec.count);
  return {
    id: spec.id,
    label: spec.label,
    targets: { p50Ratio: 1.5, p95Ratio: 2 },
    graphql: () => ctx.api.request(query, variables),
    sql: async () => {
      const rows = (await ctx.pg.query(page.text, page.values)).rows as SqlPage['rows'];
      if (!spec.count) return { rows };
      const n = (await ctx.pg.query(count.text, count.values)).rows[0].n as number;
      if (spec.count === 'exact') return { rows, total: n };
      if (n > CHEAP_COUNT_UP_TO) await ctx.pg.query(estimateSql(spec.where), [status]);
      return { rows, upTo: n };
    },
    check: (g, s) => checkPage(g, s, spec.count === 'exact'),
    explain: spec.count ? [page, count] : [page],
  };
}

export function clientListWorkloads(ctx: BenchContext): LatencyWorkload[] {
  const { deep } = ctx.fixtures;
  return [
    listWorkload(ctx, {
      id: 'list-selective',
      label: '1 client list, page 1: north, > 50 employees, customer, not contacted 30 d',
      filter: SELECTIVE_FILTER,
      where: SELECTIVE_WHERE,
    }),
    listWorkload(ctx, {
      id: 'list-selective-count',
      label: '1 the same with totalCount',
      filter: SELECTIVE_FILTER,
      where: SELECTIVE_WHERE,
      count: 'exact',
    }),
    listWorkload(ctx, {
      id: 'list-broad',
      label: '1 client list, page 1: 4 territories, open cooperation, not "not interested", not contacted 30 d',
      filter: BROAD_FILTER,
      where: BROAD_WHERE,
    }),
    listWorkload(ctx, {
      id: 'list-broad-count',
      label: "1 the same with the list page's count (exact up to 1 000, an estimate above)",
      filter: BROAD_FILTER,
      where: BROAD_WHERE,
      count: 'cheap',
    }),
    listWorkload(ctx, {
      id: 'list-deep',
      label: `1 the same, page ${deep.page.toLocaleString('en')} by cursor (row ${((deep.page - 1) * PAGE + 1).toLocaleString('en')})`,
      filter: BROAD_FILTER,
      where: BROAD_WHERE,
      after: deep.after ?? undefined,
    }),
  ];
}
