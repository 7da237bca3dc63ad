// Vite plugin: replaces each `graphql(`…`)` call of the codegen client preset with that one document's AST, inlined
// from the generated module. Without it, `graphql()` looks documents up in a map holding every query of the app, and
// as one module it lands whole in a chunk the first page needs (bundle budget, docs/PERFORMANCE.md).
import fs from 'node:fs';
import path from 'node:path';
import type { Plugin } from 'vite';

const GENERATED = path.resolve(import.meta.dirname, '../../packages/shared/src/generated/client/graphql.ts');
// A template without `${…}` (GraphQL variables like `$id` are fine).
const CALL = /\bgraphql\(\s*`((?:[^`$]|\$(?!\{))*)`\s*\)/g;
const NAME = /^\s*(?:#[^\n]*\n\s*)*(query|mutation|subscription|fragment)\s+([A-Za-z_][A-Za-z0-9_]*)/;
const IMPORT = /import\s*\{\s*graphql\s*\}\s*from\s*'@veza\/shared\/graphql';?\n?/;

/** Generated document name -> its AST as JSON text. */
function generatedDocuments(): Map<string, string> {
  const source = fs.readFileSync(GENERATED, 'utf8');
  const documents = source.matchAll(
    /^export const (\w+) = (\{"kind":"Document".*\}) as unknown as DocumentNode<.*>;$/gm,
  );
  return new Map([...documents].map((m) => [m[1]!, m[2]!]));
}

export function graphqlDocuments(): Plugin {
  let known: Map<string, string> | null = null;
  return {
    name: 'veza-graphql-documents',
    enforce: 'pre',
    buildStart() {
      known = null;
    },
    transform(code, id) {
      if (!/\.tsx?$/.test(id) || id.includes('node_modules') || !IMPORT.test(code)) return null;
      known ??= generatedDocuments();
      let used = 0;
      const replaced = code.replace(CALL, (_call, document: string) => {
        const match = NAME.exec(document);
        if (!match) throw new Error(`${id}: a graphql() document without an operation or fragment name`);
        const [, kind, name] = match;
        const identifier = `${name![0]!.toUpperCase()}${name!.slice(1)}${kind === 'fragment' ? 'FragmentDoc' : 'Document'}`;
        const ast = known!.get(identifier);
        if (!ast) throw new Error(`${id}: ${identifier} is not generated; run pnpm codegen`);
        used++;
        return ast;
      });
      if (!used) return null;
      return { code: /\bgraphql\(/.test(replaced) ? replaced : replaced.replace(IMPORT, ''), map: null };
    },
  };
}
