// Set-based updates of an import batch: one UPDATE … FROM a JSON array of changed rows, where each column is set only
// for the rows whose JSON has its key (an import writes only the mapped columns that changed, the rest stay as stored).
import { Prisma } from '../../db/prisma.ts';

/** JSON key → [column, SQL type]; types: text, text[], jsonb, or one to cast to (uuid, date, boolean, an enum…). */
export type ColumnMap = Record<string, readonly [column: string, type: string]>;

function valueOf(key: string, type: string) {
  if (type === 'text') return `u.j->>'${key}'`;
  if (type === 'text[]') return `ARRAY(SELECT jsonb_array_elements_text(u.j->'${key}'))`;
  if (type === 'jsonb') return `u.j->'${key}'`;
  return `(u.j->>'${key}')::${type}`;
}

/**
 * `UPDATE <table> t SET … FROM jsonb_array_elements(rows) u(j) WHERE t.id = u.j->>'id'`: each row `{ id, updatedById,
 * …changed }` bumps its version. Names and keys come from the static maps of the repositories, never from input.
 */
export function updateChangedSql(table: string, columns: ColumnMap, rows: Record<string, unknown>[]): Prisma.Sql {
  const sets = Object.entries(columns).map(
    ([key, [column, type]]) => `${column} = CASE WHEN u.j ? '${key}' THEN ${valueOf(key, type)} ELSE t.${column} END`,
  );
  return Prisma.sql`
    UPDATE ${Prisma.raw(table)} t SET ${Prisma.raw(sets.join(',\n      '))},
      updated_by_id = (u.j->>'updatedById')::uuid, version = t.version + 1, updated_at = now()
    FROM jsonb_array_elements(${JSON.stringify(rows)}::jsonb) AS u(j)
    WHERE t.id = (u.j->>'id')::uuid`;
}
