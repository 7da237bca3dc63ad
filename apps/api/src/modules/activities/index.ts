// The activities module's public surface for other modules: who may see an activity, and the activity filter
// compiled to SQL over `activities a`.
export { canSee } from './activities.service.ts';
export { all as allConditions, compileActivityFilter } from './activity-filter.ts';
