// Opportunities over GraphQL: stage moves with their history and board order, CONFLICT on stale moves, won / lost
// rules (a reason is required, the base amount is locked at close and survives rate changes), reopening, and who
// may change what (agents their own, managers everyone's).
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { errorCode, startTestApi, type TestApi } from '../../test/api.ts';
import { ensureDefaultDictionaries } from '../dictionaries/index.ts';
import { kit, LOST, MOVE, OPP_FIELDS, REOPEN, WON, type Opp, type TestUser } from './opportunity-test-kit.ts';

let api: TestApi;
const k = kit(() => api);
let agent: TestUser;
let other: TestUser;
let manager: TestUser;
let clientId: string;
let stages: Record<string, string>;
let reasons: Record<string, string>;

beforeAll(async () => {
  api = await startTestApi();
  await ensureDefaultDictionaries(api.db);
  [agent, other, manager] = [await k.user('agent'), await k.user('agent'), await k.user('manager')];
  clientId = await k.client();
  stages = await k.dictionary('OPPORTUNITY_STAGE');
  reasons = await k.dictionary('LOST_REASON');
});
afterAll(() => api?.close());

const move = (cookie: string, o: Opp, stage: string, position = 0, version = o.version) =>
  api.gql<{ moveOpportunity: Opp }>(MOVE, { id: o.id, stageId: stages[stage], position, version }, { cookie });

describe('stages', () => {
  it('starts in the first open stage with its probability and records every move with who made it', async () => {
    const o = await k.create(agent.cookie, { clientId });
    expect(o.stage.key).toBe('qualification');
    expect(o.probability).toBe(10);
    const a = (await move(agent.cookie, o, 'proposal')).data!.moveOpportunity;
    const b = (await move(agent.cookie, a, 'negotiation')).data!.moveOpportunity;
    expect(b.probability).toBe(75);
    expect(b.stageHistory.map((h) => [h.from?.key ?? null, h.to.key, h.changedBy?.id])).toEqual([
      [null, 'qualification', agent.id],
      ['qualification', 'proposal', agent.id],
      ['proposal', 'negotiation', agent.id],
    ]);
  });

  it('keeps a hand-set probability across moves', async () => {
    const o = await k.create(agent.cookie, { clientId, probability: 33 });
    const moved = (await move(agent.cookie, o, 'negotiation')).data!.moveOpportunity;
    expect([moved.probability, moved.probabilityManual]).toEqual([33, true]);
  });

  it('answers CONFLICT to a move with a stale version and leaves the card where it was', async () => {
    const o = await k.create(agent.cookie, { clientId });
    await move(agent.cookie, o, 'proposal');
    const stale = await move(agent.cookie, o, 'negotiation');
    expect(errorCode(stale)).toBe('CONFLICT');
    const now = await k.ok<{ opportunity: Opp }>(
      agent.cookie,
      `query($id: ID!) { opportunity(id: $id) { ${OPP_FIELDS} } }`,
      {
        id: o.id,
      },
    );
    expect(now.opportunity.stage.key).toBe('proposal');
  });

  it('orders cards within a column by the position they were dropped at', async () => {
    const c = await k.client('Order test');
    const [x, y, z] = [
      await k.create(agent.cookie, { clientId: c, name: 'X' }),
      await k.create(agent.cookie, { clientId: c, name: 'Y' }),
      await k.create(agent.cookie, { clientId: c, name: 'Z' }),
    ];
    await move(agent.cookie, x, 'needs_analysis', 0);
    await move(agent.cookie, y, 'needs_analysis', 1);
    const v = (await move(agent.cookie, z, 'needs_analysis', 1)).data!.moveOpportunity;
    expect(v.name).toBe('Z');
    const list = await k.ok<{ opportunities: { edges: { node: { name: string } }[] } }>(
      agent.cookie,
      `query($f: OpportunityFilter) { opportunities(filter: $f, orderBy: [{ field: BOARD }]) { edges { node { name } } } }`,
      { f: { clientId: c, stageIds: [stages.needs_analysis] } },
    );
    expect(list.opportunities.edges.map((e) => e.node.name)).toEqual(['X', 'Z', 'Y']);
  });

  it('refuses to move onto a WON or LOST stage (those go through the won / lost mutations)', async () => {
    const o = await k.create(agent.cookie, { clientId });
    const res = await move(agent.cookie, o, 'won');
    expect(errorCode(res)).toBe('BAD_USER_INPUT');
    expect(res.errors![0]!.extensions!.field).toBe('stageId');
  });
});

