// The filter language: operators, fields, the client filter tree and its validation.
export * from './operators.ts';
export * from './client-fields.ts';
export * from './condition.ts';
export * from './client-filter.ts';
