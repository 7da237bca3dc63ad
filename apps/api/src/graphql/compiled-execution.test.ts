import { makeExecutableSchema } from '@graphql-tools/schema';
import { createRequire } from 'node:module';
import type * as GraphQL from 'graphql';
import type { GraphQLSchema } from 'graphql';
import { describe, expect, it } from 'vitest';
import { BROAD_FILTER, LIST_QUERY } from '../bench/workloads/clients.ts';
import { CompiledQueries, executeRequest, prepareForCompiledExecution } from './compiled-execution.ts';
import { JSONScalar } from './scalars.ts';
import { buildSchema } from './schema.ts';

// The CommonJS graphql that graphql-tools and the executor use (see compiled-execution.ts).
const { execute, getOperationAST, GraphQLError, parse } = createRequire(import.meta.url)('graphql') as typeof GraphQL;

const typeDefs = /* GraphQL */ `
  scalar JSON
  enum Op {
    EQ
    NE
  }
  input Filter {
    and: [Filter!]
    not: Filter
    key: String
    op: Op
  }
  type Count {
    value: Int!
    exact: Boolean!
  }
  type Item {
    id: ID!
    label: String!
  }
  type Page {
    items: [Item!]!
    totalCount: Int!
    count(exactUpTo: Int): Count!
  }
  type Query {
    page(filter: Filter, first: Int = 2): Page!
    failing: Item
    required: Item!
  }
  type Mutation {
    touch(id: ID!): Item!
  }
`;

function testSchema(calls: string[]): GraphQLSchema {
  return makeExecutableSchema({
    typeDefs,
    resolvers: {
      JSON: JSONScalar,
      Op: { EQ: 'eq', NE: 'ne' },
      Query: {
        page: (_p, args: { filter?: unknown; first: number }) => ({
          items: [{ id: '1', label: JSON.stringify(args.filter ?? null) }].slice(0, args.first),
          // Thunks, as connections hand them over: graphql-js calls a function found on the parent.
          totalCount: async () => 7,
          count: async ({ exactUpTo }: { exactUpTo?: number }) => ({ value: exactUpTo ?? 1000, exact: true }),
        }),
        failing: () => {
          throw new GraphQLError('No such item', { extensions: { code: 'NOT_FOUND', field: 'id' } });
        },
        required: () => null,
      },
      Mutation: {
        touch: (_p, args: { id: string }) => {
          calls.push(args.id);
          return { id: args.id, label: 'touched' };
        },
      },
    },
  });
}

async function both(query: string, variables: Record<string, unknown> = {}) {
  const document = parse(query);
  const reference = testSchema([]);
  const expected = JSON.parse(
    JSON.stringify(await execute({ schema: reference, document, variableValues: variables })),
  );
  const calls: string[] = [];
  const schema = testSchema(calls);
  const cache = new CompiledQueries(prepareForCompiledExecution(schema));
  const operation = getOperationAST(document)!;
  const rc = { document, operation, operationName: null, queryHash: query, request: { variables }, context: {} };
  const result = await executeRequest(schema, cache, rc as never);
  return { expected, actual: JSON.parse(JSON.stringify(result)), result, cache, calls };
}

describe('compiled execution (graphql-jit behind Apollo)', () => {
  it('answers a recursive input variable, enums and defaults exactly as graphql-js, compiled', async () => {
    const filter = { and: [{ key: 'a', op: 'NE' }, { not: { key: 'b', op: 'EQ' } }] };
    const { expected, actual, cache } = await both(
      'query P($filter: Filter, $n: Int) { page(filter: $filter, first: $n) { items { id label } totalCount } }',
      { filter },
    );
    expect(actual).toEqual(expected);
    expect(actual.data.page.items[0].label).toBe(
      JSON.stringify({ and: [{ key: 'a', op: 'ne' }, { not: { key: 'b', op: 'eq' } }] }),
    );
    expect(cache.size).toBe(1);
  });

  it('calls function-valued fields with their arguments, as graphql-js does', async () => {
    const { expected, actual } = await both('{ page { totalCount count(exactUpTo: 5) { value exact } } }');
    expect(actual).toEqual(expected);
    expect(actual.data.page).toEqual({ totalCount: 7, count: { value: 5, exact: true } });
  });

  it('keeps resolver errors as graphql-js errors with their extensions, and null propagation', async () => {
    const { expected, actual, result } = await both('{ failing { id } page { totalCount } }');
    expect(actual).toEqual(expected);
    expect(result.errors?.[0]).toBeInstanceOf(GraphQLError);
    expect(result.errors?.[0]?.extensions).toMatchObject({ code: 'NOT_FOUND', field: 'id' });
    // The message must stay writable: graphql-armor masks field suggestions in place.
    result.errors![0]!.message = 'masked';
    const nonNull = await both('{ required { id } }');
    expect(nonNull.actual).toEqual(nonNull.expected);
    expect(nonNull.actual.data).toBeNull();
  });

  it('refuses bad variables with graphql-js wording before running anything', async () => {
    const { expected, actual } = await both('query P($filter: Filter) { page(filter: $filter) { totalCount } }', {
      filter: { and: [{ op: 'LIKE' }] },
    });
    expect(actual).toEqual(expected);
    expect(actual.data).toBeUndefined();
    expect(actual.errors[0].message).toMatch(/^Variable "\$filter" got invalid value "LIKE" at "filter.and\[0\].op"/);
  });

  it('runs mutations on graphql-js, once', async () => {
    const { expected, actual, calls, cache } = await both('mutation { touch(id: "9") { id label } }');
    expect(actual).toEqual(expected);
    expect(calls).toEqual(['9']);
    expect(cache.size).toBe(0);
  });

  it('compiles the client list as the SPA and the benchmark ask for it', () => {
    const schema = prepareForCompiledExecution(buildSchema());
    for (const query of [LIST_QUERY('cheap', 100), LIST_QUERY('exact'), LIST_QUERY(undefined)]) {
      const document = parse(query);
      expect(new CompiledQueries(schema).get('k', document, getOperationAST(document)!)).not.toBeNull();
    }
    expect(BROAD_FILTER.and.length).toBeGreaterThan(1);
  });
});
