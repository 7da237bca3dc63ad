// File values of dictionary columns mapped by hand: checked when an import starts (each mapped column mapped, each
// target an active value of that column's dictionary), stored with raw ids, and the values a dry run found unmatched.
import type { StartImportInput } from '@veza/shared';
import type { Db } from '../../db/prisma.ts';
import { badInput } from '../../graphql/errors.ts';
import { globalId, tryParseId } from '../../graphql/ids.ts';
import { DICTIONARY_FIELDS } from './import-fields.ts';
import { ImportsRepository, type StoredValueMapping } from './imports.repository.ts';

/** Distinct unmatched values listed per column (the rest are counted, not listed). */
export const UNMATCHED_CAP = 500;

/** The input's value mapping with raw ids, or BAD_USER_INPUT naming the entry's field. */
export async function checkValueMapping(db: Db, input: StartImportInput): Promise<StoredValueMapping[]> {
  const ids = input.valueMapping.map((v) =>
    v.dictionaryValueId ? tryParseId(v.dictionaryValueId, 'DictionaryValue') : null,
  );
  const kinds = await new ImportsRepository(db).activeDictionaryKinds(ids.filter((id): id is string => id !== null));
  return input.valueMapping.map((v, i) => {
    if (!input.mapping.includes(v.field)) throw badInput(`input.valueMapping.${i}.field`, 'imports.fieldNotMapped');
    const id = ids[i] ?? null;
    if (!v.create && (!id || kinds.get(id) !== DICTIONARY_FIELDS[v.field]))
      throw badInput(`input.valueMapping.${i}.dictionaryValueId`, 'imports.badDictionaryValue');
    return { field: v.field, value: v.value, dictionaryValueId: v.create ? null : id, create: v.create };
  });
}

/** A stored value mapping as GraphQL returns it (global ids); anything malformed in old JSON is skipped. */
export function toValueMappingNodes(stored: unknown) {
  if (!Array.isArray(stored)) return [];
  return (stored as Partial<StoredValueMapping>[])
    .filter((v) => typeof v?.field === 'string' && typeof v.value === 'string')
    .map((v) => ({
      field: v.field!,
      value: v.value!,
      dictionaryValueId: v.dictionaryValueId ? globalId('DictionaryValue', v.dictionaryValueId) : null,
      create: v.create === true,
    }));
}

/** Per dictionary column, the distinct values a job found unmatched (most frequent first, capped). */
export async function unmatchedColumns(db: Db, jobId: string) {
  const rows = await new ImportsRepository(db).unmatchedValues(jobId, UNMATCHED_CAP);
  const columns = new Map<string, { field: string; distinct: number; capped: boolean; values: typeof rows }>();
  for (const r of rows) {
    const column = columns.get(r.field) ?? { field: r.field, distinct: r.distinct, capped: false, values: [] };
    column.values.push(r);
    column.capped = r.distinct > UNMATCHED_CAP;
    columns.set(r.field, column);
  }
  return [...columns.values()].map((c) => ({
    ...c,
    values: c.values.map(({ value, rows: n }) => ({ value, rows: n })),
  }));
}
