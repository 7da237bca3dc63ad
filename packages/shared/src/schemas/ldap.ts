// Inputs of the LDAP / Active Directory login settings and of their test (issue 18).
import { z } from 'zod';

export const LDAP_LOGIN_ATTRIBUTES = ['sAMAccountName', 'userPrincipalName', 'uid'] as const;
export type LdapLoginAttribute = (typeof LDAP_LOGIN_ATTRIBUTES)[number];

const text = (max: number) =>
  z
    .string()
    .trim()
    .max(max, 'validation.tooLong')
    .nullish()
    .transform((v) => v || null);

/** An attribute description: a name (`mail`, `msDS-cloudExtensionAttribute1`) or an OID. */
const attribute = z
  .string()
  .trim()
  .min(1, 'validation.required')
  .max(100, 'validation.tooLong')
  .regex(/^([A-Za-z][A-Za-z0-9-]*|\d+(\.\d+)+)$/, 'ldap.validation.attribute');

const ldapUrl = z
  .string()
  .trim()
  .max(500, 'validation.tooLong')
  .regex(/^ldaps?:\/\/[^\s/?#]+\/?$/i, 'ldap.validation.url');

/** A search filter in parentheses with balanced brackets (the server parses it properly on save). */
const filter = z
  .string()
  .trim()
  .min(1, 'validation.required')
  .max(2000, 'validation.tooLong')
  .refine(balancedFilter, 'ldap.validation.filter');

function balancedFilter(value: string): boolean {
  if (!value.startsWith('(') || !value.endsWith(')')) return false;
  let depth = 0;
  for (let i = 0; i < value.length; i++) {
    if (value[i] === '\\') i += 1;
    else if (value[i] === '(') depth += 1;
    else if (value[i] === ')' && --depth < 0) return false;
  }
  return depth === 0;
}

const PEM_CERT = /^(-----BEGIN CERTIFICATE-----[A-Za-z0-9+/=\s]+-----END CERTIFICATE-----\s*)+$/;

export const LdapGroupMappingInput = z.object({
  groupDn: z.string().trim().min(1, 'validation.required').max(1000, 'validation.tooLong'),
  profileId: z.string().min(1, 'validation.required'),
});

/**
 * Saved as a whole (with `version`). `bindPassword` absent or null keeps the stored one, "" removes it, any other
 * text replaces it; it is never sent back.
 */
export const UpdateLdapSettingsInput = z
  .object({
    enabled: z.boolean(),
    urls: z.array(ldapUrl).max(5, 'ldap.validation.tooManyUrls'),
    startTls: z.boolean(),
    caCertificate: text(50_000).refine((v) => v === null || PEM_CERT.test(v), 'ldap.validation.certificate'),
    bindDn: text(1000),
    bindPassword: z.string().max(1000, 'validation.tooLong').nullish(),
    userBase: text(1000),
    userFilter: filter,
    loginAttribute: z.enum(LDAP_LOGIN_ATTRIBUTES),
    nameAttribute: attribute,
    emailAttribute: attribute,
    phoneAttribute: attribute,
    groupBase: text(1000),
    createUsers: z.boolean(),
    groupMappings: z.array(LdapGroupMappingInput).max(200, 'validation.tooLong'),
    version: z.number().int(),
  })
  .superRefine((v, ctx) => {
    const issue = (path: string, message: string) => ctx.addIssue({ code: 'custom', message, path: [path] });
    if (v.enabled && v.urls.length === 0) issue('urls', 'validation.required');
    if (v.enabled && !v.userBase) issue('userBase', 'validation.required');
    if (v.startTls && v.urls.some((u) => /^ldaps:/i.test(u))) issue('startTls', 'ldap.validation.startTlsWithLdaps');
  });
export type UpdateLdapSettingsInput = z.input<typeof UpdateLdapSettingsInput>;

/** "Test connection and test a user": the user part runs only when a user name is given. */
export const TestLdapSettingsInput = z.object({
  username: z.string().trim().max(254, 'validation.tooLong').nullish(),
  password: z.string().max(200, 'validation.tooLong').nullish(),
});
export type TestLdapSettingsInput = z.input<typeof TestLdapSettingsInput>;
