// Apollo Server configuration: query limits (graphql-armor), CSRF prevention, error shaping, introspection policy.
import { ApolloServer, type ApolloServerPlugin } from '@apollo/server';
import {
  ApolloServerPluginCacheControlDisabled,
  ApolloServerPluginLandingPageDisabled,
} from '@apollo/server/plugin/disabled';
import { ApolloArmor } from '@escape.tech/graphql-armor';
import { MaxTokensParserWLexer } from '@escape.tech/graphql-armor-max-tokens';
import { GraphQLError, visit, type GraphQLFormattedError } from 'graphql';
import type { Config } from '../config/env.ts';
import { isDatabaseUnavailableError } from '../db/availability.ts';
import type { Context } from './context.ts';
import { compiledExecutionGateway } from './compiled-execution.ts';
import { inputGuard } from './input-guard.ts';
import { buildSchema } from './schema.ts';

export const QUERY_LIMITS = { maxDepth: 10, maxAliases: 15, maxCost: 20_000, maxTokens: 2_000, maxDirectives: 20 };

const KNOWN_CODES = new Set([
  'UNAUTHENTICATED',
  'FORBIDDEN',
  'BAD_USER_INPUT',
  'NOT_FOUND',
  'CONFLICT',
  'TOO_MANY_REQUESTS',
  'DIRECTORY_UNAVAILABLE',
  'GRAPHQL_PARSE_FAILED',
  'GRAPHQL_VALIDATION_FAILED',
  'BAD_REQUEST',
  'PERSISTED_QUERY_NOT_FOUND',
  'OPERATION_RESOLUTION_FAILURE',
  'DATABASE_UNAVAILABLE',
]);

/** Counts the document's tokens before parsing (armor's lexer) and refuses long documents as a client error. */
function maxTokensWith400(n: number): ApolloServerPlugin<Context> {
  return {
    async requestDidStart() {
      return {
        async parsingDidStart({ source }) {
          if (source === undefined) return;
          try {
            new MaxTokensParserWLexer(source, { n }).parseDocument();
          } catch (error) {
            if (!(error instanceof GraphQLError) || !/Token limit/.test(error.message)) return;
            throw new GraphQLError(error.message, {
              extensions: { code: 'GRAPHQL_VALIDATION_FAILED', http: { status: 400 } },
            });
          }
        },
      };
    },
  };
}

/** In production, the schema is readable only by logged-in users (GraphiQL works after logging in). */
function introspectionForUsersOnly(): ApolloServerPlugin<Context> {
  return {
    async requestDidStart() {
      return {
        async didResolveOperation({ contextValue, document }) {
          if (contextValue.viewer) return;
          // The whole document, fragments and aliases included (unused fragments are refused by validation anyway).
          let introspects = false;
          visit(document, {
            Field(node) {
              if (node.name.value === '__schema' || node.name.value === '__type') introspects = true;
            },
          });
          if (introspects) {
            throw new GraphQLError('Introspection requires a logged-in user', {
              extensions: { code: 'UNAUTHENTICATED', http: { status: 401 } },
            });
          }
        },
      };
    },
  };
}

/**
 * `onDatabaseDown` hears of every connection failure a resolver hit (the caller gets DATABASE_UNAVAILABLE, HTTP 503),
 * so the app refuses the next requests at once and probes until the database answers again.
 */
