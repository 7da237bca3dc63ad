// Input schemas for activities (contacts and tasks), closing with a next contact, moves and activity lists.
import { z } from 'zod';
import { CreateOpportunityInput } from './opportunities.ts';
import { isoInstant } from '../instant.ts';
import { ClientFilterInput } from '../filter/client-filter.ts';
import { checkPeriod, periodFields } from './record-period.ts';

export const ACTIVITY_STATUSES = ['PLANNED', 'DONE', 'CANCELLED'] as const;
export const ACTIVITY_PRIORITIES = ['LOW', 'NORMAL', 'HIGH'] as const;
export const ACTIVITY_SORT_FIELDS = ['STARTS_AT', 'CREATED_AT', 'UPDATED_AT'] as const;
/** The longest range one calendar query may span (a month view with its leading and trailing weeks fits). */
export const CALENDAR_MAX_DAYS = 62;
/** The longest reminder lead time of one activity: a week (the reminder job looks a week ahead). */
export const REMINDER_MAX_MINUTES = 7 * 24 * 60;

const instant = isoInstant;
const id = z.string().min(1, 'validation.required');
const optionalText = (max: number) =>
  z
    .string()
    .trim()
    .max(max, 'validation.tooLong')
    .nullish()
    .transform((v) => (v ? v : null));
const subject = z.string().trim().min(1, 'validation.required').max(250, 'validation.tooLong');

/** End not before start; both instants compared in UTC. */
function rangeCheck(value: { startsAt?: string | null; endsAt?: string | null }, ctx: z.RefinementCtx) {
  if (value.endsAt && !value.startsAt)
    ctx.addIssue({ code: 'custom', path: ['startsAt'], message: 'validation.required' });
  if (value.startsAt && value.endsAt && Date.parse(value.endsAt) < Date.parse(value.startsAt))
    ctx.addIssue({ code: 'custom', path: ['endsAt'], message: 'validation.activity.range' });
}

const participants = z
  .array(
    z
      .object({ userId: id.nullish(), personId: id.nullish() })
      .refine((p) => (p.userId == null) !== (p.personId == null), 'validation.activity.participant'),
  )
  .max(50, 'validation.tooMany')
  .nullish();

const editable = {
  typeId: id,
  categoryId: id.nullish(),
  channelId: id.nullish(),
  contactPersonId: id.nullish(),
  subject,
  note: optionalText(20_000),
  startsAt: instant.nullish(),
  endsAt: instant.nullish(),
  allDay: z.boolean().nullish(),
  dueAt: instant.nullish(),
  priority: z.enum(ACTIVITY_PRIORITIES).nullish(),
  percentComplete: z
    .number()
    .int('validation.activity.percent')
    .min(0, 'validation.activity.percent')
    .max(100, 'validation.activity.percent')
    .nullish(),
  /** Minutes before the start when the owner is reminded (up to a week); null = the owner's default, 0 = none. */
  reminderMinutes: z
    .number()
    .int('reminders.invalidMinutes')
    .min(0, 'reminders.invalidMinutes')
    .max(REMINDER_MAX_MINUTES, 'reminders.invalidMinutes')
    .nullish(),
  ownerId: id.nullish(),
  parentId: id.nullish(),
  participants,
  opportunityId: id.nullish(),
  attributes: z.record(z.string(), z.unknown()).nullish(),
};

export const CreateActivityInput = z
  .object({
    ...editable,
    clientId: id,
    status: z.enum(['PLANNED', 'DONE']).nullish(),
    /** A campaign item of the viewer for the same client: the call is logged for it. */
    campaignItemId: id.nullish(),
    /** A new opportunity of the same client, created in the activity's transaction and linked to it. */
    newOpportunity: CreateOpportunityInput.omit({ clientId: true }).nullish(),
  })
  .superRefine(rangeCheck)
  .superRefine((v, ctx) => {
    if (v.newOpportunity && v.opportunityId)
      ctx.addIssue({ code: 'custom', path: ['opportunityId'], message: 'validation.activity.opportunityOrNew' });
  });

