// The opportunities module's public surface for other modules and the GraphQL assembly.
export { opportunitiesResolvers } from './resolvers.ts';
export { createOpportunitiesLoaders } from './opportunities.loaders.ts';
export { canEdit, getOpportunity } from './opportunities.service.ts';
export { createOpportunityIn, parseCreateOpportunity } from './opportunity-writes.service.ts';
export { compileOpportunityFilter } from './opportunity-filter.sql.ts';
