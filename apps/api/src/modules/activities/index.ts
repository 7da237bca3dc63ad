// Public entry of the activities module: the Activity node, reading one activity with its visibility rule, and the
// time-range predicates the calendar feed shares.
export { toActivityNode, type ActivityNode } from './activities.mapper.ts';
export { getActivity } from './activities.service.ts';
export { overlapping, spanOverlapping } from './activity-filter.sql.ts';
export { all as allConditions, compileActivityFilter } from './activity-filter.ts';
export { canSee } from './activities.service.ts';
