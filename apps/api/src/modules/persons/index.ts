// The persons module's surface for other modules.
export { toPersonNode } from './persons.service.ts';
export type { PersonRow } from './persons.repository.ts';
