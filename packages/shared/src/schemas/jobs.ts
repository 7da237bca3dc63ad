// Inputs of the background-jobs admin page and of notifications.
import { z } from 'zod';

/** A pg-boss job is addressed by its queue and its uuid. */
export const BackgroundJobRef = z.object({
  queue: z.string().trim().min(1, 'validation.required').max(200, 'validation.tooLong'),
  id: z.uuid('validation.id'),
});
export type BackgroundJobRef = z.infer<typeof BackgroundJobRef>;

export const NOTIFICATION_KINDS = [
  'ASSIGNED',
  'REMINDER',
  'OVERDUE_DIGEST',
  'RULE_FIRED',
  'IMPORT_FINISHED',
  'MENTION',
  'CELEBRATION',
] as const;
export const NOTIFICATION_CHANNELS = ['IN_APP', 'EMAIL', 'OFF'] as const;

/** Either some notification ids or `all: true`. */
export const MarkNotificationsReadInput = z
  .object({
    ids: z.array(z.string().min(1)).max(500, 'validation.tooMany').nullish(),
    all: z.boolean().nullish(),
  })
  .refine((v) => (v.all === true) !== (v.ids != null && v.ids.length > 0), {
    message: 'validation.required',
    path: ['ids'],
  });

export const NotificationSettingsInput = z.object({
  kinds: z
    .array(z.object({ kind: z.enum(NOTIFICATION_KINDS), channel: z.enum(NOTIFICATION_CHANNELS) }))
    .max(NOTIFICATION_KINDS.length, 'validation.tooMany')
    .nullish(),
  /** Minutes before a planned activity's start; 0 turns reminders off. */
  reminderMinutes: z
    .number()
    .int('validation.integer')
    .min(0, 'validation.invalid')
    .max(10_080, 'validation.invalid')
    .nullish(),
});
export type NotificationSettingsInput = z.infer<typeof NotificationSettingsInput>;

/** How many days ahead the home page lists birthdays and name days. */
export const CelebrationDaysInput = z.object({
  days: z.number().int('validation.integer').min(1, 'validation.invalid').max(31, 'validation.invalid'),
});
