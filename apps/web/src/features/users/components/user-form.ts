// The user form's values and the resolvers that validate them with the shared zod schemas.
import { zodResolver } from '@hookform/resolvers/zod';
import { CreateUserInput, UpdateUserInput, type Locale } from '@veza/shared';
import type { Resolver } from 'react-hook-form';

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

/** Runs a zod resolver on the form values after `prepare` reshapes them for the schema. */
function resolverFor<Out>(
  inner: Resolver<never, unknown, Out>,
  prepare: (values: UserFormValues) => unknown,
): Resolver<UserFormValues, unknown, Out> {
  return (values, context, options) => inner(prepare(values) as never, context, options as never);
}

export const createUserResolver = resolverFor<CreateUserInput>(
  zodResolver(CreateUserInput) as unknown as Resolver<never, unknown, CreateUserInput>,
  ({ active: _active, ...rest }) => rest,
);

/** On edit an empty password means "keep the current one". */
export const updateUserResolver = resolverFor<UpdateUserInput>(
  zodResolver(UpdateUserInput) as unknown as Resolver<never, unknown, UpdateUserInput>,
  (values) => ({ ...values, password: values.password === '' ? undefined : values.password }),
);
