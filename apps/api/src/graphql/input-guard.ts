// Refuses request input that PostgreSQL cannot store or that would exhaust the stack before any code sees it:
// a NUL character in any string or key (variables, literals, the export body) and nesting deeper than
// MAX_INPUT_DEPTH. The walk is iterative, so a value nested 5 000 deep is measured, not recursed into.
import type { ApolloServerPlugin } from '@apollo/server';
import { GraphQLError, Kind, visit, type ASTNode, type DocumentNode } from 'graphql';
import type { Context } from './context.ts';

/** A client filter at its depth limit is about 20 levels of JSON; nothing legitimate comes near this. */
export const MAX_INPUT_DEPTH = 40;

export type BadInput = { field: string; message: string };

/** The first place in a JSON value with a NUL character or too deep, as a dotted path under `root`, or null. */
export function findBadInput(value: unknown, root: string): BadInput | null {
  const stack: [unknown, string, number][] = [[value, root, 0]];
  while (stack.length > 0) {
    const [v, path, depth] = stack.pop()!;
    if (typeof v === 'string') {
      if (v.includes('\u0000')) return { field: path, message: 'validation.nulCharacter' };
      continue;
    }
    if (v === null || typeof v !== 'object') continue;
    if (depth >= MAX_INPUT_DEPTH) return { field: path, message: 'validation.tooDeep' };
    const entries: [string, unknown][] = Array.isArray(v) ? v.map((x, i) => [String(i), x]) : Object.entries(v);
    for (const [key, child] of entries) {
      if (key.includes('\u0000')) return { field: path, message: 'validation.nulCharacter' };
      stack.push([child, path ? `${path}.${key}` : key, depth + 1]);
    }
  }
  return null;
}

/** The same checks on the literal values written in a document, named by their argument and object fields. */
export function findBadLiteral(document: DocumentNode): BadInput | null {
  let found: BadInput | null = null;
  const nameOf = (ancestors: readonly (ASTNode | readonly ASTNode[])[]) =>
    ancestors
      .flatMap((a) => ('kind' in a && (a.kind === Kind.ARGUMENT || a.kind === Kind.OBJECT_FIELD) ? [a.name.value] : []))
      .join('.');
  visit(document, {
    enter(node, _key, parent, _path, ancestors) {
      if (found) return false;
      if (node.kind === Kind.STRING && node.value.includes('\u0000'))
        found = { field: nameOf(parent ? [...ancestors, parent] : ancestors), message: 'validation.nulCharacter' };
      if (node.kind === Kind.OBJECT || node.kind === Kind.LIST) {
        const depth = ancestors.filter((a) => 'kind' in a && (a.kind === Kind.OBJECT || a.kind === Kind.LIST)).length;
        if (depth >= MAX_INPUT_DEPTH) found = { field: nameOf(ancestors), message: 'validation.tooDeep' };
      }
      return undefined;
    },
  });
  return found;
}

export function badInputError(bad: BadInput): GraphQLError {
  const text =
    bad.message === 'validation.tooDeep'
      ? `Input nested deeper than ${MAX_INPUT_DEPTH} levels`
      : 'Text may not contain the NUL character (\\u0000)';
  return new GraphQLError(text, {
    extensions: { code: 'BAD_USER_INPUT', field: bad.field, reason: bad.message, http: { status: 400 } },
  });
}

/** Checks variables and literals after validation and before execution (variable coercion recurses). */
export function inputGuard(): ApolloServerPlugin<Context> {
  return {
    async requestDidStart() {
      return {
        async didResolveOperation({ request, document }) {
          const bad =
            Object.entries(request.variables ?? {})
              .map(([name, value]) => findBadInput(value, name))
              .find(Boolean) ?? findBadLiteral(document);
          if (bad) throw badInputError(bad);
        },
      };
    },
  };
}
