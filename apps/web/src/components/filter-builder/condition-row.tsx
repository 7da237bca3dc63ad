// One condition of the filter tree: NOT, the field, the operator (only those the field's type allows) and the value.
import { ActionIcon, Box, Checkbox, Group, NativeSelect, Stack, Text } from '@mantine/core';
import { OPERATORS_BY_TYPE, type FilterOp } from '@veza/shared';
import type { TFunction } from 'i18next';
import { useTranslation } from 'react-i18next';
import { translateMessage } from '../../lib/graphql-errors.ts';
import { useFilterBuilder } from './filter-builder-context.ts';
import type { Scope, Subject } from './filter-subjects.ts';
import { emptyValue, newCondition, newGroup, type ConditionNode } from './filter-tree.ts';
import type { NodeError } from './filter-validation.ts';
import { ValueEditor } from './value-editor.tsx';

function groupedSubjects(subjects: Subject[]) {
  const groups = new Map<string, { value: string; label: string }[]>();
  for (const s of subjects) groups.set(s.group, [...(groups.get(s.group) ?? []), { value: s.id, label: s.label }]);
  return [...groups].map(([group, items]) => ({ group, items }));
}

/** A condition for a newly chosen subject: its first operator and an empty value. */
export function conditionFor(node: ConditionNode, subject: Subject | undefined): ConditionNode {
  const base = { id: node.id, type: 'condition' as const, negated: node.negated, subject: subject?.id ?? '' };
  if (!subject) return { ...base, op: null, value: null };
  if (subject.special === 'person')
    return { ...base, op: null, value: null, person: newGroup('and', [newCondition()]) };
  if (subject.special) return { ...base, op: null, value: '' };
  const op = OPERATORS_BY_TYPE[subject.valueType][0]!;
  return { ...base, op, value: emptyValue(op, subject.valueType) };
}

/** The field select, or a note for a node this editor cannot change. */
function SubjectSelect({ node, scope, error }: { node: ConditionNode; scope: Scope; error?: string }) {
  const { t } = useTranslation();
  const { subjects, lookup, update } = useFilterBuilder();
  return node.raw ? (
    <Text size="sm" mt={6} c="dimmed">
      {t('filter.unsupported')}
    </Text>
  ) : (
    <NativeSelect
      size="xs"
      aria-label={t('filter.field')}
      value={node.subject}
      error={error}
      onChange={(event) => {
        // Read now: React may run the updater again after the event has been released (StrictMode).
        const subject = lookup(scope, event.currentTarget.value);
        update(node.id, (n) => conditionFor(n as ConditionNode, subject));
      }}
      data={[{ value: '', label: t('filter.chooseField') }, ...groupedSubjects(subjects[scope])]}
      miw={180}
    />
  );
}

function messageOf(t: TFunction, errors: NodeError[], part: NodeError['part']): string | undefined {
  const texts = errors.filter((e) => e.part === part).map((e) => translateMessage(t, e.message));
  return texts.join(' ') || undefined;
}

export function ConditionRow({ node, scope, depth }: { node: ConditionNode; scope: Scope; depth: number }) {
  const { t } = useTranslation();
  const { lookup, errorsOf, update, remove, GroupEditor } = useFilterBuilder();
  const subject = lookup(scope, node.subject);
  const message = (part: NodeError['part']) => messageOf(t, errorsOf(node.id), part);
  const setOp = (op: FilterOp) =>
    update(node.id, (n) => ({ ...n, op, value: emptyValue(op, subject?.valueType) }) as ConditionNode);

  return (
    <Stack gap={4} role="group" aria-label={t('filter.condition')}>
      <Group gap="xs" align="flex-start" wrap="wrap">
        <Checkbox
          mt={8}
          size="xs"
          label={t('filter.not')}
          checked={node.negated}
          onChange={(event) => {
            const negated = event.currentTarget.checked;
            update(node.id, (n) => ({ ...n, negated }));
          }}
        />
        <SubjectSelect node={node} scope={scope} error={message('node')} />
        {subject && !subject.special && (
          <NativeSelect
            size="xs"
            aria-label={t('filter.operator')}
            value={node.op ?? ''}
            error={message('op')}
            onChange={(event) => setOp(event.currentTarget.value as FilterOp)}
            data={OPERATORS_BY_TYPE[subject.valueType].map((op) => ({ value: op, label: t(`filter.ops.${op}`) }))}
            miw={140}
          />
        )}
        {subject && subject.special !== 'person' && (
          <ValueEditor
            subject={subject}
            op={node.op}
            value={node.value}
            error={message('value')}
            onChange={(value) => update(node.id, (n) => ({ ...n, value }) as ConditionNode)}
          />
        )}
        <ActionIcon
          mt={2}
          variant="subtle"
          color="red"
          aria-label={t('filter.removeCondition')}
          onClick={() => remove(node.id)}
        >
          ×
        </ActionIcon>
      </Group>
      {subject?.special === 'person' && node.person && (
        <Box pl="lg">
          <GroupEditor node={node.person} scope="person" depth={depth + 1} removable={false} />
        </Box>
      )}
    </Stack>
  );
}
