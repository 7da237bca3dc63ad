// Inputs for a person's places and relations (seeds 002, 003): link an existing person to another client with a
// function there, relate two persons, and the person search that picks them.
import { z } from 'zod';

const globalId = z.string().trim().min(1, 'validation.required');
const optionalRole = z
  .string()
  .trim()
  .max(120, 'validation.tooLong')
  .nullish()
  .transform((v) => (v ? v : null));

export const LinkPersonToClientInput = z.object({
  personId: globalId,
  clientId: globalId,
  /** Function at this client: owner, director, purchasing… */
  role: optionalRole,
  isPrimary: z
    .boolean()
    .nullish()
    .transform((v) => v ?? false),
});
export type LinkPersonToClientInput = z.output<typeof LinkPersonToClientInput>;

export const AddPersonRelationInput = z.object({
  personId: globalId,
  relatedPersonId: globalId,
  /** Free text: "reports to", "spouse", "former colleague"… */
  kind: z.string().trim().min(1, 'validation.required').max(120, 'validation.tooLong'),
});
export type AddPersonRelationInput = z.output<typeof AddPersonRelationInput>;

/** A name (every word in the first or last name) or one e-mail address (exact, any case). */
export const PersonSearch = z.string().trim().min(1, 'validation.required').max(100, 'validation.tooLong');
