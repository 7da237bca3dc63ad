// What a condition can be about (built-in fields, attributes, special conditions), with value types and value lists.
import {
  ATTRIBUTE_VALUE_TYPE,
  CLIENT_FIELDS,
  CLIENT_FIELD_NAMES,
  PERSON_FIELDS,
  PERSON_FIELD_NAMES,
  labelIn,
  type ValueType,
} from '@veza/shared';
import type { TFunction } from 'i18next';
import type { FilterAttribute, FilterDictionaryKind, FilterOptions } from './filter-options.ts';

export type Scope = 'client' | 'person';

export interface ChoiceOption {
  value: string;
  label: string;
  color?: string | null;
}

export type OptionSource = { kind: 'list'; options: ChoiceOption[] } | { kind: 'users' };

/** `search`, `notContacted` and `person` have no operator; `person` holds a nested group of person conditions. */
export type Special = 'search' | 'notContacted' | 'person';

export interface Subject {
  /** `field:NAME`, `attr:<key>`, or a special id */
  id: string;
  label: string;
  group: string;
  valueType: ValueType;
  source?: OptionSource;
  special?: Special;
}

const DICTIONARY_OF: Partial<Record<string, FilterDictionaryKind>> = {
  STATUS: 'CLIENT_STATUS',
  SEGMENT: 'CLIENT_SEGMENT',
  INDUSTRY: 'INDUSTRY',
  LEAD_SOURCE: 'LEAD_SOURCE',
};

/** Countries the product's users deal with most; any ISO code can still be stored on a client. */
export const COUNTRY_CODES = [
  'HR', 'PL', 'CZ', 'SK', 'SI', 'AT', 'DE', 'HU', 'IT', 'RS', 'BA', 'ME', 'MK', 'RO', 'BG', 'UA', 'LT', 'LV', 'EE',
  'FR', 'ES', 'NL', 'BE', 'CH', 'GB', 'IE', 'DK', 'SE', 'NO', 'FI', 'PT', 'GR', 'US',
] as const; // prettier-ignore

// One DisplayNames per language: building it costs far more than a lookup (a list cell calls this per row). The
// lookups are kept too: `of()` was still ~0.4 s of a 10 000-row scroll's profile (docs/PERFORMANCE.md, "Session 9").
const regionNames = new Map<string, Intl.DisplayNames | null>();
const countryNames = new Map<string, string>();

function lookUpCountry(code: string, language: string): string {
  if (!regionNames.has(language)) {
    try {
      regionNames.set(language, new Intl.DisplayNames([language], { type: 'region' }));
    } catch {
      regionNames.set(language, null);
    }
  }
  try {
    return regionNames.get(language)?.of(code) ?? code;
  } catch {
    return code;
  }
}

export function countryName(code: string, language: string): string {
  const key = `${language} ${code}`;
  let name = countryNames.get(key);
  if (name === undefined) countryNames.set(key, (name = lookUpCountry(code, language)));
  return name;
}

function list(options: ChoiceOption[]): OptionSource {
  return { kind: 'list', options };
}

function clientFieldSource(field: string, options: FilterOptions, t: TFunction, language: string) {
  const dictionary = DICTIONARY_OF[field];
  if (dictionary) {
    const values = options.dictionaries[dictionary] ?? [];
    return list(values.map((v) => ({ value: v.key, label: v.label, color: v.color })));
  }
  switch (field) {
    case 'KIND':
      return list(['LEGAL', 'NATURAL'].map((k) => ({ value: k, label: t(`clients.kind.${k}`) })));
    case 'ROLES':
      return list(
        ['CUSTOMER', 'PROSPECT', 'SUPPLIER', 'PARTNER'].map((r) => ({ value: r, label: t(`clients.role.${r}`) })),
      );
    case 'COUNTRY':
      return list(COUNTRY_CODES.map((c) => ({ value: c, label: countryName(c, language) })));
    case 'ACCOUNT_MANAGER':
      return options.canReadUsers ? ({ kind: 'users' } as const) : undefined;
    default:
      return undefined;
  }
}

function attributeSubject(attribute: FilterAttribute, group: string, language: string): Subject {
  const choices = attribute.choices.map((c) => ({ value: c.key, label: labelIn(c.labels, language) || c.label }));
  return {
    id: `attr:${attribute.key}`,
    label: labelIn(attribute.labels, language) || attribute.label,
    group,
    valueType: ATTRIBUTE_VALUE_TYPE[attribute.type],
    source: choices.length ? list(choices) : undefined,
  };
}

/** Everything a condition in `scope` can be about, in display order. */
export function buildSubjects(scope: Scope, options: FilterOptions, t: TFunction, language: string): Subject[] {
  const fieldsGroup = t('filter.groups.fields');
  const attributesGroup = t('filter.groups.attributes');
  if (scope === 'person') {
    return [
      ...PERSON_FIELD_NAMES.map((f) => ({
        id: `field:${f}`,
        label: t(`filter.personFields.${f}`),
        group: fieldsGroup,
        valueType: PERSON_FIELDS[f] as ValueType,
      })),
      ...options.personAttributes.map((a) => attributeSubject(a, attributesGroup, language)),
    ];
  }
  const other = t('filter.groups.other');
  return [
    ...CLIENT_FIELD_NAMES.map((f) => ({
      id: `field:${f}`,
      label: t(`clients.fields.${f}`),
      group: fieldsGroup,
      valueType: CLIENT_FIELDS[f] as ValueType,
      source: clientFieldSource(f, options, t, language),
    })),
    ...options.clientAttributes.map((a) => attributeSubject(a, attributesGroup, language)),
    {
      id: 'notContacted',
      label: t('filter.notContacted'),
      group: other,
      valueType: 'integer',
      special: 'notContacted',
    },
    { id: 'person', label: t('filter.person'), group: other, valueType: 'text', special: 'person' },
    { id: 'search', label: t('filter.search'), group: other, valueType: 'text', special: 'search' },
  ];
}
