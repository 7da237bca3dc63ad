// Fixtures for the opportunity integration tests: users by profile, a client, stages and reasons by key, GraphQL
// helpers that fail loudly, and rates written straight into the table.
import { toGlobalId } from '@veza/shared';
import type { TestApi } from '../../test/api.ts';
import { onCallList } from '../../test/call-list.ts';

export type TestUser = { cookie: string; id: string; rowId: string };
export type Opp = {
  id: string;
  name: string;
  status: string;
  amount: string;
  currency: string;
  probability: number;
  probabilityManual: boolean;
  baseAmount: string | null;
  baseCurrency: string;
  rateDate: string | null;
  closedAt: string | null;
  version: number;
  position: number;
  stage: { id: string; key: string };
  lostReason: { key: string } | null;
  owner: { id: string };
  stageHistory: { from: { key: string } | null; to: { key: string }; changedBy: { id: string } | null }[];
};

export const OPP_FIELDS = `id name status amount currency probability probabilityManual baseAmount baseCurrency rateDate
  closedAt version position stage { id key } lostReason { key } owner { id }
  stageHistory { from { key } to { key } changedBy { id } }`;

export function kit(api: () => TestApi) {
  /** Agents made by `user`: each calls every client made by `client` afterwards (so the seeded Agent reads it). */
  const agents: string[] = [];
  async function user(profile: 'agent' | 'manager' | 'administrator'): Promise<TestUser> {
    const u = await api().createUser(profile);
    if (profile === 'agent') agents.push(u.id);
    return { cookie: await api().login(u.email, u.password), id: toGlobalId('User', u.id), rowId: u.id };
  }

  async function client(name = 'Client d.o.o.') {
    const row = await api().db.client.create({ data: { kind: 'LEGAL', name }, select: { id: true } });
    for (const agent of agents) await onCallList(api().db, agent, [row.id]);
    return toGlobalId('Client', row.id);
  }

  async function dictionary(kind: 'OPPORTUNITY_STAGE' | 'LOST_REASON' | 'LEAD_SOURCE') {
    const rows = await api().db.dictionaryValue.findMany({ where: { kind }, orderBy: { position: 'asc' } });
    return Object.fromEntries(rows.map((r) => [r.key, toGlobalId('DictionaryValue', r.id)]));
  }

  async function ok<T>(cookie: string, query: string, vars: Record<string, unknown> = {}): Promise<T> {
    const res = await api().gql<T>(query, vars, { cookie });
    if (res.errors) throw new Error(JSON.stringify(res.errors));
    return res.data!;
  }

  async function create(cookie: string, input: Record<string, unknown>): Promise<Opp> {
    const data = await ok<{ createOpportunity: Opp }>(
      cookie,
      `mutation($input: CreateOpportunityInput!) { createOpportunity(input: $input) { ${OPP_FIELDS} } }`,
      { input: { name: 'Deal', amount: '1000.00', currency: 'EUR', ...input } },
    );
    return data.createOpportunity;
  }

  async function rate(currency: string, date: string, value: string) {
    await api().db.$executeRaw`INSERT INTO exchange_rates (base_currency, currency, rate_date, rate, updated_at)
      VALUES ('EUR', ${currency}, ${date}::date, ${value}::numeric, now())
      ON CONFLICT (base_currency, currency, rate_date) DO UPDATE SET rate = EXCLUDED.rate`;
  }

  return { user, client, dictionary, ok, create, rate };
}

export const MOVE = `mutation($id: ID!, $stageId: ID!, $position: Int!, $version: Int!) {
  moveOpportunity(id: $id, stageId: $stageId, position: $position, version: $version) { ${OPP_FIELDS} } }`;
export const WON = `mutation($id: ID!, $version: Int) { markOpportunityWon(id: $id, version: $version) { ${OPP_FIELDS} } }`;
export const LOST = `mutation($id: ID!, $reason: ID!, $note: String) {
  markOpportunityLost(id: $id, lostReasonId: $reason, note: $note) { ${OPP_FIELDS} } }`;
export const REOPEN = `mutation($id: ID!) { reopenOpportunity(id: $id) { ${OPP_FIELDS} } }`;
export const PIPELINE = `query($filter: OpportunityFilter, $date: String) { pipeline(filter: $filter, date: $date) {
  baseCurrency rateDate missingRates stages { stage { key } count sum weightedSum
    opportunities(first: 50) { totalCount edges { node { id name } } } } } }`;
