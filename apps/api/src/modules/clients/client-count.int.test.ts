// The client list's cheap count: exact up to a threshold (counted with a LIMIT), PostgreSQL's estimate above it, and
// the exact `totalCount` still there on request; bad thresholds are refused on the argument.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { errorCode, startTestApi, type TestApi } from '../../test/api.ts';

let api: TestApi;
let cookie: string;

const COUNT = `query($filter: ClientFilter, $exactUpTo: Int) {
  clients(filter: $filter, first: 1) { count(exactUpTo: $exactUpTo) { value exact } } }`;
const BOTH = `query($filter: ClientFilter) { clients(filter: $filter, first: 1) { totalCount count { value exact } } }`;
type Counted = { clients: { count: { value: number; exact: boolean }; totalCount?: number } };

const F = (field: string, op: string, value?: unknown) => ({ field: { field, op, value } });

async function count(filter: unknown, exactUpTo?: number) {
  const res = await api.gql<Counted>(COUNT, { filter, exactUpTo }, { cookie });
  if (res.errors) throw new Error(JSON.stringify(res.errors));
  return res.data!.clients.count;
}

beforeAll(async () => {
  api = await startTestApi();
  const admin = await api.createUser('administrator');
  cookie = await api.login(admin.email, admin.password);
  const rows = (prefix: string, n: number) =>
    Array.from({ length: n }, (_, i) => ({ name: `${prefix} ${String(i).padStart(4, '0')}`, kind: 'LEGAL' as const }));
  await api.db.client.createMany({ data: [...rows('Many', 1500), ...rows('Few', 7)] });
  await api.db.$executeRawUnsafe('ANALYZE clients');
});
afterAll(() => api?.close());

describe('clients count', () => {
  it('is exact up to the threshold', async () => {
    expect(await count(F('NAME', 'STARTS_WITH', 'Few'))).toEqual({ value: 7, exact: true });
    expect(await count(F('NAME', 'STARTS_WITH', 'Few'), 7)).toEqual({ value: 7, exact: true });
    expect(await count(F('NAME', 'STARTS_WITH', 'Many'), 1500)).toEqual({ value: 1500, exact: true });
    expect(await count(F('NAME', 'STARTS_WITH', 'Nobody'), 0)).toEqual({ value: 0, exact: true });
  });

  it('is an estimate above it, never below the threshold, and totalCount stays exact', async () => {
    const estimated = await count(F('NAME', 'STARTS_WITH', 'Few'), 6);
    expect(estimated.exact).toBe(false);
    expect(estimated.value).toBeGreaterThanOrEqual(7);
    const many = await count(F('NAME', 'STARTS_WITH', 'Many'));
    expect(many.exact).toBe(false);
    // The planner's figure after ANALYZE: near the truth, not a made-up number.
    expect(many.value).toBeGreaterThan(1000);
    expect(many.value).toBeLessThan(3000);
    const res = await api.gql<Counted>(BOTH, { filter: F('NAME', 'STARTS_WITH', 'Many') }, { cookie });
    expect(res.data!.clients.totalCount).toBe(1500);
    expect(res.data!.clients.count.exact).toBe(false);
  });

  it('refuses a threshold outside 0–100 000 on the argument', async () => {
    for (const exactUpTo of [-1, 100_001]) {
      const res = await api.gql(COUNT, { filter: null, exactUpTo }, { cookie });
      expect(errorCode(res)).toBe('BAD_USER_INPUT');
      expect(res.errors![0]!.extensions!.field).toBe('exactUpTo');
    }
  });
});
