// The clients module's public surface for other modules: nodes for GraphQL, and the filter language compiled to
// SQL over `clients c`.
export { toClientNode, asClientNode } from './clients.mapper.ts';
export type { ClientRow } from './clients.repository.ts';
export { clientWhereIn } from './clients.service.ts';
