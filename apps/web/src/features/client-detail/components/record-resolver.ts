// One resolver for the client and person forms: shared zod schema, compact phone/e-mail lists, attribute rules.
import type { FieldValues, Resolver } from 'react-hook-form';
import type { z } from 'zod';
import {
  attributeErrors,
  attributesInput,
  type AttributeValues,
} from '../../../components/attribute-field/attribute-fields.tsx';
import type { AttributeFieldDefinition } from '../../../components/attribute-field/attribute-definition.ts';
import { byPath, nestErrors, parseForm, type FieldOf } from '../../../lib/shaped-resolver.ts';
import { nonBlankList } from './form-values.ts';

export interface RecordFormValues extends FieldValues {
  phones: string[];
  emails: string[];
  attributes: AttributeValues;
}

interface Options<V, Schema> {
  /** The shared input schema. */
  schema: Schema;
  /** Everything but phones, e-mails and attributes, shaped for the schema. */
  prepare: (values: V) => Record<string, unknown>;
  definitions: readonly AttributeFieldDefinition[];
  /** The stored record's attribute values (an unchanged old value passes even if its choice is inactive). */
  previous?: AttributeValues;
  /**
   * Checks that must show even while other fields are still invalid (a zod transform only runs on a valid
   * object): i18n keys by field.
   */
  extra?: (input: Record<string, unknown>) => Record<string, string>;
}

/**
 * Validates with the shared zod schema, then the attribute values with the shared attribute rules, so the
 * user sees the server's messages before sending. Blank list rows are dropped; errors keep pointing at rows.
 */
export function recordResolver<V extends RecordFormValues, Schema extends z.ZodType>(
  options: Options<V, Schema>,
): Resolver<V, unknown, z.output<Schema>> {
  const { schema, prepare, definitions, previous, extra } = options;
  return async (values, _context, resolverOptions) => {
    const lists = { phones: nonBlankList(values.phones), emails: nonBlankList(values.emails) };
    const input = {
      ...prepare(values),
      phones: lists.phones.items,
      emails: lists.emails.items,
      attributes: attributesInput(definitions, values.attributes),
    };
    // A list issue names the compacted row: point it back at the row the user typed in.
    const fieldOf: FieldOf = ([head, index, ...rest]) =>
      (head === 'phones' || head === 'emails') && typeof index === 'number'
        ? [head, lists[head].rows[index] ?? index, ...rest].join('.')
        : byPath([head, index, ...rest].filter((p) => p !== undefined));
    const result = await parseForm(schema, input, fieldOf);
    const errors = result.ok ? {} : { ...result.errors };
    for (const [field, message] of Object.entries(extra?.(input) ?? {}))
      errors[field] ??= { type: 'validate', message };
    for (const [key, message] of Object.entries(attributeErrors(definitions, values.attributes, previous) ?? {}))
      errors[`attributes.${key}`] = { type: 'validate', message };
    if (result.ok && Object.keys(errors).length === 0) return { values: result.data, errors: {} };
    return { values: {}, errors: nestErrors(errors, resolverOptions) };
  };
}
