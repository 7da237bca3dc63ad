// Compiled execution: queries run through graphql-jit (a function compiled per document), plugged into Apollo Server
// through its gateway interface — the one executor hook Apollo Server 5 has. Parsing, validation (graphql-armor),
// plugins and error formatting stay Apollo's; mutations and anything graphql-jit cannot compile run on graphql-js.
import type { ApolloServerOptionsWithGateway } from '@apollo/server';
import { createRequire } from 'node:module';
import type {
  DocumentNode,
  ExecutionResult,
  GraphQLError as GraphQLErrorType,
  GraphQLSchema,
  OperationDefinitionNode,
} from 'graphql';
import type * as GraphQL from 'graphql';
import { compileQuery, isCompiledQuery, type CompiledQuery } from 'graphql-jit';
import type { Context } from './context.ts';

// The CommonJS graphql that Apollo Server, graphql-tools and graphql-jit load (under vitest a bare ESM import gets the
// .mjs copy, whose instanceof checks refuse the schema those libraries built).
const graphql = createRequire(import.meta.url)('graphql') as typeof GraphQL;
const { defaultFieldResolver, execute, getVariableValues, GraphQLError, isObjectType, Kind } = graphql;

type Gateway = ApolloServerOptionsWithGateway<Context>['gateway'];
type Executor = NonNullable<Awaited<ReturnType<Gateway['load']>>['executor']>;
type RequestContext = Parameters<Executor>[0];

/** Compiled documents kept per process (the SPA and the bench send a few dozen distinct ones). */
const MAX_COMPILED = 500;

/**
 * graphql-jit reads a field without a resolver as a plain property: it neither calls a function found there nor
 * awaits a promise, where graphql-js does both (connections hand `totalCount` and `count(exactUpTo)` over as
 * functions, attribute definitions their `usageCount`). Every such field gets graphql-js's own default resolver, so
 * both executors answer alike by construction. Measured on the 100-row list page (execution and JSON): graphql-js
 * 3.4–3.9 ms of CPU, graphql-jit so prepared 1.8–2.0 ms (1.2–1.6 ms with bare property reads, not taken: unsafe).
 */
export function prepareForCompiledExecution(schema: GraphQLSchema): GraphQLSchema {
  for (const type of Object.values(schema.getTypeMap())) {
    if (!isObjectType(type) || type.name.startsWith('__')) continue;
    for (const field of Object.values(type.getFields())) field.resolve ??= defaultFieldResolver;
  }
  return schema;
}

/** graphql-jit's errors are frozen look-alikes; Apollo and armor rewrite messages, so hand over real ones. */
function asGraphqlJsError(error: GraphQLErrorType): GraphQLErrorType {
  const copy = new GraphQLError(error.message, {
    path: error.path,
    originalError: error.originalError ?? undefined,
    extensions: error.extensions,
  });
  if (error.locations) Object.assign(copy, { locations: error.locations });
  return copy;
}

export class CompiledQueries {
  private readonly compiled = new Map<string, CompiledQuery | null>();
  constructor(private readonly schema: GraphQLSchema) {}

  /** The compiled function for a query operation, or null when graphql-js must run it. */
  get(key: string, document: DocumentNode, operation: OperationDefinitionNode): CompiledQuery | null {
    const known = this.compiled.get(key);
    if (known !== undefined) return known;
    const result = compileQuery(this.schema, withJsonVariables(document, operation), operation.name?.value);
    const compiled = isCompiledQuery(result) ? result : null;
    if (this.compiled.size >= MAX_COMPILED) this.compiled.delete(this.compiled.keys().next().value!);
    this.compiled.set(key, compiled);
    return compiled;
  }

  get size(): number {
    return this.compiled.size;
  }
}

const JSON_TYPE = { kind: Kind.NAMED_TYPE, name: { kind: Kind.NAME, value: 'JSON' } } as const;

/**
 * graphql-jit compiles variable coercion inline, type by type, and so cannot compile a recursive input type (the
 * client filter's and/or/not): it overflows the stack. graphql-js coerces the variables instead (the same errors, the
 * same values) and the compiled query receives them through variables declared as the pass-through JSON scalar.
 * Only the one operation is kept: the document was validated with its real variable types before this.
 */
function withJsonVariables(document: DocumentNode, operation: OperationDefinitionNode): DocumentNode {
  const variableDefinitions = (operation.variableDefinitions ?? []).map((definition) => ({
    ...definition,
    type: JSON_TYPE,
    defaultValue: undefined,
  }));
  const definitions = document.definitions.map((d) => (d === operation ? { ...operation, variableDefinitions } : d));
  return { ...document, definitions };
}

export async function executeRequest(
  schema: GraphQLSchema,
  cache: CompiledQueries,
  rc: RequestContext,
): Promise<ExecutionResult> {
  const { document, operation, request, operationName } = rc;
  const context = rc.context as Context;
  const graphqlJs = () =>
    execute({ schema, document, contextValue: context, variableValues: request.variables, operationName });
  if (operation.operation !== 'query') return graphqlJs();
  const compiled = cache.get(`${rc.queryHash}\n${operationName ?? ''}`, document, operation);
  if (!compiled) return graphqlJs();
  // What graphql-js's execute() does first, with its wording (Apollo turns these into BAD_USER_INPUT, HTTP 400).
  const variables = getVariableValues(schema, operation.variableDefinitions ?? [], request.variables ?? {}, {
    maxErrors: 50,
  });
  if (variables.errors) return { errors: variables.errors };
  const result = await compiled.query(undefined, context, variables.coerced);
  return result.errors?.length ? { ...result, errors: result.errors.map(asGraphqlJsError) } : result;
}

/** The gateway Apollo Server asks for the schema and the executor. */
export function compiledExecutionGateway(schema: GraphQLSchema): Gateway {
  const cache = new CompiledQueries(prepareForCompiledExecution(schema));
  return {
    async load() {
      return { executor: (rc) => executeRequest(schema, cache, rc) };
    },
    onSchemaLoadOrUpdate(callback) {
      callback({ apiSchema: schema, coreSupergraphSdl: '' });
      return () => undefined;
    },
    async stop() {},
  };
}
