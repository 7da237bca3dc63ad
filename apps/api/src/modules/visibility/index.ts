// Public entry of record visibility: the SQL predicate every read path adds, and the check for one loaded record.
export { clientScopeFilter, scopeWhere, withinScope } from './visibility.sql.ts';
export { reaches, scopeOf, scopeUserIds, type Access, type ScopedViewer } from './visibility.ts';
