// Renders the right input for one user-defined attribute and reports values in the JSON type the API stores.
import { Checkbox, MultiSelect, NumberInput, Select, TextInput, Textarea } from '@mantine/core';
import { labelIn } from '@veza/shared';
import type { TFunction } from 'i18next';
import { useTranslation } from 'react-i18next';
import { choiceLabel, type AttributeFieldDefinition, type AttributeValue } from './attribute-definition.ts';
import { DateInput } from '../date-input.tsx';

interface Props {
  definition: AttributeFieldDefinition;
  value: unknown;
  onChange: (value: AttributeValue) => void;
  onBlur?: () => void;
  /** Already translated. */
  error?: string;
  disabled?: boolean;
}

/** Label, help, required mark and error shared by every input. */
interface Common {
  label: string;
  description?: string;
  required: boolean;
  error?: string;
  disabled?: boolean;
  onBlur?: () => void;
}

interface InputProps {
  def: AttributeFieldDefinition;
  common: Common;
  value: unknown;
  onChange: (value: AttributeValue) => void;
}

/** Active choices, plus the ones the current value still uses (old records keep deactivated choices). */
function choiceOptions(def: AttributeFieldDefinition, current: string[], locale: string, t: TFunction) {
  return def.choices
    .filter((c) => c.active || current.includes(c.key))
    .map((c) => {
      const label = choiceLabel(def, c.key, locale);
      return { value: c.key, label: c.active ? label : `${label} (${t('attributes.inactiveChoice')})` };
    });
}

function toNumber(raw: string | number, integer: boolean): AttributeValue {
  if (raw === '' || raw === '-') return null;
  const n = typeof raw === 'number' ? raw : Number(String(raw).replace(',', '.'));
  if (!Number.isFinite(n)) return null;
  return integer ? Math.trunc(n) : n;
}

const text = (value: unknown) => (typeof value === 'string' ? value : '');

function NumberField({ def, common, value, onChange }: InputProps) {
  const { i18n } = useTranslation();
  const decimal = def.type === 'DECIMAL';
  return (
    <NumberInput
      {...common}
      allowDecimal={decimal}
      decimalSeparator={decimal && i18n.language !== 'en' ? ',' : '.'}
      value={typeof value === 'number' ? value : ''}
      onChange={(raw) => onChange(toNumber(raw, !decimal))}
    />
  );
}

function ChoiceField({ def, common, value, onChange }: InputProps) {
  const { t, i18n } = useTranslation();
  const current = typeof value === 'string' ? [value] : [];
  return (
    <Select
      {...common}
      data={choiceOptions(def, current, i18n.language, t)}
      value={current[0] ?? null}
      clearable={!def.required}
      searchable
      nothingFoundMessage={t('common.nothingFound')}
      onChange={(v) => onChange(v ?? null)}
    />
  );
}

function MultiChoiceField({ def, common, value, onChange }: InputProps) {
  const { t, i18n } = useTranslation();
  const current = Array.isArray(value) ? value.filter((v): v is string => typeof v === 'string') : [];
  return (
    <MultiSelect
      {...common}
      data={choiceOptions(def, current, i18n.language, t)}
      value={current}
      searchable
      nothingFoundMessage={t('common.nothingFound')}
      onChange={(v) => onChange(v.length ? v : null)}
    />
  );
}

function Input({ def, common, value, onChange }: InputProps) {
  const fromText = (v: string) => onChange(v || null);
  switch (def.type) {
    case 'TEXT':
      return <TextInput {...common} value={text(value)} onChange={(e) => fromText(e.currentTarget.value)} />;
    case 'LONG_TEXT':
      return (
        <Textarea
          {...common}
          rows={4}
          resize="vertical"
          value={text(value)}
          onChange={(e) => fromText(e.currentTarget.value)}
        />
      );
    case 'DATE':
      return <DateInput {...common} value={text(value)} onChange={(e) => fromText(e.currentTarget.value)} />;
    case 'BOOLEAN': {
      const { required: _required, ...rest } = common;
      return <Checkbox {...rest} checked={value === true} onChange={(e) => onChange(e.currentTarget.checked)} />;
    }
    case 'INTEGER':
    case 'DECIMAL':
      return <NumberField def={def} common={common} value={value} onChange={onChange} />;
    case 'CHOICE':
      return <ChoiceField def={def} common={common} value={value} onChange={onChange} />;
    case 'MULTI_CHOICE':
      return <MultiChoiceField def={def} common={common} value={value} onChange={onChange} />;
  }
}

export function AttributeField({ definition, value, onChange, onBlur, error, disabled }: Props) {
  const { i18n } = useTranslation();
  const locale = i18n.language;
  const common: Common = {
    label: labelIn(definition.labels, locale) || definition.key,
    description: (definition.help && labelIn(definition.help, locale)) || undefined,
    required: definition.required,
    error,
    disabled,
    onBlur,
  };
  return <Input def={definition} common={common} value={value} onChange={onChange} />;
}
