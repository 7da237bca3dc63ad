import { CombinedGraphQLErrors } from '@apollo/client/errors';
import { describe, expect, it, vi } from 'vitest';
import { i18n } from '../test/setup.ts';
import { applyApiErrors } from './form-errors.ts';
import { apiErrors, errorText } from './graphql-errors.ts';

const t = i18n.getFixedT('en');

function gqlError(...errors: { message: string; extensions?: Record<string, unknown> }[]) {
  return new CombinedGraphQLErrors({ errors });
}

describe('API error handling', () => {
  it('reads the code and the input field, dropping the "input." prefix', () => {
    const error = gqlError({
      message: 'validation.email',
      extensions: { code: 'BAD_USER_INPUT', field: 'input.email' },
    });
    expect(apiErrors(error)).toEqual([{ code: 'BAD_USER_INPUT', message: 'validation.email', field: 'email' }]);
  });

  it('translates error codes, i18n-key messages, and passes plain server text through', () => {
    expect(errorText(t, gqlError({ message: 'x', extensions: { code: 'CONFLICT' } }))).toMatch(/Someone else changed/);
    expect(errorText(t, gqlError({ message: 'validation.email', extensions: { code: 'BAD_USER_INPUT' } }))).toBe(
      'Enter a valid e-mail address.',
    );
    expect(errorText(t, gqlError({ message: 'Profile is in use', extensions: { code: 'BAD_USER_INPUT' } }))).toBe(
      'Profile is in use',
    );
    expect(errorText(t, new TypeError('Failed to fetch'))).toMatch(/cannot be reached/);
    expect(errorText(t, gqlError({ message: 'x', extensions: { code: 'DATABASE_UNAVAILABLE' } }))).toMatch(
      /database is briefly unavailable/,
    );
    expect(errorText(t, gqlError({ message: 'x', extensions: { code: 'SHUTTING_DOWN' } }))).toMatch(/restarting/);
  });

  it('expands the list of failing fields into one entry per field', () => {
    const error = gqlError({
      message: 'validation.email',
      extensions: {
        code: 'BAD_USER_INPUT',
        field: 'input.email',
        issues: [
          { field: 'input.email', message: 'validation.email' },
          { field: 'input.profileIds.0', message: 'validation.required' },
        ],
      },
    });
    expect(apiErrors(error).map((e) => [e.field, e.message])).toEqual([
      ['email', 'validation.email'],
      ['profileIds', 'validation.required'],
    ]);
  });

  it('puts field errors on form fields and returns the rest as a form message', () => {
    const setError = vi.fn();
    const error = gqlError(
      { message: 'validation.email', extensions: { code: 'BAD_USER_INPUT', field: 'email' } },
      { message: 'nope', extensions: { code: 'FORBIDDEN' } },
    );
    const rest = applyApiErrors(t, error, setError, ['email', 'name']);
    expect(setError).toHaveBeenCalledWith(
      'email',
      { type: 'server', message: 'validation.email' },
      { shouldFocus: true },
    );
    expect(rest).toBe('You do not have permission to do this.');
  });
});
