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
}

export const USER_FORM_FIELDS = ['name', 'email', 'password', 'locale', 'timeZone', 'profileIds', 'active'] as const;

export const EMPTY_USER: UserFormValues = {
  name: '',
  email: '',
  password: '',
  locale: 'en',
  timeZone: 'Europe/Zagreb',
  profileIds: [],
  active: true,
};

export const createUserResolver = shapedResolver(
  CreateUserInput,
  ({ active: _active, ...rest }: UserFormValues) => rest,
);

/** On edit an empty password means "keep the current one". */
export const updateUserResolver = shapedResolver(UpdateUserInput, (values: UserFormValues) => ({
  ...values,
  password: values.password === '' ? undefined : values.password,
}));
