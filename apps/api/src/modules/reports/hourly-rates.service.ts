// Dated hourly rates per user (optionally per activity type): read with reports.read or users.manage, set with
// users.manage. A new rate starts on its day; earlier activities keep the rate that was in force for them.
import { HourlyRateInput } from '@veza/shared';
import { requirePermission } from '../../auth/permissions.ts';
import type { Context } from '../../graphql/context.ts';
import { badInput, parseInput } from '../../graphql/errors.ts';
import { globalId as toGlobalIdOf, parseId } from '../../graphql/ids.ts';
import { loaded } from '../../graphql/loaded.ts';
import { toUserNode } from '../users/index.ts';
import { ReportsRepository, type HourlyRateRow } from './reports.repository.ts';

async function toNode(ctx: Context, row: HourlyRateRow) {
  const [user, type] = await Promise.all([
    ctx.loaders.userById.load(row.userId),
    row.activityTypeId ? ctx.loaders.dictionaryValueById.load(row.activityTypeId) : null,
  ]);
  return {
    id: toGlobalIdOf('HourlyRate', row.id),
    user: toUserNode(loaded(user)),
    activityType: type?.node ?? null,
    validFrom: row.validFrom.toISOString().slice(0, 10),
    rate: row.rate.toFixed(2),
    updatedAt: row.updatedAt,
  };
}

export async function listHourlyRates(ctx: Context, userId?: string | null) {
  requirePermission(ctx, ['reports.read', 'users.manage']);
  const id = userId ? parseId(userId, 'User', 'userId') : null;
  const rows = await new ReportsRepository(ctx.db).hourlyRates(id);
  return Promise.all(rows.map((r) => toNode(ctx, r)));
}

export async function setHourlyRate(ctx: Context, raw: unknown) {
  const viewer = requirePermission(ctx, 'users.manage');
  const input = parseInput(HourlyRateInput, raw, 'input');
  const userId = parseId(input.userId, 'User', 'input.userId');
  const typeId = input.activityTypeId ? parseId(input.activityTypeId, 'DictionaryValue', 'input.activityTypeId') : null;
  const [user, type] = await Promise.all([
    ctx.loaders.userById.load(userId),
    typeId ? ctx.loaders.dictionaryValueById.load(typeId) : null,
  ]);
  if (!user) throw badInput('input.userId', 'validation.id');
  if (typeId && type?.row.kind !== 'ACTIVITY_TYPE') throw badInput('input.activityTypeId', 'validation.id');
  const row = await new ReportsRepository(ctx.db).setHourlyRate(
    { userId, activityTypeId: typeId, validFrom: input.validFrom, rate: input.rate },
    viewer.user.id,
  );
  return toNode(ctx, row);
}
