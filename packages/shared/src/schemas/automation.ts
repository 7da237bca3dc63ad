// Automation rules: trigger + condition (the filter languages) + actions, as the API and the rules page share them.
import { z } from 'zod';
import { ClientFilterInput } from '../filter/client-filter.ts';
import { ActivityFilterInput } from './activities.ts';
import { compareDecimal, moneyAmount, OpportunityFilterInput } from './opportunities.ts';

/** Entities rules run on; each has an adapter in the API's automation module. */
export const AUTOMATION_ENTITIES = ['CLIENT', 'ACTIVITY', 'OPPORTUNITY'] as const;
export const AUTOMATION_TRIGGERS = ['CREATED', 'UPDATED', 'TIME_RELATIVE', 'DAILY'] as const;
export const AUTOMATION_ROLES = ['ACCOUNT_MANAGER', 'OWNER', 'OWNER_MANAGER'] as const;

/** Fields a rule may watch or count days from, per entity (API names; the API maps them to columns). */
export const AUTOMATION_FIELDS: Record<string, { changeable: string[]; dates: string[]; settable: string[] }> = {
  CLIENT: {
    changeable: ['name', 'status', 'segment', 'accountManager', 'attributes', 'city'],
    dates: ['createdAt', 'updatedAt', 'lastContactAt'],
    settable: ['attribute'],
  },
  ACTIVITY: {
    changeable: ['status', 'owner', 'dueAt', 'startsAt', 'priority', 'subject'],
    dates: ['createdAt', 'startsAt', 'dueAt', 'closedAt'],
    settable: ['priority'],
  },
  OPPORTUNITY: {
    changeable: ['name', 'stage', 'owner', 'amount', 'expectedCloseOn', 'probability', 'attributes'],
    /** stageChangedAt: when it entered its stage; lastActivityAt: its latest linked activity, or that, if later. */
    dates: ['createdAt', 'expectedCloseOn', 'closedAt', 'stageChangedAt', 'lastActivityAt'],
    settable: [],
  },
};

const text = (max: number) => z.string().trim().min(1, 'validation.required').max(max, 'validation.tooLong');
const uuid = z.uuid('validation.id');

const NotifyAction = z.object({
  type: z.literal('NOTIFY'),
  roles: z.array(z.enum(AUTOMATION_ROLES)).max(3).default([]),
  userIds: z.array(uuid).max(50, 'validation.tooMany').default([]),
});
const CreateTaskAction = z.object({
  type: z.literal('CREATE_TASK'),
  role: z.enum(AUTOMATION_ROLES).nullish(),
  userId: uuid.nullish(),
  activityTypeKey: text(40).default('task'),
  subject: text(250),
  dueInDays: z
    .number()
    .int('validation.integer')
    .min(0, 'validation.invalid')
    .max(365, 'validation.invalid')
    .default(0),
});
const SetFieldAction = z.object({
  type: z.literal('SET_FIELD'),
  /** `priority` (activities) or `attribute` (clients, with `attributeKey`). */
  field: z.enum(['priority', 'attribute']),
  attributeKey: z
    .string()
    .regex(/^[a-z][a-z0-9_]{0,39}$/, 'validation.key')
    .nullish(),
  value: z.union([z.string().max(500, 'validation.tooLong'), z.number(), z.boolean(), z.null()]),
});
/** Who a SEND_TEMPLATE action mails: the record's client's persons (with consent), a user role, or one address. */
export const AUTOMATION_MAIL_RECIPIENTS = ['PERSONS', 'ACCOUNT_MANAGER', 'OWNER', 'OWNER_MANAGER', 'ADDRESS'] as const;
const SendTemplateAction = z.object({
  type: z.literal('SEND_TEMPLATE'),
  templateId: uuid,
  to: z.enum(AUTOMATION_MAIL_RECIPIENTS, 'validation.invalid'),
  address: z.email('validation.email').max(320, 'validation.tooLong').nullish(),
});
export const AutomationAction = z.discriminatedUnion('type', [
  NotifyAction,
  CreateTaskAction,
  SetFieldAction,
  SendTemplateAction,
]);
export type AutomationAction = z.output<typeof AutomationAction>;

/** `attribute < factor × other attribute` (the turnover rule): two number attributes of the client. */
export const AttributeRatio = z.object({
  key: z.string().regex(/^[a-z][a-z0-9_]{0,39}$/, 'validation.key'),
  op: z.enum(['LT', 'LTE', 'GT', 'GTE']),
  otherKey: z.string().regex(/^[a-z][a-z0-9_]{0,39}$/, 'validation.key'),
  factor: z.number().finite().min(0, 'validation.invalid').max(1_000_000, 'validation.invalid'),
});

