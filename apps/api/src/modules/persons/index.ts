// Public entry of the persons module: the Person node mapper and the person scope guard.
export { guardPersonEdit } from './person-scope.ts';
export { toPersonNode, type PersonNode } from './persons.mapper.ts';
export type { PersonRow } from './persons.repository.ts';
export { linkedPerson } from './linked-person.ts';
