// Inputs of the background-jobs admin page and of notifications.
import { z } from 'zod';

/** A pg-boss job is addressed by its queue and its uuid. */
export const BackgroundJobRef = z.object({
  queue: z.string().trim().min(1, 'validation.required').max(200, 'validation.tooLong'),
  id: z.uuid('validation.id'),
});
export type BackgroundJobRef = z.infer<typeof BackgroundJobRef>;
