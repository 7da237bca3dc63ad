// The celebrations module's surface for other modules.
export { upcomingCelebrations } from './celebrations.service.ts';
export { registerCelebrationJobs } from './celebrations.jobs.ts';
