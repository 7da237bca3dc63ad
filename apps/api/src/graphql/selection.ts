// What a query asks for below one of its fields, for resolvers that can read fewer columns when less is asked.
import { Kind, type FieldNode, type GraphQLResolveInfo, type SelectionSetNode } from 'graphql';

/**
 * Names of the fields selected on the child field `child` of the field being resolved (through inline fragments and
 * named fragments; the same child under several aliases is merged), or null when it is not selected at all.
 * Directives (@include / @skip) are ignored: a field they may leave out still counts as asked for.
 */
export function childSelection(info: GraphQLResolveInfo, child: string): Set<string> | null {
  let found: Set<string> | null = null;
  const visit = (set: SelectionSetNode | undefined, into: (field: FieldNode) => void) => {
    for (const s of set?.selections ?? []) {
      if (s.kind === Kind.FIELD) into(s);
      else if (s.kind === Kind.INLINE_FRAGMENT) visit(s.selectionSet, into);
      else visit(info.fragments[s.name.value]?.selectionSet, into);
    }
  };
  for (const node of info.fieldNodes)
    visit(node.selectionSet, (field) => {
      if (field.name.value !== child) return;
      found ??= new Set();
      const names = found;
      visit(field.selectionSet, (f) => names.add(f.name.value));
    });
  return found;
}
