// Puts the API's per-attribute errors (field "input.attributes.<key>") onto the form's attribute inputs.
import { CombinedGraphQLErrors } from '@apollo/client/errors';
import type { FieldValues, Path, UseFormSetError } from 'react-hook-form';

interface Issue {
  field?: unknown;
  message?: unknown;
}

/** The form-level helper only knows top-level fields; attribute errors name the attribute key one level down. */
export function applyAttributeErrors<T extends FieldValues>(error: unknown, setError: UseFormSetError<T>): void {
  if (!CombinedGraphQLErrors.is(error)) return;
  for (const e of error.errors) {
    if (e.extensions?.code !== 'BAD_USER_INPUT') continue;
    const issues: Issue[] = Array.isArray(e.extensions.issues)
      ? (e.extensions.issues as Issue[])
      : [{ field: e.extensions.field, message: e.message }];
    for (const issue of issues) {
      const match = typeof issue.field === 'string' ? /^(?:input\.)?attributes\.(\w+)$/.exec(issue.field) : null;
      if (match && typeof issue.message === 'string') {
        setError(`attributes.${match[1]}` as Path<T>, { type: 'server', message: issue.message });
      }
    }
  }
}
