// Public entry of record visibility: the SQL predicate every read path adds, and the check for one loaded record.
export { clientsInScope, personsInScope, reachesClient, readableClientIds } from './client-reach.ts';
export { assignedClientIds, clientScopeFilter, personScopeWhere, scopeWhere, withinScope } from './visibility.sql.ts';
export { reaches, requireWholeScope, scopeOf, scopeUserIds, type Access, type ScopedViewer } from './visibility.ts';
