// Readable labels of the references an audit entry records (dictionary values and users), read through the
// request's loaders so a page of entries costs one query per kind of reference.
import { labelIn } from '@veza/shared';
import type { Context } from '../../graphql/context.ts';

const DICTIONARY_FIELDS = new Set([
  'statusId',
  'segmentId',
  'industryId',
  'leadSourceId',
  'typeId',
  'categoryId',
  'channelId',
  'resultId',
  'stageId',
  'lostReasonId',
]);
const USER_FIELDS = new Set(['accountManagerId', 'ownerId', 'managerId']);
const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

export async function referenceLabel(ctx: Context, field: string, value: unknown): Promise<string | null> {
  if (typeof value !== 'string' || !UUID.test(value)) return null;
  if (DICTIONARY_FIELDS.has(field)) {
    const row = await ctx.loaders.dictionaryValueById.load(value);
    return row ? labelIn(row.node.labels, ctx.viewer?.user.locale ?? 'en') : null;
  }
  if (USER_FIELDS.has(field)) return (await ctx.loaders.userById.load(value))?.name ?? null;
  return null;
}
