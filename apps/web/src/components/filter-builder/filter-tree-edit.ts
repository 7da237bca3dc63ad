// Immutable edits of the filter builder tree: replace, remove or add a node anywhere, also inside person conditions.
import type { ClientFilter, PersonFilter } from '@veza/shared';
import type { AnyFilter, EditorNode, GroupNode } from './filter-tree.ts';

function mapNode(node: EditorNode, fn: (node: EditorNode) => EditorNode | null): EditorNode | null {
  const next = fn(node);
  if (next === null) return null;
  if (next.type === 'group') {
    const children = next.children.map((c) => mapNode(c, fn)).filter((c): c is EditorNode => c !== null);
    return { ...next, children };
  }
  if (next.person) {
    const person = mapNode(next.person, fn);
    return { ...next, person: person?.type === 'group' ? person : undefined };
  }
  return next;
}

/** Applies `change` to the node with `id`. */
export function updateNode(root: GroupNode, id: string, change: (node: EditorNode) => EditorNode): GroupNode {
  return mapNode(root, (n) => (n.id === id ? change(n) : n)) as GroupNode;
}

export function removeNode(root: GroupNode, id: string): GroupNode {
  if (root.id === id) return { ...root, children: [] };
  return mapNode(root, (n) => (n.id === id ? null : n)) as GroupNode;
}

export function addChild(root: GroupNode, groupId: string, child: EditorNode): GroupNode {
  return updateNode(root, groupId, (n) => (n.type === 'group' ? { ...n, children: [...n.children, child] } : n));
}

export function countConditions(node: EditorNode): number {
  if (node.type === 'group') return node.children.reduce((sum, c) => sum + countConditions(c), 0);
  return 1;
}

/** How many conditions a filter has (for a badge on the "Filter" button). */
export function countFilterConditions(input: ClientFilter | PersonFilter | null | undefined): number {
  const filter = input as AnyFilter | null | undefined;
  if (!filter) return 0;
  const children = [...(filter.and ?? []), ...(filter.or ?? []), ...(filter.not ? [filter.not] : [])];
  return children.length ? children.reduce((sum, c) => sum + countFilterConditions(c as AnyFilter), 0) : 1;
}
