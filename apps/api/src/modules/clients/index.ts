// The clients module's surface for other modules.
export { toClientNode, asClientNode } from './clients.mapper.ts';
export type { ClientRow } from './clients.repository.ts';
