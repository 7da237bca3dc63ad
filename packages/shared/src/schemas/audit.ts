// The audit log's filter (issue 18): `auditLog(filter, first, after)` and the admin page's filter form.
import { z } from 'zod';

export const AUDIT_RECORD_KINDS = [
  'CLIENT',
  'PERSON',
  'ACTIVITY',
  'OPPORTUNITY',
  'USER',
  'PERMISSION_PROFILE',
  'DICTIONARY',
  'MAIL_SETTINGS',
  'LDAP_SETTINGS',
] as const;
export type AuditRecordKind = (typeof AUDIT_RECORD_KINDS)[number];

/** The GraphQL type of a record kind's global ids (settings rows have none). */
export const AUDIT_RECORD_TYPES: Partial<Record<AuditRecordKind, string>> = {
  CLIENT: 'Client',
  PERSON: 'Person',
  ACTIVITY: 'Activity',
  OPPORTUNITY: 'Opportunity',
  USER: 'User',
  PERMISSION_PROFILE: 'PermissionProfile',
  DICTIONARY: 'DictionaryValue',
};

const instant = z.string().min(1).max(40);

/** `recordId` and `actorId` are global ids; `field` is the API's (camelCase) field name; `from` ≤ at < `to`. */
export const AuditLogFilter = z
  .object({
    recordKind: z.enum(AUDIT_RECORD_KINDS, 'validation.invalid').nullish(),
    recordId: z.string().trim().min(1).max(200).nullish(),
    actorId: z.string().trim().min(1).max(200).nullish(),
    from: instant.nullish(),
    to: instant.nullish(),
    field: z
      .string()
      .trim()
      .max(100, 'validation.tooLong')
      .regex(/^[a-zA-Z][a-zA-Z0-9]*$/, 'validation.invalid')
      .nullish()
      .or(z.literal('').transform(() => null)),
  })
  .refine((f) => !f.from || !f.to || f.from < f.to, { message: 'validation.range', path: ['to'] });
export type AuditLogFilter = z.infer<typeof AuditLogFilter>;
