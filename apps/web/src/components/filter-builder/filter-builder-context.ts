// Shared by the nested editors of one filter builder: subjects per scope, node errors and the tree edits.
import { createContext, useContext, type ComponentType } from 'react';
import type { Scope, Subject } from './filter-subjects.ts';
import type { EditorNode, GroupNode } from './filter-tree.ts';
import type { NodeError } from './filter-validation.ts';

export interface FilterBuilderContextValue {
  subjects: Record<Scope, Subject[]>;
  lookup: (scope: Scope, id: string) => Subject | undefined;
  errorsOf: (id: string) => NodeError[];
  update: (id: string, change: (node: EditorNode) => EditorNode) => void;
  remove: (id: string) => void;
  addChild: (groupId: string, child: EditorNode) => void;
  /**
   * The group editor, for a condition's nested person group: groups contain conditions and a person condition
   * contains a group, so the recursion goes through the context instead of a module import cycle.
   */
  GroupEditor: ComponentType<{ node: GroupNode; scope: Scope; depth: number; removable: boolean }>;
}

export const FilterBuilderContext = createContext<FilterBuilderContextValue | null>(null);

export function useFilterBuilder(): FilterBuilderContextValue {
  const value = useContext(FilterBuilderContext);
  if (!value) throw new Error('useFilterBuilder() outside <FilterBuilder>');
  return value;
}
