// One resolver for the client and person forms: shared zod schema, compact phone/e-mail lists, attribute rules.
import type { FieldErrors, Resolver } from 'react-hook-form';
import {
  attributeErrors,
  attributesInput,
  type AttributeValues,
} from '../../../components/attribute-field/attribute-fields.tsx';
import type { AttributeFieldDefinition } from '../../../components/attribute-field/attribute-definition.ts';
import { nonBlankList, remapListErrors } from './form-values.ts';

export interface RecordFormValues {
  phones: string[];
  emails: string[];
  attributes: AttributeValues;
}

interface Options<V> {
  /** The zod resolver of the shared input schema. */
  inner: Resolver<never, unknown, unknown>;
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
export function recordResolver<V extends RecordFormValues, Out>({
  inner,
  prepare,
  definitions,
  previous,
  extra,
}: Options<V>): Resolver<V, unknown, Out> {
  return async (values, context, options) => {
    const phones = nonBlankList(values.phones);
    const emails = nonBlankList(values.emails);
    const input = {
      ...prepare(values),
      phones: phones.items,
      emails: emails.items,
      attributes: attributesInput(definitions, values.attributes),
    };
    const result = await inner(input as never, context, options as never);
    const errors = { ...result.errors } as unknown as FieldErrors<V>;
    remapListErrors(errors, 'phones', phones.rows);
    remapListErrors(errors, 'emails', emails.rows);
    for (const [field, message] of Object.entries(extra?.(input) ?? {})) {
      const bag = errors as Record<string, unknown>;
      bag[field] ??= { type: 'validate', message };
    }
    const attrs = attributeErrors(definitions, values.attributes, previous);
    if (attrs) {
      (errors as Record<string, unknown>).attributes = Object.fromEntries(
        Object.entries(attrs).map(([key, message]) => [key, { type: 'validate', message }]),
      );
    }
    if (Object.keys(errors).length > 0) return { values: {}, errors };
    return { values: result.values as Out, errors: {} };
  };
}