export function createApollo(config: Config, onDatabaseDown: (reason: string) => void = () => undefined) {
  const production = config.env === 'production';
  const armor = new ApolloArmor({
    maxDepth: { n: QUERY_LIMITS.maxDepth, ignoreIntrospection: true },
    maxAliases: { n: QUERY_LIMITS.maxAliases },
    costLimit: { maxCost: QUERY_LIMITS.maxCost, ignoreIntrospection: true },
    // Replaced by maxTokensWith400 below: armor's own token check surfaces as HTTP 500.
    maxTokens: { enabled: false },
    maxDirectives: { n: QUERY_LIMITS.maxDirectives },
    blockFieldSuggestion: { enabled: production },
  }).protect();

  // Queries run compiled (graphql-jit); VEZA_GRAPHQL_EXECUTOR=graphql-js runs everything on graphql-js (comparison).
  const compiled = process.env.VEZA_GRAPHQL_EXECUTOR !== 'graphql-js';
  return new ApolloServer<Context>({
    ...(compiled ? { gateway: compiledExecutionGateway(buildSchema()) } : { schema: buildSchema() }),
    introspection: true,
    csrfPrevention: true,
    allowBatchedHttpRequests: false,
    hideSchemaDetailsFromClientErrors: production,
    includeStacktraceInErrorResponses: config.env === 'development',
    validationRules: armor.validationRules,
    plugins: [
      maxTokensWith400(QUERY_LIMITS.maxTokens),
      inputGuard(),
      ...armor.plugins,
      ApolloServerPluginLandingPageDisabled(),
      // No cache hints are used; the default plugin would wrap every field resolver for nothing.
      ApolloServerPluginCacheControlDisabled(),
      logUnexpectedErrors(),
      databaseUnavailableAs503(),
      ...(production ? [introspectionForUsersOnly()] : []),
    ],
    formatError: (formatted, error) => {
      if (!isDatabaseUnavailableError(error)) return formatError(formatted, error, config);
      onDatabaseDown(error instanceof Error ? (error.message.split('\n').at(-1) ?? error.message) : String(error));
      return {
        message: 'The database is unavailable; try again in a moment',
        path: formatted.path,
        extensions: { code: 'DATABASE_UNAVAILABLE' },
      };
    },
  });
}

/** A response carrying DATABASE_UNAVAILABLE is a 503, so proxies and scripts can retry it. */
function databaseUnavailableAs503(): ApolloServerPlugin<Context> {
  return {
    async requestDidStart() {
      return {
        async willSendResponse({ response }) {
          if (response.body.kind !== 'single') return;
          const errors = response.body.singleResult.errors ?? [];
          if (errors.some((e) => e.extensions?.code === 'DATABASE_UNAVAILABLE')) response.http.status = 503;
        },
      };
    },
  };
}

const isExpected = (code: unknown) => typeof code === 'string' && KNOWN_CODES.has(code);

/** Expected errors pass through with their code; anything else is shown generically (logged by the plugin below). */
function formatError(formatted: GraphQLFormattedError, _error: unknown, config: Config): GraphQLFormattedError {
  if (config.env === 'production' && / Did you mean /.test(formatted.message)) {
    // graphql-js suggests names in variable coercion errors too, which armor's blockFieldSuggestion does not see.
    formatted = { ...formatted, message: formatted.message.replace(/ Did you mean .*$/s, '') };
  }
  const variable = /^Variable "\$\w+" got invalid value .*? at "([^"]+)"/s.exec(formatted.message);
  if (formatted.extensions?.code === 'BAD_USER_INPUT' && !formatted.extensions.field) {
    // A value the variable's type refused (a DateTime that does not exist, an unknown enum value): name the field.
    const field = variable?.[1] ?? /^Variable "\$(\w+)"/.exec(formatted.message)?.[1];
    if (field) formatted = { ...formatted, extensions: { ...formatted.extensions, field } };
  }
  if (isExpected(formatted.extensions?.code) || config.env === 'development') return formatted;
  return { message: 'Internal server error', path: formatted.path, extensions: { code: 'INTERNAL_SERVER_ERROR' } };
}

/** Logs unexpected errors with the request id, and gives the client that id to quote. */
function logUnexpectedErrors(): ApolloServerPlugin<Context> {
  return {
    async requestDidStart({ contextValue }) {
      return {
        async didEncounterErrors({ errors }) {
          for (const error of errors) {
            // A lost database is logged once by DatabaseAvailability, not once per failed request.
            if (isExpected(error.extensions?.code) || isDatabaseUnavailableError(error)) continue;
            console.error(`[graphql] request ${contextValue.requestId}:`, error.originalError ?? error);
          }
        },
        async willSendResponse({ response }) {
          if (response.body.kind !== 'single') return;
          for (const error of response.body.singleResult.errors ?? []) {
            if (!isExpected(error.extensions?.code)) {
              (error as { extensions?: Record<string, unknown> }).extensions = {
                ...error.extensions,
                requestId: contextValue.requestId,
              };
            }
          }
        },
      };
    },
  };
}
