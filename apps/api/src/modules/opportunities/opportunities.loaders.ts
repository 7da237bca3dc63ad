// Per-request batch loaders for opportunities, their persons and their stage history.
import DataLoader from 'dataloader';
import type { Db } from '../../db/prisma.ts';
import { ExchangeRatesRepository } from './exchange-rates.repository.ts';
import { OpportunitiesRepository, type OpportunityRow, type StageChangeRow } from './opportunities.repository.ts';

function groupBy<T>(rows: T[], key: (row: T) => string): Map<string, T[]> {
  const map = new Map<string, T[]>();
  for (const row of rows) map.set(key(row), [...(map.get(key(row)) ?? []), row]);
  return map;
}

export function createOpportunitiesLoaders(db: Db) {
  const repo = new OpportunitiesRepository(db);
  const rates = new ExchangeRatesRepository(db);
  const baseCurrency = new DataLoader<'base', string>(async (keys) => {
    const base = await rates.baseCurrency();
    return keys.map(() => base);
  });
  return {
    baseCurrency,
    /** Today's rate to the base currency per currency code (null without one); the base itself is "1". */
    todayRate: new DataLoader<string, string | null>(async (codes) => {
      const base = await baseCurrency.load('base');
      const today = new Date().toISOString().slice(0, 10);
      const found = new Map((await rates.latestMany(base, [...codes], today)).map((r) => [r.currency, r.rate]));
      return codes.map((c) => (c === base ? '1' : (found.get(c) ?? null)));
    }),
    opportunityById: new DataLoader<string, OpportunityRow | null>(async (ids) => {
      const byId = new Map((await repo.byIds(ids)).map((r) => [r.id, r]));
      return ids.map((id) => byId.get(id) ?? null);
    }),
    opportunityPersonIds: new DataLoader<string, string[]>(async (ids) => {
      const grouped = groupBy(await repo.personIds(ids), (r) => r.opportunityId);
      return ids.map((id) => (grouped.get(id) ?? []).map((r) => r.personId));
    }),
    opportunityStageChanges: new DataLoader<string, StageChangeRow[]>(async (ids) => {
      const grouped = groupBy(await repo.stageChanges(ids), (r) => r.opportunityId);
      return ids.map((id) => grouped.get(id) ?? []);
    }),
  };
}
