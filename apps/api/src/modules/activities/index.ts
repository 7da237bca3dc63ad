// The activities module's public surface for other modules: the activity filter compiled to SQL over `activities a`.
export { all as allConditions, compileActivityFilter } from './activity-filter.ts';
