// Typed GraphQL errors (extensions.code) and the mapping of zod failures to BAD_USER_INPUT naming the field.
import { GraphQLError } from 'graphql';
import type { ZodError, ZodType, z } from 'zod';

export type ErrorCode =
  | 'UNAUTHENTICATED'
  | 'FORBIDDEN'
  | 'BAD_USER_INPUT'
  | 'NOT_FOUND'
  | 'CONFLICT'
  | 'TOO_MANY_REQUESTS'
  | 'DIRECTORY_UNAVAILABLE';

export class AppError extends GraphQLError {
  constructor(code: ErrorCode, message: string, extra: Record<string, unknown> = {}) {
    super(message, { extensions: { code, ...extra } });
  }
}

export const unauthenticated = () => new AppError('UNAUTHENTICATED', 'Not logged in or the credentials are invalid');
export const forbidden = (permission: string) =>
  new AppError('FORBIDDEN', `Missing permission ${permission}`, { permission });
export const notFound = (what: string) => new AppError('NOT_FOUND', `${what} not found`);
export const conflict = (message = 'The record was changed by someone else; reload and try again') =>
  new AppError('CONFLICT', message);
export const badInput = (field: string, message: string) => new AppError('BAD_USER_INPUT', message, { field });

/** Parses `input` with a shared zod schema; the first failing field becomes BAD_USER_INPUT with all issues attached. */
export function parseInput<S extends ZodType>(schema: S, input: unknown, prefix?: string): z.output<S> {
  const result = schema.safeParse(input);
  if (result.success) return result.data;
  throw zodToGraphQLError(result.error, prefix);
}

export function zodToGraphQLError(error: ZodError, prefix?: string): AppError {
  const issues = error.issues.map((issue) => ({
    field: [prefix, ...issue.path.map(String)].filter(Boolean).join('.'),
    message: issue.message,
  }));
  const first = issues[0]!;
  return new AppError('BAD_USER_INPUT', first.message, { field: first.field, issues });
}
