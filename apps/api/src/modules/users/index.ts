// Public entry of the users module: what other modules may use (the User node mapper and row type).
export { toUserNode, type UserNode } from './users.mapper.ts';
export type { UserRow } from './users.repository.ts';
