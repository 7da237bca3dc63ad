// The client filter editor: a tree of AND/OR groups and conditions that emits a validated ClientFilter on "Apply".
import { Button, Group, Stack, Text } from '@mantine/core';
import type { ClientFilter } from '@veza/shared';
import { useCallback, useEffect, useMemo, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { translateMessage } from '../../lib/graphql-errors.ts';
import { FilterBuilderContext, type FilterBuilderContextValue } from './filter-builder-context.ts';
import type { FilterOptions } from './filter-options.ts';
import { buildSubjects, type Scope } from './filter-subjects.ts';
import { filterToTree, newGroup, treeToFilter, type GroupNode } from './filter-tree.ts';
import { addChild, removeNode, updateNode } from './filter-tree-edit.ts';
import { errorsByNode, validateTree, type NodeErrors, type PathError } from './filter-validation.ts';
import { GroupEditor } from './group-editor.tsx';

export interface FilterBuilderProps {
  /** The applied filter; a new value replaces what is being edited. */
  value: ClientFilter | null;
  options: FilterOptions;
  onApply: (filter: ClientFilter | null) => void;
  /** Called with every valid filter while it is being edited (before "Apply"), e.g. for a live count. */
  onDraftChange?: (filter: ClientFilter | null) => void;
  /** Problems the server found in the applied filter, by path inside it ("and.1.attribute.value"). */
  serverErrors?: PathError[];
}

const NO_ERRORS: NodeErrors = new Map();

function useSubjects(options: FilterOptions) {
  const { t, i18n } = useTranslation();
  const language = i18n.language;
  return useMemo(
    () => ({
      client: buildSubjects('client', options, t, language),
      person: buildSubjects('person', options, t, language),
    }),
    [options, t, language],
  );
}

/** The tree being edited; a new filter from outside (a saved view) replaces it, our own applied one does not. */
function useFilterTree(value: ClientFilter | null) {
  const [tree, setTree] = useState<GroupNode>(() => filterToTree(value));
  const [errors, setErrors] = useState<NodeErrors>(NO_ERRORS);
  const [previous, setPrevious] = useState(value);
  const [emitted, setEmitted] = useState<ClientFilter | null | undefined>(undefined);
  if (previous !== value) {
    setPrevious(value);
    if (value !== emitted) {
      setTree(filterToTree(value));
      setErrors(NO_ERRORS);
    }
  }
  return { tree, setTree, errors, setErrors, setEmitted };
}

export function FilterBuilder({ value, options, onApply, onDraftChange, serverErrors }: FilterBuilderProps) {
  const { t } = useTranslation();
  const { tree, setTree, errors, setErrors, setEmitted } = useFilterTree(value);
  const subjects = useSubjects(options);
  const lookup = useCallback((scope: Scope, id: string) => subjects[scope].find((s) => s.id === id), [subjects]);
  const serverNodeErrors = useMemo(
    () => (serverErrors?.length ? errorsByNode(treeToFilter(tree, lookup).paths, serverErrors) : NO_ERRORS),
    [serverErrors, tree, lookup],
  );

  const context = useMemo<FilterBuilderContextValue>(
    () => ({
      subjects,
      lookup,
      errorsOf: (id) => errors.get(id) ?? serverNodeErrors.get(id) ?? [],
      update: (id, change) => setTree((root) => updateNode(root, id, change)),
      remove: (id) => setTree((root) => removeNode(root, id)),
      addChild: (groupId, child) => setTree((root) => addChild(root, groupId, child)),
      GroupEditor,
    }),
    [subjects, lookup, errors, serverNodeErrors, setTree],
  );

  // Every edit that leaves a valid filter is reported (the callback's identity does not matter).
  const draftListener = useRef(onDraftChange);
  useEffect(() => {
    draftListener.current = onDraftChange;
  });
  useEffect(() => {
    if (!draftListener.current) return;
    const result = validateTree(tree, lookup);
    if (result.ok) draftListener.current(result.filter);
  }, [tree, lookup]);

  const apply = () => {
    const result = validateTree(tree, lookup);
    if (!result.ok) {
      setErrors(result.errors);
      return;
    }
    setErrors(NO_ERRORS);
    setEmitted(result.filter);
    onApply(result.filter);
  };
  const clear = () => {
    setTree(newGroup('and'));
    setErrors(NO_ERRORS);
    setEmitted(null);
    onApply(null);
  };
  const rootErrors = [...(errors.get(tree.id) ?? []), ...(serverNodeErrors.get(tree.id) ?? [])];

  return (
    <FilterBuilderContext.Provider value={context}>
      <Stack gap="sm">
        <GroupEditor node={tree} scope="client" depth={0} removable={false} />
        {(errors.size > 0 || rootErrors.length > 0) && (
          <Text size="sm" c="red" role="alert">
            {rootErrors.length
              ? rootErrors.map((e) => translateMessage(t, e.message)).join(' ')
              : t('filter.fixProblems')}
          </Text>
        )}
        <Group gap="xs">
          <Button size="sm" onClick={apply}>
            {t('filter.apply')}
          </Button>
          <Button size="sm" variant="default" onClick={clear}>
            {t('filter.clear')}
          </Button>
        </Group>
      </Stack>
    </FilterBuilderContext.Provider>
  );
}