/** The opportunity's amount converted to the base currency (locked amount when closed, today's rate when open). */
export const BaseAmountRange = z
  .object({ min: moneyAmount.nullish(), max: moneyAmount.nullish() })
  .refine((r) => r.min == null || r.max == null || compareDecimal(r.max, r.min) >= 0, {
    path: ['max'],
    message: 'validation.range',
  });

export const AutomationCondition = z
  .object({
    /** CLIENT rules, and ACTIVITY / OPPORTUNITY rules about the record's client. */
    client: ClientFilterInput.nullish(),
    activity: ActivityFilterInput.nullish(),
    attributeRatio: AttributeRatio.nullish(),
    opportunity: OpportunityFilterInput.nullish(),
    baseAmount: BaseAmountRange.nullish(),
  })
  .strict();
export type AutomationCondition = z.output<typeof AutomationCondition>;

export const AutomationRuleInput = z
  .object({
    name: text(200),
    description: z.string().trim().max(2000, 'validation.tooLong').nullish(),
    entity: z.enum(AUTOMATION_ENTITIES, 'validation.invalid'),
    trigger: z.enum(AUTOMATION_TRIGGERS, 'validation.invalid'),
    triggerField: z.string().max(40, 'validation.tooLong').nullish(),
    offsetDays: z
      .number()
      .int('validation.integer')
      .min(-3650, 'validation.invalid')
      .max(3650, 'validation.invalid')
      .nullish(),
    dailyAt: z
      .string()
      .regex(/^([01]\d|2[0-3]):[0-5]\d$/, 'validation.automation.time')
      .nullish(),
    timeZone: z
      .string()
      .max(64)
      .refine((tz) => {
        try {
          new Intl.DateTimeFormat('en', { timeZone: tz });
          return true;
        } catch {
          return false;
        }
      }, 'validation.timeZone')
      .nullish(),
    condition: AutomationCondition.default({}),
    actions: z.array(AutomationAction).min(1, 'validation.automation.actions').max(10, 'validation.tooMany'),
    enabled: z.boolean().default(false),
  })
  .superRefine((rule, ctx) => {
    const fields = AUTOMATION_FIELDS[rule.entity]!;
    const issue = (path: string, message: string) => ctx.addIssue({ code: 'custom', path: [path], message });
    if (rule.trigger === 'TIME_RELATIVE') {
      if (!rule.triggerField || !fields.dates.includes(rule.triggerField))
        issue('triggerField', 'validation.automation.field');
      if (rule.offsetDays == null) issue('offsetDays', 'validation.required');
    }
    if (rule.trigger === 'UPDATED' && rule.triggerField && !fields.changeable.includes(rule.triggerField))
      issue('triggerField', 'validation.automation.field');
    if (rule.trigger === 'DAILY' && !rule.dailyAt) issue('dailyAt', 'validation.automation.time');
    const c = rule.condition;
    if (rule.entity !== 'ACTIVITY' && c.activity) issue('condition', 'validation.automation.condition');
    if (rule.entity !== 'OPPORTUNITY' && (c.opportunity || c.baseAmount))
      issue('condition', 'validation.automation.condition');
    // A rule runs as nobody: "mine" has no meaning in it.
    if (c.opportunity?.mine) issue('condition', 'validation.automation.condition');
    if (rule.entity !== 'CLIENT' && rule.condition.attributeRatio)
      issue('condition', 'validation.automation.condition');
    rule.actions.forEach((a, i) => {
      if (a.type === 'SET_FIELD' && !fields.settable.includes(a.field))
        issue(`actions.${i}.field`, 'validation.automation.field');
      if (a.type === 'SET_FIELD' && a.field === 'attribute' && !a.attributeKey)
        issue(`actions.${i}.attributeKey`, 'validation.required');
      if (a.type === 'CREATE_TASK' && !a.role && !a.userId) issue(`actions.${i}.role`, 'validation.required');
      if (a.type === 'SEND_TEMPLATE' && a.to === 'ADDRESS' && !a.address)
        issue(`actions.${i}.address`, 'validation.required');
      if (a.type === 'NOTIFY' && !a.roles.length && !a.userIds.length)
        issue(`actions.${i}.roles`, 'validation.required');
    });
  });
export type AutomationRuleInput = z.output<typeof AutomationRuleInput>;
