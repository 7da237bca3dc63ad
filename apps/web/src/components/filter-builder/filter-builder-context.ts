// Shared by the nested editors of one filter builder: subjects per scope, node errors and the tree edits.
import { createContext, useContext } from 'react';
import type { Scope, Subject } from './filter-subjects.ts';
import type { EditorNode } from './filter-tree.ts';
import type { NodeError } from './filter-validation.ts';

export interface FilterBuilderContextValue {
  subjects: Record<Scope, Subject[]>;
  lookup: (scope: Scope, id: string) => Subject | undefined;
  errorsOf: (id: string) => NodeError[];
  update: (id: string, change: (node: EditorNode) => EditorNode) => void;
  remove: (id: string) => void;
  addChild: (groupId: string, child: EditorNode) => void;
}

export const FilterBuilderContext = createContext<FilterBuilderContextValue | null>(null);

export function useFilterBuilder(): FilterBuilderContextValue {
  const value = useContext(FilterBuilderContext);
  if (!value) throw new Error('useFilterBuilder() outside <FilterBuilder>');
  return value;
}
