// Reads the API's error contract (`extensions.code`, `extensions.field`) and turns it into translated text.
import { CombinedGraphQLErrors, ServerError, ServerParseError } from '@apollo/client/errors';
import type { TFunction } from 'i18next';

export const ERROR_CODES = [
  'UNAUTHENTICATED',
  'FORBIDDEN',
  'BAD_USER_INPUT',
  'NOT_FOUND',
  'CONFLICT',
  'TOO_MANY_REQUESTS',
  'DATABASE_UNAVAILABLE',
  'DIRECTORY_UNAVAILABLE',
  'SHUTTING_DOWN',
] as const;
export type ErrorCode = (typeof ERROR_CODES)[number];

export interface ApiError {
  code: ErrorCode | 'NETWORK' | 'UNEXPECTED';
  message: string;
  field?: string;
}

function isKnownCode(code: unknown): code is ErrorCode {
  return typeof code === 'string' && (ERROR_CODES as readonly string[]).includes(code);
}

interface Issue {
  field?: unknown;
  message?: unknown;
}

/**
 * Every error in an Apollo error, with its code; network and unknown failures get one synthetic entry.
 * BAD_USER_INPUT may list all failing fields in `extensions.issues`; each becomes its own entry.
 */
export function apiErrors(error: unknown): ApiError[] {
  if (CombinedGraphQLErrors.is(error)) {
    return error.errors.flatMap((e): ApiError[] => {
      const code = isKnownCode(e.extensions?.code) ? (e.extensions.code as ErrorCode) : 'UNEXPECTED';
      const issues = e.extensions?.issues;
      if (code === 'BAD_USER_INPUT' && Array.isArray(issues) && issues.length > 0) {
        return (issues as Issue[]).map((issue) => ({
          code,
          message: typeof issue.message === 'string' ? issue.message : e.message,
          field: formField(issue.field),
        }));
      }
      return [{ code, message: e.message, field: formField(e.extensions?.field) }];
    });
  }
  if (error instanceof TypeError || ServerError.is(error) || ServerParseError.is(error)) {
    return [{ code: 'NETWORK', message: error.message }];
  }
  return [{ code: 'UNEXPECTED', message: error instanceof Error ? error.message : String(error) }];
}

/** The API names the field as a path ("input.email", "input.profileIds.0"); forms know the top-level name. */
function formField(path: unknown): string | undefined {
  if (typeof path !== 'string' || !path) return undefined;
  const parts = path.split('.');
  if (parts[0] === 'input' && parts.length > 1) parts.shift();
  return parts[0];
}

export function hasErrorCode(error: unknown, code: ApiError['code']): boolean {
  return apiErrors(error).some((e) => e.code === code);
}

/** A validation message is either an i18n key (`validation.email`) or plain text from the server. */
export function translateMessage(t: TFunction, message: string | undefined): string | undefined {
  if (!message) return undefined;
  if (/^[a-z]+(\.[A-Za-z0-9_]+)+$/.test(message)) {
    return t(message, { defaultValue: t('validation.invalid') });
  }
  return message;
}

export function describeError(t: TFunction, error: ApiError): string {
  switch (error.code) {
    case 'BAD_USER_INPUT':
      return translateMessage(t, error.message) ?? t('errors.BAD_USER_INPUT');
    case 'UNAUTHENTICATED':
      return t('errors.UNAUTHENTICATED');
    case 'FORBIDDEN':
      return t('errors.FORBIDDEN');
    case 'NOT_FOUND':
      return t('errors.NOT_FOUND');
    case 'CONFLICT':
      return t('errors.CONFLICT');
    case 'TOO_MANY_REQUESTS':
      return t('errors.TOO_MANY_REQUESTS');
    case 'DATABASE_UNAVAILABLE':
      return t('errors.DATABASE_UNAVAILABLE');
    case 'DIRECTORY_UNAVAILABLE':
      return t('errors.DIRECTORY_UNAVAILABLE');
    case 'SHUTTING_DOWN':
      return t('errors.SHUTTING_DOWN');
    case 'NETWORK':
      return t('errors.NETWORK');
    default:
      return t('errors.UNEXPECTED');
  }
}

/** One translated sentence for an error alert or notification. */
export function errorText(t: TFunction, error: unknown): string {
  const messages = [...new Set(apiErrors(error).map((e) => describeError(t, e)))];
  return messages.join(' ');
}
