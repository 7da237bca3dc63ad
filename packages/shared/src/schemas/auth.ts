// Input schemas for logging in and for users, profiles and API tokens; parsed by the forms and the resolvers.
import { z } from 'zod';
import { LOCALES } from '../locales.ts';
import { PERMISSIONS } from '../permissions.ts';
import { RecordScopesInput } from './teams.ts';

/** Messages are i18n keys (`validation.*`), translated by the web app and returned as-is by the API. */
const email = z.string().trim().toLowerCase().max(254, 'validation.tooLong').pipe(z.email('validation.email'));
const password = z.string().min(10, 'validation.passwordTooShort').max(200, 'validation.tooLong');
const name = z.string().trim().min(1, 'validation.required').max(200, 'validation.tooLong');
const timeZone = z.string().refine((tz) => isTimeZone(tz), 'validation.timeZone');

function isTimeZone(tz: string): boolean {
  try {
    new Intl.DateTimeFormat('en', { timeZone: tz });
    return true;
  } catch {
    return false;
  }
}

export const LoginInput = z.object({
  email: z.string().trim().toLowerCase().min(1, 'validation.required').max(254, 'validation.tooLong'),
  password: z.string().min(1, 'validation.required').max(200, 'validation.tooLong'),
});
export type LoginInput = z.output<typeof LoginInput>;

export const CreateUserInput = z.object({
  email,
  name,
  password,
  locale: z.enum(LOCALES).default('en'),
  timeZone: timeZone.default('Europe/Zagreb'),
  profileIds: z.array(z.string().min(1)).min(1, 'validation.profileRequired'),
});
export type CreateUserInput = z.output<typeof CreateUserInput>;

export const UpdateUserInput = z.object({
  email: email.optional(),
  name: name.optional(),
  locale: z.enum(LOCALES).optional(),
  timeZone: timeZone.optional(),
  password: password.optional(),
  profileIds: z.array(z.string().min(1)).min(1, 'validation.profileRequired').optional(),
  active: z.boolean().optional(),
  /** The user's manager (a User id; null clears): "the owner's manager" in automation rules. */
  managerId: z.string().min(1, 'validation.required').nullable().optional(),
});
export type UpdateUserInput = z.output<typeof UpdateUserInput>;

export const PermissionProfileInput = z.object({
  name,
  description: z.string().trim().max(1000, 'validation.tooLong').default(''),
  permissions: z.array(z.enum(PERMISSIONS as [string, ...string[]], 'validation.unknownPermission')),
  /** Record visibility per kind; kinds left out keep their scopes. */
  scopes: RecordScopesInput.optional(),
});
export type PermissionProfileInput = z.output<typeof PermissionProfileInput>;

export const ChangePasswordInput = z.object({
  currentPassword: z.string().min(1, 'validation.required'),
  newPassword: password,
});

export const UpdateMyPreferencesInput = z.object({
  locale: z.enum(LOCALES).optional(),
  timeZone: timeZone.optional(),
});

export const CreateApiTokenInput = z.object({
  name,
  expiresAt: z.coerce
    .date('validation.date')
    .refine((d) => d.getTime() > Date.now(), 'validation.dateInPast')
    .nullish(),
});
