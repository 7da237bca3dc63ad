// Form kit: one typed resolver for forms whose values differ from the API input (text fields for numbers, local
// wall-clock times, flattened nested objects). `shape` turns the values into the input, the shared zod schema parses
// it, and each issue lands on the form field its path names (`fieldOf` maps paths that differ).
import { toNestErrors } from '@hookform/resolvers';
import type { FieldError, FieldErrors, FieldValues, Resolver, ResolverOptions } from 'react-hook-form';
import type { z } from 'zod';

export type FieldOf = (path: readonly PropertyKey[]) => string | null;

export const byPath: FieldOf = (path) => (path.length ? path.map(String).join('.') : null);

export type FlatErrors = Record<string, FieldError>;

/** Parses `input` with the schema; on failure, the first message per form field, keyed by its dotted name. */
export async function parseForm<Schema extends z.ZodType>(
  schema: Schema,
  input: unknown,
  fieldOf: FieldOf = byPath,
): Promise<{ ok: true; data: z.output<Schema> } | { ok: false; errors: FlatErrors }> {
  const result = await schema.safeParseAsync(input);
  if (result.success) return { ok: true, data: result.data };
  const errors: FlatErrors = {};
  for (const issue of result.error.issues) {
    // An issue the form has no field for (a cross-field rule) shows on the form as a whole.
    const name = fieldOf(issue.path) ?? 'root';
    errors[name] ??= { type: issue.code, message: issue.message };
  }
  return { ok: false, errors };
}

/** Flat `{ 'a.b': error }` to the nested errors react-hook-form reads. */
export function nestErrors<Values extends FieldValues>(errors: FlatErrors, options: ResolverOptions<Values>) {
  const flat: FieldErrors = errors;
  return toNestErrors(flat, options);
}

export function shapedResolver<Values extends FieldValues, Schema extends z.ZodType>(
  schema: Schema,
  /** Builds the API input from the form's values; the schema checks it, so it need not be typed exactly. */
  shape: (values: Values) => unknown,
  fieldOf: FieldOf = byPath,
): Resolver<Values, unknown, z.output<Schema>> {
  return async (values, _context, options) => {
    const result = await parseForm(schema, shape(values), fieldOf);
    return result.ok ? { values: result.data, errors: {} } : { values: {}, errors: nestErrors(result.errors, options) };
  };
}

/** The resolver for a form whose values are the schema's input as they are. */
export function schemaResolver<Schema extends z.ZodType<unknown, FieldValues>>(
  schema: Schema,
): Resolver<z.input<Schema>, unknown, z.output<Schema>> {
  return shapedResolver<z.input<Schema>, Schema>(schema, (values) => values);
}
