// One AND/OR group of the filter tree: its combinator, NOT, its conditions and sub-groups, and the add buttons.
import { ActionIcon, Button, Checkbox, Group, Paper, SegmentedControl, Stack, Text } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { ConditionRow } from './condition-row.tsx';
import { useFilterBuilder } from './filter-builder-context.ts';
import type { Scope } from './filter-subjects.ts';
import { newCondition, newGroup, type GroupNode } from './filter-tree.ts';

interface Props {
  node: GroupNode;
  scope: Scope;
  depth: number;
  /** The root group of the builder or of a person condition cannot be removed on its own. */
  removable: boolean;
}

function GroupHeader({ node, removable }: { node: GroupNode; removable: boolean }) {
  const { t } = useTranslation();
  const { update, remove } = useFilterBuilder();
  return (
    <Group gap="sm" wrap="wrap">
      <SegmentedControl
        size="xs"
        aria-label={t('filter.combinator')}
        value={node.combinator}
        onChange={(value) => update(node.id, (n) => ({ ...n, combinator: value as 'and' | 'or' }))}
        data={[
          { value: 'and', label: t('filter.and') },
          { value: 'or', label: t('filter.or') },
        ]}
      />
      <Checkbox
        size="xs"
        label={t('filter.notGroup')}
        checked={node.negated}
        onChange={(event) => {
          const negated = event.currentTarget.checked;
          update(node.id, (n) => ({ ...n, negated }));
        }}
      />
      {removable && (
        <ActionIcon variant="subtle" color="red" aria-label={t('filter.removeGroup')} onClick={() => remove(node.id)}>
          ×
        </ActionIcon>
      )}
    </Group>
  );
}

export function GroupEditor({ node, scope, depth, removable }: Props) {
  const { t } = useTranslation();
  const { addChild } = useFilterBuilder();
  const label = depth === 0 ? t('filter.rootGroup') : t('filter.group');
  return (
    <Paper
      withBorder
      p="sm"
      radius="md"
      bg={depth % 2 ? 'gray.0' : 'white'}
      role="group"
      aria-label={label}
      style={{ borderLeft: `3px solid var(--mantine-color-${node.combinator === 'and' ? 'blue' : 'grape'}-5)` }}
    >
      <Stack gap="xs">
        <GroupHeader node={node} removable={removable} />
        {node.children.length === 0 && (
          <Text size="sm" c="dimmed">
            {scope === 'person' ? t('filter.emptyPerson') : t('filter.empty')}
          </Text>
        )}
        {node.children.map((child) =>
          child.type === 'group' ? (
            <GroupEditor key={child.id} node={child} scope={scope} depth={depth + 1} removable />
          ) : (
            <ConditionRow key={child.id} node={child} scope={scope} depth={depth} />
          ),
        )}
        <Group gap="xs">
          <Button size="xs" variant="light" onClick={() => addChild(node.id, newCondition())}>
            {t('filter.addCondition')}
          </Button>
          {depth < 5 && (
            <Button size="xs" variant="subtle" onClick={() => addChild(node.id, newGroup('or', [newCondition()]))}>
              {t('filter.addGroup')}
            </Button>
          )}
        </Group>
      </Stack>
    </Paper>
  );
}
