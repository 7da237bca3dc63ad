// The users module's surface for other modules.
export { toUserNode } from './users.mapper.ts';