/** Fields left out stay as they are; the client is fixed after creation. */
export const UpdateActivityInput = z
  .object({ ...editable, typeId: id.optional(), subject: subject.optional() })
  .partial()
  .superRefine(rangeCheck);

export const MoveActivityInput = z
  .object({ start: instant, end: instant.nullish() })
  .superRefine((v, ctx) => rangeCheck({ startsAt: v.start, endsAt: v.end }, ctx));

export const NextContactInput = z
  .object({
    startsAt: instant,
    endsAt: instant.nullish(),
    typeId: id,
    ownerId: id.nullish(),
    subject: subject.nullish(),
  })
  .superRefine(rangeCheck);

export const CloseActivityInput = z.object({
  resultId: id.nullish(),
  workMinutes: z
    .number()
    .int('validation.integer')
    .min(0, 'validation.invalid')
    .max(100_000, 'validation.invalid')
    .nullish(),
  distanceKm: z.number().min(0, 'validation.invalid').max(100_000, 'validation.invalid').nullish(),
  nextContact: NextContactInput.nullish(),
});

/** The activity's dates a drill-down period can use; STARTS_AT is the activity day, COALESCE(startsAt, dueAt, createdAt). */
export const ACTIVITY_DATE_FIELDS = ['STARTS_AT', 'CLOSED_AT', 'CREATED_AT'] as const;
/** Fields `without` can ask to be empty (a report's "none" group); TEAM: the owner has no manager. */
export const ACTIVITY_EMPTY_FIELDS = ['RESULT', 'CHANNEL', 'TEAM'] as const;

export const ActivityFilterInput = z
  .object({
    userIds: z.array(id).max(200, 'validation.tooMany').nullish(),
    clientIds: z.array(id).max(200, 'validation.tooMany').nullish(),
    typeKeys: z.array(z.string().min(1)).max(100, 'validation.tooMany').nullish(),
    statuses: z.array(z.enum(ACTIVITY_STATUSES)).nullish(),
    priority: z.enum(ACTIVITY_PRIORITIES).nullish(),
    from: instant.nullish(),
    to: instant.nullish(),
    overdue: z.boolean().nullish(),
    parentId: id.nullish(),
    threadOf: id.nullish(),
    opportunityId: id.nullish(),
    text: z.string().trim().max(200, 'validation.tooLong').nullish(),
    // Report drill-down (exactly the activities a report cell counted): the owner only, the owner's manager (team),
    // results, channels, empty fields, the client filter and a period on one of the activity's dates.
    ownerIds: z.array(id).max(200, 'validation.tooMany').nullish(),
    teamIds: z.array(id).max(200, 'validation.tooMany').nullish(),
    resultIds: z.array(id).max(100, 'validation.tooMany').nullish(),
    channelIds: z.array(id).max(100, 'validation.tooMany').nullish(),
    without: z.array(z.enum(ACTIVITY_EMPTY_FIELDS)).max(3, 'validation.tooMany').nullish(),
    client: ClientFilterInput.nullish(),
    liveClient: z.boolean().nullish(),
    dateField: z.enum(ACTIVITY_DATE_FIELDS).nullish(),
    ...periodFields,
  })
  .strict()
  .superRefine(checkPeriod);

export const CalendarRangeInput = z.object({ from: instant, to: instant }).superRefine((v, ctx) => {
  const span = Date.parse(v.to) - Date.parse(v.from);
  if (span <= 0) ctx.addIssue({ code: 'custom', path: ['to'], message: 'validation.activity.range' });
  else if (span > CALENDAR_MAX_DAYS * 86_400_000)
    ctx.addIssue({ code: 'custom', path: ['to'], message: 'validation.activity.rangeTooLong' });
});

export const AgendaDaysInput = z
  .number()
  .int('validation.activity.days')
  .min(1, 'validation.activity.days')
  .max(60, 'validation.activity.days');

export type CreateActivity = z.output<typeof CreateActivityInput>;
export type UpdateActivity = z.output<typeof UpdateActivityInput>;
export type CloseActivity = z.output<typeof CloseActivityInput>;
export type ActivityFilter = z.output<typeof ActivityFilterInput>;
