// Public entry of the persons module: the Person node mapper.
export { toPersonNode, type PersonNode } from './persons.mapper.ts';
export type { PersonRow } from './persons.repository.ts';
