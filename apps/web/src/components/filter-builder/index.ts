// The reusable client filter builder (client list, campaign generation): component, data hook and types.
export { FilterBuilder, type FilterBuilderProps } from './filter-builder.tsx';
export { useFilterOptions } from './use-filter-options.ts';
export { EMPTY_FILTER_OPTIONS, type FilterAttribute, type FilterOptions } from './filter-options.ts';
export { countryName } from './filter-subjects.ts';
export { filterPathErrors } from './filter-api-errors.ts';
export type { PathError } from './filter-validation.ts';
export { countFilterConditions } from './filter-tree-edit.ts';
export { UserSelect } from './user-select.tsx';
