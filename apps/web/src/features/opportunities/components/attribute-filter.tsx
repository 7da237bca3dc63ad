// "Attribute equals value" for the opportunity filter (board and list): pick an attribute, then its value — a choice,
// yes / no, or typed text / number. The API matches attributes by equality (OpportunityFilter.attributes).
import { Group, Select, TextInput } from '@mantine/core';
import { labelIn } from '@veza/shared';
import { useTranslation } from 'react-i18next';
import type { AttributeFieldDefinition } from '../../../components/attribute-field/attribute-definition.ts';
import { DateInput } from '../../../components/date-input.tsx';

export type AttributeCondition = Record<string, string | number | boolean>;

interface Props {
  definitions: readonly AttributeFieldDefinition[];
  value: AttributeCondition | null | undefined;
  onChange: (value: AttributeCondition | null) => void;
}

/** Only definitions whose values compare by equality (not multi-choice lists). */
const FILTERABLE = new Set(['TEXT', 'CHOICE', 'BOOLEAN', 'INTEGER', 'DECIMAL', 'DATE']);

function ValueInput({
  def,
  value,
  onChange,
}: {
  def: AttributeFieldDefinition;
  value: unknown;
  onChange: (v: unknown) => void;
}) {
  const { t, i18n } = useTranslation();
  const label = t('opportunities.filter.attributeValue');
  if (def.type === 'CHOICE')
    return (
      <Select
        label={label}
        w={180}
        clearable
        value={typeof value === 'string' ? value : null}
        onChange={(v) => onChange(v)}
        data={def.choices.map((c) => ({ value: c.key, label: labelIn(c.labels, i18n.language) || c.key }))}
      />
    );
  if (def.type === 'BOOLEAN')
    return (
      <Select
        label={label}
        w={120}
        clearable
        value={value == null ? null : String(value)}
        onChange={(v) => onChange(v == null ? null : v === 'true')}
        data={[
          { value: 'true', label: t('opportunities.filter.yes') },
          { value: 'false', label: t('opportunities.filter.no') },
        ]}
      />
    );
  if (def.type === 'DATE')
    return (
      <DateInput
        label={label}
        w={160}
        value={value == null ? '' : String(value)}
        onChange={(e) => onChange(e.target.value === '' ? null : e.target.value)}
      />
    );
  const numeric = def.type === 'INTEGER' || def.type === 'DECIMAL';
  return (
    <TextInput
      label={label}
      w={160}
      type={numeric ? 'number' : 'text'}
      value={value == null ? '' : String(value)}
      onChange={(e) => {
        const text = e.currentTarget.value;
        onChange(text === '' ? null : numeric && Number.isFinite(Number(text)) ? Number(text) : text);
      }}
    />
  );
}

export function AttributeFilter({ definitions, value, onChange }: Props) {
  const { t, i18n } = useTranslation();
  const usable = definitions.filter((d) => FILTERABLE.has(d.type));
  if (!usable.length) return null;
  const [key, current] = Object.entries(value ?? {})[0] ?? [null, null];
  const def = usable.find((d) => d.key === key);
  return (
    <Group gap="xs" align="flex-end" wrap="nowrap">
      <Select
        label={t('opportunities.filter.attribute')}
        w={180}
        clearable
        value={def ? def.key : null}
        onChange={(k) => onChange(k ? { [k]: '' } : null)}
        data={usable.map((d) => ({ value: d.key, label: labelIn(d.labels, i18n.language) || d.key }))}
      />
      {def && (
        <ValueInput
          def={def}
          value={current === '' ? null : current}
          onChange={(v) => onChange(v == null ? { [def.key]: '' } : { [def.key]: v as string | number | boolean })}
        />
      )}
    </Group>
  );
}

/** The condition as the API takes it: a chosen attribute without a value yet filters nothing. */
export function attributeFilterInput(value: AttributeCondition | null | undefined): AttributeCondition | null {
  const entries = Object.entries(value ?? {}).filter(([, v]) => v !== '');
  return entries.length ? Object.fromEntries(entries) : null;
}
