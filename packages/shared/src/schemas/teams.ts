// Input schemas for teams and the record-visibility scopes of permission profiles; parsed by forms and resolvers.
import { z } from 'zod';
import { RECORD_KINDS, RECORD_SCOPES, scopeRank } from '../permissions.ts';

const scope = z.enum(RECORD_SCOPES, 'validation.required');

/** One kind's scopes; the edit scope may not be wider than the read scope (the error names `edit`). */
export const RecordScopeInput = z
  .object({ kind: z.enum(RECORD_KINDS, 'validation.required'), read: scope, edit: scope })
  .refine((s) => scopeRank(s.edit) <= scopeRank(s.read), { path: ['edit'], message: 'teams.errors.editWiderThanRead' });
export type RecordScopeInput = z.output<typeof RecordScopeInput>;

/** At most one entry per kind; kinds left out keep their current scopes (a new profile: the defaults). */
export const RecordScopesInput = z
  .array(RecordScopeInput)
  .max(RECORD_KINDS.length)
  .refine((list) => new Set(list.map((s) => s.kind)).size === list.length, 'validation.duplicate');

export const TeamInput = z.object({
  name: z.string().trim().min(1, 'validation.required').max(200, 'validation.tooLong'),
  /** A User id, or null for a team without a manager. */
  managerId: z.string().min(1, 'validation.required').nullable().default(null),
  memberIds: z
    .array(z.string().min(1, 'validation.required'))
    .max(1000, 'validation.tooMany')
    .default([])
    .transform((ids) => [...new Set(ids)]),
});
export type TeamInput = z.output<typeof TeamInput>;
export type TeamFormValues = z.input<typeof TeamInput>;
