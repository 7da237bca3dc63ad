// Reads filter problems from an API error: BAD_USER_INPUT with `extensions.field` like "filter.and.1.attribute.value".
import { CombinedGraphQLErrors } from '@apollo/client/errors';
import type { PathError } from './filter-validation.ts';

interface Issue {
  field?: unknown;
  message?: unknown;
}

/**
 * The problems under `prefix` ("filter", or "filter.and.1" when the filter was ANDed with a quick search), with
 * paths relative to the filter the builder emitted.
 */
export function filterPathErrors(error: unknown, prefix: string): PathError[] {
  if (!CombinedGraphQLErrors.is(error)) return [];
  const out: PathError[] = [];
  for (const e of error.errors) {
    if (e.extensions?.code !== 'BAD_USER_INPUT') continue;
    const issues = Array.isArray(e.extensions.issues) ? (e.extensions.issues as Issue[]) : [];
    const all = issues.length ? issues : [{ field: e.extensions.field, message: e.message }];
    for (const issue of all) {
      const field = typeof issue.field === 'string' ? issue.field : '';
      const message = typeof issue.message === 'string' ? issue.message : e.message;
      if (field === prefix) out.push({ path: '', message });
      else if (field.startsWith(`${prefix}.`)) out.push({ path: field.slice(prefix.length + 1), message });
    }
  }
  return out;
}
