// Activity attributes in the form: the values go into the API input, and the shared attribute rules (required, type,
// active choice) check them before sending, next to the activity's own schema.
import type { Resolver } from 'react-hook-form';
import type { AttributeFieldDefinition } from '../../../components/attribute-field/attribute-definition.ts';
import { attributeErrors, attributesInput } from '../../../components/attribute-field/attribute-fields.tsx';
import type { ActivityFormValues } from './activity-form.ts';

/** The attribute values to send: every active definition (null clears one); none without definitions. */
export function activityAttributesInput(
  definitions: readonly AttributeFieldDefinition[],
  values: Record<string, unknown>,
): Record<string, unknown> | undefined {
  return definitions.length ? attributesInput(definitions, values) : undefined;
}

/** Wraps the activity resolver (whose input carries the attributes): their rule issues land on `attributes.<key>`. */
export function withAttributes<Output>(
  resolver: Resolver<ActivityFormValues, unknown, Output>,
  definitions: readonly AttributeFieldDefinition[],
  previous: Record<string, unknown> | undefined,
): Resolver<ActivityFormValues, unknown, Output> {
  if (!definitions.length) return resolver;
  return async (values, context, options) => {
    const result = await resolver(values, context, options);
    const issues = attributeErrors(definitions, values.attributes, previous);
    if (!issues) return result;
    const attributes = Object.fromEntries(
      Object.entries(issues ?? {}).map(([key, message]) => [key, { type: 'validate', message }]),
    );
    return { values: {}, errors: { ...result.errors, attributes } };
  };
}
