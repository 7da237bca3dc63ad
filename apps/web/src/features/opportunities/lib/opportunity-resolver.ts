// The opportunity form's resolver: the shared CreateOpportunityInput schema, then the attribute values checked with
// the shared attribute rules (required, type, active choice), so the user sees the server's messages before sending.
import { CreateOpportunityInput } from '@veza/shared';
import type { Resolver } from 'react-hook-form';
import type { z } from 'zod';
import type { AttributeFieldDefinition } from '../../../components/attribute-field/attribute-definition.ts';
import {
  attributeErrors,
  attributesInput,
  type AttributeValues,
} from '../../../components/attribute-field/attribute-fields.tsx';
import { nestErrors, parseForm } from '../../../lib/shaped-resolver.ts';

export type OpportunityFormValues = z.input<typeof CreateOpportunityInput> & { attributes: AttributeValues };
type Output = z.output<typeof CreateOpportunityInput>;
const EditedOpportunity = CreateOpportunityInput.omit({ clientId: true });

/** Editing leaves out the client (fixed after creation, not sent by the update, maybe hidden from the viewer). */
async function parseOpportunity(input: unknown, editing: boolean) {
  if (!editing) return parseForm(CreateOpportunityInput, input);
  const result = await parseForm(EditedOpportunity, input);
  return result.ok ? { ok: true as const, data: { ...result.data, clientId: '' } } : result;
}

export function opportunityResolver(
  definitions: readonly AttributeFieldDefinition[],
  /** The stored values: an unchanged old value passes even if its choice was deactivated since. */
  previous?: AttributeValues,
  /** Editing: the client is not checked (see parseOpportunity). */
  editing = false,
): Resolver<OpportunityFormValues, unknown, Output> {
  return async (values, _context, options) => {
    const input = { ...values, attributes: attributesInput(definitions, values.attributes) };
    const result = await parseOpportunity(input, editing);
    const errors = result.ok ? {} : { ...result.errors };
    for (const [key, message] of Object.entries(attributeErrors(definitions, values.attributes, previous) ?? {}))
      errors[`attributes.${key}`] = { type: 'validate', message };
    if (result.ok && Object.keys(errors).length === 0) return { values: result.data, errors: {} };
    return { values: {}, errors: nestErrors(errors, options) };
  };
}
