// User-defined attributes on opportunities and activities (definitions with entity OPPORTUNITY / ACTIVITY): values
// validated on write, filterable, and editing an opportunity merges them; a closed opportunity's amount is locked.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { errorCode, startTestApi, type TestApi } from '../../test/api.ts';
import { ensureDefaultDictionaries } from '../dictionaries/index.ts';
import { kit, OPP_FIELDS, WON, type Opp, type TestUser } from './opportunity-test-kit.ts';

let api: TestApi;
const k = kit(() => api);
let admin: TestUser;
let agent: TestUser;
let clientId: string;

const DEFINE = `mutation($input: CreateAttributeDefinitionInput!) { createAttributeDefinition(input: $input) { id } }`;
const UPDATE = `mutation($id: ID!, $version: Int!, $input: UpdateOpportunityInput!) {
  updateOpportunity(id: $id, version: $version, input: $input) { ${OPP_FIELDS} attributes } }`;

beforeAll(async () => {
  api = await startTestApi();
  await ensureDefaultDictionaries(api.db);
  [admin, agent] = [await k.user('administrator'), await k.user('agent')];
  clientId = await k.client('Attributes d.o.o.');
  await k.ok(admin.cookie, DEFINE, {
    input: {
      entity: 'OPPORTUNITY',
      key: 'product_line',
      labels: { en: 'Product line' },
      type: 'CHOICE',
      choices: [
        { key: 'hardware', labels: { en: 'Hardware' } },
        { key: 'services', labels: { en: 'Services' } },
      ],
    },
  });
  await k.ok(admin.cookie, DEFINE, {
    input: { entity: 'ACTIVITY', key: 'visit_km', labels: { en: 'Visit km' }, type: 'INTEGER' },
  });
});
afterAll(() => api?.close());

describe('attributes', () => {
  it('validates, stores, merges and filters opportunity attributes', async () => {
    const create = `mutation($input: CreateOpportunityInput!) { createOpportunity(input: $input) { id version attributes } }`;
    const bad = await api.gql(
      create,
      { input: { name: 'x', clientId, amount: '1', currency: 'EUR', attributes: { product_line: 'toys' } } },
      { cookie: agent.cookie },
    );
    expect([errorCode(bad), bad.errors![0]!.extensions!.field]).toEqual([
      'BAD_USER_INPUT',
      'input.attributes.product_line',
    ]);
    const { createOpportunity: o } = await k.ok<{ createOpportunity: { id: string; version: number } }>(
      agent.cookie,
      create,
      { input: { name: 'Servers', clientId, amount: '1', currency: 'EUR', attributes: { product_line: 'hardware' } } },
    );
    const list = async (attributes: Record<string, unknown>) =>
      (
        await k.ok<{ opportunities: { totalCount: number } }>(
          agent.cookie,
          `query($f: OpportunityFilter) { opportunities(filter: $f) { totalCount } }`,
          { f: { clientId, attributes } },
        )
      ).opportunities.totalCount;
    expect(await list({ product_line: 'hardware' })).toBe(1);
    expect(await list({ product_line: 'services' })).toBe(0);
    const edited = await k.ok<{ updateOpportunity: Opp & { attributes: Record<string, unknown> } }>(
      agent.cookie,
      UPDATE,
      { id: o.id, version: o.version, input: { name: 'Servers and racks', expectedCloseOn: '2027-03-31' } },
    );
    expect([edited.updateOpportunity.name, edited.updateOpportunity.attributes]).toEqual([
      'Servers and racks',
      { product_line: 'hardware' },
    ]);
  });

  it('validates activity attributes on create', async () => {
    const type = await api.db.dictionaryValue.findFirstOrThrow({ where: { kind: 'ACTIVITY_TYPE' } });
    const typeId = Buffer.from(`DictionaryValue:${type.id}`).toString('base64url');
    const create = `mutation($input: CreateActivityInput!) { createActivity(input: $input) { id attributes } }`;
    const bad = await api.gql(
      create,
      { input: { clientId, typeId, subject: 'Visit', attributes: { visit_km: 'far' } } },
      {
        cookie: agent.cookie,
      },
    );
    expect(bad.errors?.[0]?.extensions?.field).toBe('input.attributes.visit_km');
    const ok = await k.ok<{ createActivity: { attributes: unknown } }>(agent.cookie, create, {
      input: { clientId, typeId, subject: 'Visit', attributes: { visit_km: 42 } },
    });
    expect(ok.createActivity.attributes).toEqual({ visit_km: 42 });
  });

  it('locks the amount of a closed opportunity and answers CONFLICT to a stale edit', async () => {
    const o = await k.create(agent.cookie, { clientId });
    const won = (await k.ok<{ markOpportunityWon: Opp }>(agent.cookie, WON, { id: o.id })).markOpportunityWon;
    const res = await api.gql(
      UPDATE,
      { id: o.id, version: won.version, input: { amount: '5.00' } },
      { cookie: agent.cookie },
    );
    expect([errorCode(res), res.errors![0]!.extensions!.field]).toEqual(['BAD_USER_INPUT', 'input.amount']);
    const stale = await api.gql(
      UPDATE,
      { id: o.id, version: o.version, input: { name: 'x' } },
      { cookie: agent.cookie },
    );
    expect(errorCode(stale)).toBe('CONFLICT');
  });
});