describe('won and lost', () => {
  it('needs a lost reason of the LOST_REASON dictionary', async () => {
    const o = await k.create(agent.cookie, { clientId });
    const none = await api.gql(LOST, { id: o.id, reason: '' }, { cookie: agent.cookie });
    expect([errorCode(none), none.errors![0]!.extensions!.field]).toEqual(['BAD_USER_INPUT', 'lostReasonId']);
    const wrongKind = await api.gql(LOST, { id: o.id, reason: stages.proposal }, { cookie: agent.cookie });
    expect(wrongKind.errors![0]!.extensions!.field).toBe('lostReasonId');
  });

  it('locks the base amount and rate date at close, so later rates do not change it', async () => {
    await k.rate('PLN', '2020-01-01', '4.0000000000');
    const o = await k.create(agent.cookie, { clientId, amount: '4321.00', currency: 'PLN' });
    expect(o.baseAmount).toBe('1080.25');
    const lost = (
      await api.gql<{ markOpportunityLost: Opp }>(
        LOST,
        { id: o.id, reason: reasons.price, note: 'Too dear' },
        {
          cookie: agent.cookie,
        },
      )
    ).data!.markOpportunityLost;
    expect([lost.status, lost.probability, lost.baseAmount, lost.rateDate, lost.lostReason?.key]).toEqual([
      'LOST',
      0,
      '1080.25',
      '2020-01-01',
      'price',
    ]);
    await k.rate('PLN', '2020-06-01', '5.0000000000');
    const again = await k.ok<{ opportunity: Opp }>(
      agent.cookie,
      `query($id: ID!) { opportunity(id: $id) { ${OPP_FIELDS} } }`,
      {
        id: o.id,
      },
    );
    expect([again.opportunity.baseAmount, again.opportunity.rateDate]).toEqual(['1080.25', '2020-01-01']);

    const reopened = (await api.gql<{ reopenOpportunity: Opp }>(REOPEN, { id: o.id }, { cookie: agent.cookie })).data!
      .reopenOpportunity;
    expect([reopened.status, reopened.stage.key, reopened.baseAmount, reopened.lostReason]).toEqual([
      'OPEN',
      'qualification',
      '864.20',
      null,
    ]);
    const won = (await api.gql<{ markOpportunityWon: Opp }>(WON, { id: o.id }, { cookie: agent.cookie })).data!
      .markOpportunityWon;
    expect([won.status, won.stage.key, won.probability, won.baseAmount, won.rateDate]).toEqual([
      'WON',
      'won',
      100,
      '864.20',
      '2020-06-01',
    ]);
    expect(won.stageHistory.map((h) => h.to.key)).toEqual(['qualification', 'lost', 'qualification', 'won']);
  });

  it('cannot close an amount whose currency has no rate yet (nothing is locked without one)', async () => {
    await api.gql(
      `mutation { setCurrencyEnabled(code: "USD", enabled: true) { code } }`,
      {},
      { cookie: (await k.user('administrator')).cookie },
    );
    const o = await k.create(agent.cookie, { clientId, currency: 'USD' });
    const res = await api.gql(WON, { id: o.id }, { cookie: agent.cookie });
    expect([errorCode(res), res.errors![0]!.extensions!.field]).toEqual(['BAD_USER_INPUT', 'currency']);
  });

  it('does not close twice, and reopening an open one is refused', async () => {
    const o = await k.create(agent.cookie, { clientId });
    await k.ok(agent.cookie, WON, { id: o.id });
    expect(errorCode(await api.gql(WON, { id: o.id }, { cookie: agent.cookie }))).toBe('BAD_USER_INPUT');
    const p = await k.create(agent.cookie, { clientId });
    expect(errorCode(await api.gql(REOPEN, { id: p.id }, { cookie: agent.cookie }))).toBe('BAD_USER_INPUT');
  });
});

describe('permissions', () => {
  it('lets agents change only their own opportunities and managers everyone’s', async () => {
    const o = await k.create(agent.cookie, { clientId });
    expect(errorCode(await move(other.cookie, o, 'proposal'))).toBe('FORBIDDEN');
    expect(errorCode(await api.gql(WON, { id: o.id }, { cookie: other.cookie }))).toBe('FORBIDDEN');
    const del = `mutation($id: ID!) { deleteOpportunity(id: $id) }`;
    expect(errorCode(await api.gql(del, { id: o.id }, { cookie: other.cookie }))).toBe('FORBIDDEN');
    expect((await move(manager.cookie, o, 'proposal')).data!.moveOpportunity.stage.key).toBe('proposal');
    // Everyone with opportunities.read sees it.
    const seen = await k.ok<{ opportunity: { id: string } | null }>(
      other.cookie,
      `query($id: ID!) { opportunity(id: $id) { id } }`,
      {
        id: o.id,
      },
    );
    expect(seen.opportunity?.id).toBe(o.id);
  });

  it('refuses an agent creating one for a colleague, and rate edits without exchangeRates.manage', async () => {
    const res = await api.gql(
      `mutation($input: CreateOpportunityInput!) { createOpportunity(input: $input) { id } }`,
      { input: { name: 'x', clientId, amount: '1', currency: 'EUR', ownerId: other.id } },
      { cookie: agent.cookie },
    );
    expect(errorCode(res)).toBe('FORBIDDEN');
    const rate = await api.gql(
      `mutation { setExchangeRate(input: { currency: "PLN", date: "2024-01-02", rate: "4.3" }) { rate } }`,
      {},
      { cookie: manager.cookie },
    );
    expect(errorCode(rate)).toBe('FORBIDDEN');
    expect(errorCode(await api.gql(`{ opportunities { totalCount } }`))).toBe('UNAUTHENTICATED');
  });

  it('names the field of bad input: amount, currency, persons of another client', async () => {
    const bad = async (input: Record<string, unknown>) => {
      const res = await api.gql(
        `mutation($input: CreateOpportunityInput!) { createOpportunity(input: $input) { id } }`,
        { input: { name: 'x', clientId, amount: '1', currency: 'EUR', ...input } },
        { cookie: agent.cookie },
      );
      return [errorCode(res), res.errors?.[0]?.extensions?.field];
    };
    expect(await bad({ amount: '1.005' })).toEqual(['BAD_USER_INPUT', 'input.amount']);
    expect(await bad({ amount: '-5' })).toEqual(['BAD_USER_INPUT', 'input.amount']);
    expect(await bad({ currency: 'XXX' })).toEqual(['BAD_USER_INPUT', 'input.currency']);
    const person = await api.db.person.create({ data: { firstName: 'A', lastName: 'B' }, select: { id: true } });
    const pid = Buffer.from(`Person:${person.id}`).toString('base64url');
    expect(await bad({ personIds: [pid] })).toEqual(['BAD_USER_INPUT', 'input.personIds.0']);
  });
});
