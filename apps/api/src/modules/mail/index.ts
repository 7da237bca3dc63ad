// The mail module's surface for other modules and the background runner.
export { registerMailJobs, MAIL_SEND_QUEUE } from './mail.jobs.ts';
export { closeTransports } from './mail-transport.ts';
export { unsubscribeRoutes } from './unsubscribe.routes.ts';
export { runCampaignSender, sendCampaignBatch } from './campaign-sender.ts';
export { sendSystemMail, type SystemMail, type SystemMailOutcome } from './system-mail.ts';
export {
  deliverSystemMail,
  outboxNotifications,
  outboxTemplateMails,
  queueSystemMails,
  registerSystemMailJobs,
  SYSTEM_MAIL_QUEUE,
  UNSUBSCRIBE_URL_MARK,
  type NotificationMailCheck,
  type SystemMailJobOptions,
} from './system-mail-outbox.ts';
export type { NewTemplateMail } from './system-mail.repository.ts';
export { notificationEmail, absoluteLink } from './notification-mail-texts.ts';
export {
  loadMailTemplate,
  renderMailTemplate,
  suppressedAddresses,
  templateSenders,
  type MailTemplate,
  type TemplateRecipient,
} from './template-mail.ts';
