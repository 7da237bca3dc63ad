// Changing the base currency: administrators only, an enabled currency, refused (nothing changed) while an open
// opportunity's currency would have no rate to the new base; rates re-expressed; closed ones keep their locked base.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { errorCode, startTestApi, type TestApi } from '../../test/api.ts';
import { ensureDefaultDictionaries } from '../dictionaries/index.ts';
import { kit, PIPELINE, WON, type Opp, type TestUser } from './opportunity-test-kit.ts';

let api: TestApi;
const k = kit(() => api);
let agent: TestUser;
let admin: TestUser;
let usd: Opp;
let won: Opp;

const SET_BASE = `mutation($code: String!) { setBaseCurrency(code: $code) { code enabled isBase } }`;
const ENABLE = `mutation($code: String!) { setCurrencyEnabled(code: $code, enabled: true) { code } }`;
type Stage = { stage: { key: string }; count: number; sum: string };

const pipeline = async () =>
  (await k.ok<{ pipeline: { baseCurrency: string; missingRates: string[]; stages: Stage[] } }>(agent.cookie, PIPELINE))
    .pipeline;
const sums = (stages: Stage[]) => Object.fromEntries(stages.filter((s) => s.count).map((s) => [s.stage.key, s.sum]));
const base = async () => (await api.db.currency.findFirst({ where: { isBase: true } }))?.code.trim();

beforeAll(async () => {
  api = await startTestApi();
  await ensureDefaultDictionaries(api.db);
  [agent, admin] = [await k.user('agent'), await k.user('administrator')];
  await k.ok(admin.cookie, ENABLE, { code: 'USD' });
  await k.rate('PLN', '2025-01-01', '4.0');
  await k.rate('CZK', '2025-01-01', '25.0');
  // USD has a rate only on a day without a PLN rate: it cannot be re-expressed in PLN.
  await k.rate('USD', '2025-03-01', '1.25');
  const clientId = await k.client('Base d.o.o.');
  await k.create(agent.cookie, { clientId, amount: '1000.00', currency: 'EUR' });
  await k.create(agent.cookie, { clientId, amount: '2500.00', currency: 'CZK' });
  usd = await k.create(agent.cookie, { clientId, amount: '100.00', currency: 'USD' });
  const toWin = await k.create(agent.cookie, { clientId, amount: '500.00', currency: 'EUR' });
  won = (await k.ok<{ markOpportunityWon: Opp }>(agent.cookie, WON, { id: toWin.id })).markOpportunityWon;
});
afterAll(() => api?.close());

describe('setBaseCurrency', () => {
  it('is for exchange-rate administrators only', async () => {
    expect(errorCode(await api.gql(SET_BASE, { code: 'PLN' }, { cookie: agent.cookie }))).toBe('FORBIDDEN');
  });

  it('refuses a malformed or not enabled currency, naming the field', async () => {
    for (const code of ['pln', 'GBP']) {
      const res = await api.gql(SET_BASE, { code }, { cookie: admin.cookie });
      expect(errorCode(res)).toBe('BAD_USER_INPUT');
      expect(res.errors?.[0]?.extensions?.field).toBe('code');
    }
  });

  it('refuses while an open opportunity would have no rate to the new base, changing nothing', async () => {
    const res = await api.gql(SET_BASE, { code: 'PLN' }, { cookie: admin.cookie });
    expect(errorCode(res)).toBe('BAD_USER_INPUT');
    expect(res.errors?.[0]?.extensions).toMatchObject({ field: 'code', currencies: ['USD'] });
    expect(await base()).toBe('EUR');
    expect(await api.db.exchangeRate.count({ where: { baseCurrency: 'PLN' } })).toBe(0);
  });

  it('switches once every open currency converts: rates re-expressed, locked amounts converted at their date', async () => {
    await k.ok(agent.cookie, `mutation($id: ID!) { deleteOpportunity(id: $id) }`, { id: usd.id });
    const res = await k.ok<{ setBaseCurrency: unknown }>(admin.cookie, SET_BASE, { code: 'PLN' });
    expect(res.setBaseCurrency).toEqual({ code: 'PLN', enabled: true, isBase: true });
    expect(await base()).toBe('PLN');
    const p = await pipeline();
    expect(p.baseCurrency).toBe('PLN');
    expect(p.missingRates).toEqual([]);
    // Open: 1000 EUR × 4 = 4000 PLN; 2500 CZK at 25 / 4 = 6.25 CZK per PLN = 400 PLN. Won: 500 EUR locked → 2000 PLN.
    const open = p.stages.find((s) => s.count > 0 && s.stage.key !== 'won')!;
    expect(sums(p.stages)).toEqual({ [open.stage.key]: '4400.00', won: '2000.00' });
    // The closed one still says what it was locked in.
    const locked = await k.ok<{ opportunity: Opp }>(
      agent.cookie,
      `query($id: ID!) { opportunity(id: $id) { baseAmount baseCurrency rateDate } }`,
      { id: won.id },
    );
    expect(locked.opportunity).toMatchObject({ baseAmount: '500.00', baseCurrency: 'EUR', rateDate: won.rateDate });
    const rate = await api.db.exchangeRate.findFirst({ where: { baseCurrency: 'PLN', currency: 'CZK' } });
    expect(rate?.rate.toString()).toBe('6.25');
  });

  it('switches back keeping the rates entered for the old base', async () => {
    await k.ok(admin.cookie, SET_BASE, { code: 'EUR' });
    expect(sums((await pipeline()).stages)).toMatchObject({ won: '500.00' });
    const rate = await api.db.exchangeRate.findFirst({ where: { baseCurrency: 'EUR', currency: 'PLN' } });
    expect(rate?.rate.toString()).toBe('4');
  });
});
