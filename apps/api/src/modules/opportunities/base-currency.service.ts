// Changing the installation's base currency. Rules (docs/API.md "Base currency"):
// - exchangeRates.manage only; the new base must be an enabled currency.
// - The old base's rates are re-expressed in the new base for every date where the old base has a rate for the new
//   one (rates already entered for the new base win); the old base's rows stay as history.
// - Refused (BAD_USER_INPUT on `code`, nothing changed) while an open opportunity's currency would have no rate to the
//   new base today: the pipeline could not convert it.
// - Closed opportunities keep their locked base amount, rate date and the base it was locked in (base_currency);
//   the pipeline converts such amounts into the current base at the rate of their rate date.
import { currencyCode } from '@veza/shared';
import { requirePermission } from '../../auth/permissions.ts';
import type { Context } from '../../graphql/context.ts';
import { AppError, badInput, parseInput } from '../../graphql/errors.ts';
import { ExchangeRatesRepository } from './exchange-rates.repository.ts';
import { enabledCurrencies, todayIso } from './exchange-rates.service.ts';

export async function setBaseCurrency(ctx: Context, args: { code: string }) {
  requirePermission(ctx, 'exchangeRates.manage');
  const code = parseInput(currencyCode, args.code, 'code');
  if (!(await enabledCurrencies(ctx.db)).has(code)) throw badInput('code', 'validation.currency');
  const result = await ctx.db.$transaction(async (tx) => {
    const repo = new ExchangeRatesRepository(tx);
    await repo.lockCurrencies();
    const old = await repo.baseCurrency();
    if (old === code) return { code, enabled: true, isBase: true };
    await repo.rebaseRates(old, code);
    const missing = await repo.openCurrenciesWithoutRate(code, todayIso());
    if (missing.length)
      throw new AppError('BAD_USER_INPUT', 'validation.baseCurrencyRates', { field: 'code', currencies: missing });
    return repo.setBase(code);
  });
  ctx.loaders.baseCurrency.clearAll();
  ctx.loaders.todayRate.clearAll();
  return result;
}
