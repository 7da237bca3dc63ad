// Small conversions between form values (strings, list rows) and API input (nulls, compact lists).
import type { FieldErrors, FieldValues } from 'react-hook-form';

/**
 * Every top-level string that is blank becomes null (the schemas' optional fields refuse ""); the `keep` fields
 * stay strings so that required ones get the schema's "required" message.
 */
export function blankToNull<T extends object>(values: T, keep: readonly (keyof T)[] = []): Record<string, unknown> {
  return Object.fromEntries(
    Object.entries(values).map(([k, v]) => [
      k,
      typeof v === 'string' && v.trim() === '' && !keep.includes(k as keyof T) ? null : v,
    ]),
  );
}

/** The non-blank rows of a list editor, and for each kept item its row in the editor. */
export function nonBlankList(list: readonly string[]): { items: string[]; rows: number[] } {
  const rows = list.map((v, i) => (v.trim() ? i : -1)).filter((i) => i >= 0);
  return { items: rows.map((i) => list[i]!), rows };
}

/** Moves per-item errors from the compacted list's indexes back to the editor's rows. */
export function remapListErrors<T extends FieldValues>(errors: FieldErrors<T>, name: string, rows: number[]) {
  const list = (errors as Record<string, unknown>)[name];
  if (!Array.isArray(list)) return;
  const remapped: unknown[] = [];
  list.forEach((error, i) => {
    if (error) remapped[rows[i] ?? i] = error;
  });
  (errors as Record<string, unknown>)[name] = remapped;
}
