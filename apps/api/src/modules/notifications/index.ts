// The notifications module's public surface: notify() for other modules, the live hub, the scheduled jobs and the
// send-time check of notification mails (handed to the mail module's outbox worker).
export { notify, notifyMany, type NotifyInput } from './notify.ts';
export { NOTIFICATION_KINDS, renderNotification, type NotificationKind } from './notification-texts.ts';
export { createNotificationHub, type NotificationHub } from './notification-hub.ts';
export { notificationRoutes } from './notifications.routes.ts';
export { registerNotificationJobs } from './notifications.jobs.ts';
export { notificationMailCheck } from './notification-links.ts';
