// The value input of a condition, shaped by the operator (none, one, list, pair, days) and the value type.
import { Group, MultiSelect, Select, Switch, TagsInput, Text, TextInput } from '@mantine/core';
import { valueArity, type FilterOp, type ValueType } from '@veza/shared';
import { useTranslation } from 'react-i18next';
import { DateInput } from '../date-input.tsx';
import type { Subject } from './filter-subjects.ts';
import type { EditorValue } from './filter-tree.ts';
import { UserSelect } from './user-select.tsx';

interface Props {
  subject: Subject;
  op: FilterOp | null;
  value: EditorValue;
  error?: string;
  onChange: (value: EditorValue) => void;
}

const text = (value: EditorValue) => (typeof value === 'string' ? value : '');
const strings = (value: EditorValue) => (Array.isArray(value) ? value : []);

function inputType(type: ValueType): string {
  if (type === 'integer' || type === 'decimal') return 'number';
  if (type === 'date' || type === 'datetime') return 'date';
  return 'text';
}

function ScalarInput({ subject, value, error, onChange, label }: Omit<Props, 'op'> & { label: string }) {
  const { t } = useTranslation();
  const source = subject.source;
  if (subject.valueType === 'boolean')
    return (
      <Switch
        mt={6}
        aria-label={label}
        label={value === false ? t('filter.no') : t('filter.yes')}
        checked={value !== false}
        onChange={(event) => onChange(event.currentTarget.checked)}
      />
    );
  if (source?.kind === 'users')
    return <UserSelect label={label} value={text(value) || null} error={error} onChange={(v) => onChange(v ?? '')} />;
  if (source?.kind === 'list')
    return (
      <Select
        size="xs"
        aria-label={label}
        searchable
        data={source.options.map((o) => ({ value: o.value, label: o.label }))}
        value={text(value) || null}
        error={error}
        onChange={(v) => onChange(v ?? '')}
        placeholder={t('filter.chooseValue')}
        miw={180}
      />
    );
  const type = inputType(subject.valueType);
  if (type === 'date')
    return (
      <DateInput
        size="xs"
        aria-label={label}
        value={text(value)}
        error={error}
        onChange={(event) => onChange(event.target.value)}
        miw={140}
      />
    );
  return (
    <TextInput
      size="xs"
      aria-label={label}
      type={type}
      step={subject.valueType === 'decimal' ? 'any' : undefined}
      value={text(value)}
      error={error}
      onChange={(event) => onChange(event.currentTarget.value)}
      miw={type === 'text' ? 180 : 140}
    />
  );
}

function ListInput({ subject, value, error, onChange }: Omit<Props, 'op'>) {
  const { t } = useTranslation();
  const label = t('filter.value');
  if (subject.source?.kind === 'users')
    return <UserSelect multiple label={label} value={strings(value)} error={error} onChange={(v) => onChange(v)} />;
  if (subject.source?.kind === 'list')
    return (
      <MultiSelect
        size="xs"
        aria-label={label}
        searchable
        data={subject.source.options.map((o) => ({ value: o.value, label: o.label }))}
        value={strings(value)}
        error={error}
        onChange={onChange}
        placeholder={t('filter.chooseValues')}
        miw={220}
      />
    );
  return (
    <TagsInput
      size="xs"
      aria-label={label}
      value={strings(value)}
      error={error}
      onChange={onChange}
      placeholder={t('filter.typeValues')}
      miw={220}
    />
  );
}

export function ValueEditor({ subject, op, value, error, onChange }: Props) {
  const { t } = useTranslation();
  const arity = subject.special ? (subject.special === 'notContacted' ? 'days' : 'one') : op ? valueArity(op) : 'none';
  switch (arity) {
    case 'none':
      return null;
    case 'days':
      return (
        <Group gap={6} wrap="nowrap" align="flex-start">
          <TextInput
            size="xs"
            type="number"
            min={0}
            aria-label={t('filter.value')}
            value={text(value)}
            error={error}
            onChange={(event) => onChange(event.currentTarget.value)}
            w={100}
          />
          <Text size="sm" mt={4}>
            {t('filter.days')}
          </Text>
        </Group>
      );
    case 'list':
      return <ListInput subject={subject} value={value} error={error} onChange={onChange} />;
    case 'pair': {
      const [from, to] = Array.isArray(value) && value.length === 2 ? value : ['', ''];
      const pair = { ...subject, source: undefined };
      return (
        <Group gap={6} wrap="nowrap" align="flex-start">
          <ScalarInput
            subject={pair}
            label={t('filter.valueFrom')}
            value={from}
            error={error}
            onChange={(v) => onChange([text(v), to])}
          />
          <Text size="sm" mt={4}>
            –
          </Text>
          <ScalarInput
            subject={pair}
            label={t('filter.valueTo')}
            value={to}
            onChange={(v) => onChange([from, text(v)])}
          />
        </Group>
      );
    }
    default:
      return (
        <ScalarInput subject={subject} label={t('filter.value')} value={value} error={error} onChange={onChange} />
      );
  }
}
