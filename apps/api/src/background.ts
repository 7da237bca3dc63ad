// Background work: every module's queues, workers and schedules are registered here, then the job system starts.
import type { AppServices } from './graphql/context.ts';
import { ensureAutomationTemplates, registerAutomationJobs } from './modules/automation/index.ts';
import { registerCelebrationJobs } from './modules/celebrations/index.ts';
import { registerImportJobs } from './modules/imports/index.ts';
import { closeTransports, registerMailJobs, registerSystemMailJobs } from './modules/mail/index.ts';
import { notificationMailCheck, registerNotificationJobs } from './modules/notifications/index.ts';
import { seedDemoNotifications } from './seed/demo-notifications.ts';

export async function startBackground(services: AppServices): Promise<void> {
  registerNotificationJobs(services.jobs, services.db);
  registerSystemMailJobs(services.jobs, services.db, services.config, {
    notificationCheck: notificationMailCheck(services.db),
  });
  registerAutomationJobs(services.jobs, services.db);
  registerCelebrationJobs(services.jobs, services.db, services.config.defaultCountry);
  registerImportJobs(services.jobs, services.db, services.config, services.databaseUrl);
  registerMailJobs(services.jobs, services.db, services.config);
  await ensureAutomationTemplates(services.db);
  if (services.config.demo) await seedDemoNotifications(services.db);
  await services.jobs.start();
}

/** Closes live notification streams, then lets running jobs finish (or hands them back to the queue). */
export async function stopBackground(services: AppServices): Promise<void> {
  await services.notificationHub.stop();
  await services.jobs.stop();
  closeTransports();
}
