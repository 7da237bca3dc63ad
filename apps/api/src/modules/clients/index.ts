// Public entry of the clients module: the Client node, the compiled client filter (campaign generation) and LIKE
// escaping for other modules' text search.
export { toClientNode, type ClientNode } from './clients.mapper.ts';
export type { ClientRow } from './clients.repository.ts';
export { clientWhere, guardClient } from './clients.service.ts';
export { escapeLike } from './filter.sql.ts';
export { clientWhereIn } from './clients.service.ts';
export { nestedClientWhere } from './nested-client-filter.ts';
export { linkedClient, linkedClientName } from './linked-client.ts';
