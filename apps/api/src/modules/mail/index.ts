// The mail module's surface for other modules and the background runner.
export { registerMailJobs, MAIL_SEND_QUEUE } from './mail.jobs.ts';
export { closeTransports } from './mail-transport.ts';
export { unsubscribeRoutes } from './unsubscribe.routes.ts';
export { runCampaignSender, sendCampaignBatch } from './campaign-sender.ts';
export { sendSystemMail, type SystemMail, type SystemMailOutcome } from './system-mail.ts';
export {
  loadMailTemplate,
  renderMailTemplate,
  suppressedAddresses,
  templateSenders,
  type MailTemplate,
  type TemplateRecipient,
} from './template-mail.ts';
