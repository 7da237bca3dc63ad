// The user form's values and the resolvers that validate them with the shared zod schemas.
import { CreateUserInput, UpdateUserInput, type Locale } from '@veza/shared';
import { shapedResolver } from '../../../lib/shaped-resolver.ts';

export interface UserFormValues {
  name: string;
  email: string;
  password: string;
  locale: Locale;
  timeZone: string;
  profileIds: string[];
  active: boolean;
  /** The manager's User id, or null (edit only). */
  managerId: string | null;
}

export const USER_FORM_FIELDS = [
  'name',
  'email',
  'password',
  'locale',
  'timeZone',
  'profileIds',
  'active',
  'managerId',
] as const;

export const EMPTY_USER: UserFormValues = {
  name: '',
  email: '',
  password: '',
  locale: 'en',
  timeZone: 'Europe/Zagreb',
  profileIds: [],
  active: true,
  managerId: null,
};

export const createUserResolver = shapedResolver(
  CreateUserInput,
  ({ active: _active, managerId: _managerId, ...rest }: UserFormValues) => rest,
);

/** On edit an empty password means "keep the current one". */
export const updateUserResolver = shapedResolver(UpdateUserInput, (values: UserFormValues) => ({
  ...values,
  password: values.password === '' ? undefined : values.password,
}));
