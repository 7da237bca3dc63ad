// The jobs module's public surface: the pg-boss job system other modules send to and register workers on.
export {
  createJobs,
  JOBS_SCHEMA,
  type Job,
  type JobHandler,
  type Jobs,
  type JobsOptions,
  type QueueOptions,
  type Role,
  type SendOptions,
  type WorkOptions,
} from './job-runner.ts';
