// DateTime and JSON scalars. DateTime input is checked against the calendar (2026-02-30 and year 0000 are refused,
// never rolled over) and normalised once, here, to its canonical UTC text (`2026-05-04T10:00:00.000Z`): services and
// zod schemas receive that string and need no conversion of their own.
import { parseInstant } from '@veza/shared';
import { GraphQLError, GraphQLScalarType, Kind, type ValueNode } from 'graphql';

const INVALID =
  'DateTime must be an existing ISO 8601 instant with an offset, e.g. 2026-05-04T10:00:00Z (years 0001-9999)';

function toInstant(value: unknown): string {
  const canonical = typeof value === 'string' ? parseInstant(value) : null;
  if (canonical === null) throw new GraphQLError(INVALID, { extensions: { code: 'BAD_USER_INPUT' } });
  return canonical;
}

export const DateTimeScalar = new GraphQLScalarType<string, string>({
  name: 'DateTime',
  serialize: (value) => {
    if (value instanceof Date && !Number.isNaN(value.getTime())) return value.toISOString();
    return toInstant(value);
  },
  parseValue: toInstant,
  parseLiteral: (ast) => toInstant(ast.kind === Kind.STRING ? ast.value : null),
});

function literalToJson(ast: ValueNode, variables?: Record<string, unknown> | null): unknown {
  switch (ast.kind) {
    case Kind.STRING:
    case Kind.BOOLEAN:
      return ast.value;
    case Kind.INT:
    case Kind.FLOAT:
      return Number(ast.value);
    case Kind.NULL:
      return null;
    case Kind.LIST:
      return ast.values.map((v) => literalToJson(v, variables));
    case Kind.OBJECT:
      return Object.fromEntries(ast.fields.map((f) => [f.name.value, literalToJson(f.value, variables)]));
    case Kind.VARIABLE:
      return variables?.[ast.name.value];
    default:
      throw new GraphQLError('Unsupported JSON literal', { extensions: { code: 'BAD_USER_INPUT' } });
  }
}

export const JSONScalar = new GraphQLScalarType({
  name: 'JSON',
  serialize: (value) => value,
  parseValue: (value) => value,
  parseLiteral: (ast, variables) => literalToJson(ast, variables),
});
