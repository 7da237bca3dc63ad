// Background work: every module's queues, workers and schedules are registered here, then the job system starts.
import type { AppServices } from './graphql/context.ts';

export async function startBackground(services: AppServices): Promise<void> {
  await services.jobs.start();
}
