// The shape of a user-defined attribute definition as the field components need it, and label lookup.
import { labelIn, type AttributeDef, type AttributeType, type LabelSet } from '@veza/shared';

export interface AttributeFieldChoice {
  key: string;
  labels: Partial<LabelSet>;
  active: boolean;
}

/** A definition as fetched, or a draft from the admin form (labels may be half filled). */
export interface AttributeFieldDefinition {
  key: string;
  type: AttributeType;
  required: boolean;
  active?: boolean;
  labels: Partial<LabelSet>;
  help?: Partial<LabelSet> | null;
  choices: readonly AttributeFieldChoice[];
}

/** The value types the API stores: string, number, boolean, 'YYYY-MM-DD' string, choice key or list of keys. */
export type AttributeValue = string | number | boolean | string[] | null;

/** What the shared validators take; labels do not matter for validation. */
export function toAttributeDef(def: AttributeFieldDefinition): AttributeDef {
  return {
    key: def.key,
    type: def.type,
    required: def.required,
    active: def.active ?? true,
    choices: def.choices.map((c) => ({
      key: c.key,
      active: c.active,
      labels: { en: '', pl: '', hr: '', cs: '', ...c.labels },
    })),
  };
}

export function choiceLabel(def: AttributeFieldDefinition, key: string, locale: string): string {
  const choice = def.choices.find((c) => c.key === key);
  return choice ? labelIn(choice.labels, locale) || key : key;
}

/** Empty text, empty list and null all mean "no value". */
export function isEmptyValue(value: unknown): boolean {
  return value === null || value === undefined || value === '' || (Array.isArray(value) && value.length === 0);
}
