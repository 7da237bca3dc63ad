// The data a filter builder needs besides the filter itself: attribute definitions and dictionary values.
import type { AttributeType, LabelSet } from '@veza/shared';

export interface FilterChoice {
  key: string;
  label: string;
  labels?: LabelSet | null;
  active: boolean;
}

export interface FilterAttribute {
  key: string;
  label: string;
  labels?: LabelSet | null;
  type: AttributeType;
  choices: FilterChoice[];
}

export interface FilterDictionaryValue {
  /** Global id (reports group by ids and link to the list by keys). */
  id?: string;
  key: string;
  label: string;
  color?: string | null;
  active: boolean;
}

export type FilterDictionaryKind = 'CLIENT_STATUS' | 'CLIENT_SEGMENT' | 'INDUSTRY' | 'LEAD_SOURCE';

export interface FilterOptions {
  clientAttributes: FilterAttribute[];
  personAttributes: FilterAttribute[];
  dictionaries: Partial<Record<FilterDictionaryKind, FilterDictionaryValue[]>>;
  /** Whether the viewer may list users (account-manager values are then picked by name, else typed as ids). */
  canReadUsers: boolean;
}

export const EMPTY_FILTER_OPTIONS: FilterOptions = {
  clientAttributes: [],
  personAttributes: [],
  dictionaries: {},
  canReadUsers: false,
};
