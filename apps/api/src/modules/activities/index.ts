// Public entry of the activities module: the Activity node, reading one activity with its visibility rule, and the
// time-range predicates the calendar feed shares.
export { toActivityNode, type ActivityNode } from './activities.mapper.ts';
export { canSee, getActivity, listActivities } from './activities.service.ts';
export { all as allConditions, compileActivityFilter, overlapping, spanOverlapping } from './activity-filter.sql.ts';
