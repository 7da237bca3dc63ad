// Puts the API's BAD_USER_INPUT field errors onto react-hook-form fields; the rest stays a form-level error.
import type { FieldValues, Path, UseFormSetError } from 'react-hook-form';
import type { TFunction } from 'i18next';
import { apiErrors, describeError, translateMessage } from './graphql-errors.ts';

/**
 * Returns the translated message for errors that could not be attached to a field (null when all were),
 * so the form can show it above the buttons.
 */
export function applyApiErrors<T extends FieldValues>(
  t: TFunction,
  error: unknown,
  setError: UseFormSetError<T>,
  fields: readonly Path<T>[],
): string | null {
  const rest: string[] = [];
  let focused = false;
  for (const e of apiErrors(error)) {
    const field = fields.find((f) => f === e.field);
    if (e.code === 'BAD_USER_INPUT' && field) {
      setError(field, { type: 'server', message: e.message }, { shouldFocus: !focused });
      focused = true;
    } else {
      rest.push(describeError(t, e));
    }
  }
  return rest.length ? [...new Set(rest)].join(' ') : null;
}

/** The text to show under a field: zod and server messages are i18n keys. */
export function fieldError(t: TFunction, error: { message?: string } | undefined): string | undefined {
  return translateMessage(t, error?.message);
}
