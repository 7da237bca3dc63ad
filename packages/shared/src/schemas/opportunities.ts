// Input schemas for sales opportunities, the pipeline filter and exchange rates; money travels as decimal strings.
import { z } from 'zod';
import { ClientFilterInput } from '../filter/client-filter.ts';
import { checkPeriod, periodFields } from './record-period.ts';

export const OPPORTUNITY_STATUSES = ['OPEN', 'WON', 'LOST'] as const;
export type OpportunityStatus = (typeof OPPORTUNITY_STATUSES)[number];
export const OPPORTUNITY_SORT_FIELDS = [
  'BOARD',
  'NAME',
  'AMOUNT',
  'EXPECTED_CLOSE',
  'CREATED_AT',
  'CLOSED_AT',
] as const;
/** The currencies every installation starts with; administrators may enable any other ISO 4217 code. */
export const DEFAULT_CURRENCIES = ['EUR', 'PLN', 'CZK'] as const;

const id = z.string().min(1, 'validation.required');
const optionalText = (max: number) =>
  z
    .string()
    .trim()
    .max(max, 'validation.tooLong')
    .nullish()
    .transform((v) => (v ? v : null));

/** Non-negative amount with at most 16 integer digits and 2 decimals, normalised to a plain decimal string. */
export const moneyAmount = z
  .string()
  .trim()
  .transform((v) => v.replace(/\s/g, '').replace(',', '.'))
  .pipe(z.string().regex(/^\d{1,16}(\.\d{1,2})?$/, 'validation.amount'));

/** Compares two non-negative decimal strings exactly (no floating point): -1, 0 or 1. */
export function compareDecimal(a: string, b: string): number {
  const [ai = '', af = ''] = a.split('.');
  const [bi = '', bf = ''] = b.split('.');
  const ia = ai.replace(/^0+(?=\d)/, '');
  const ib = bi.replace(/^0+(?=\d)/, '');
  if (ia.length !== ib.length) return ia.length < ib.length ? -1 : 1;
  const width = Math.max(af.length, bf.length);
  const x = ia + af.padEnd(width, '0');
  const y = ib + bf.padEnd(width, '0');
  return x === y ? 0 : x < y ? -1 : 1;
}

/** A positive exchange rate: up to 10 integer digits and 10 decimals. */
export const rateValue = z
  .string()
  .trim()
  .transform((v) => v.replace(',', '.'))
  .pipe(
    z
      .string()
      .regex(/^\d{1,10}(\.\d{1,10})?$/, 'validation.rate')
      .refine((v) => /[1-9]/.test(v), 'validation.rate'),
  );

export const currencyCode = z
  .string()
  .trim()
  .transform((v) => v.toUpperCase())
  .pipe(z.string().regex(/^[A-Z]{3}$/, 'validation.currency'));

/** A calendar date YYYY-MM-DD that exists. */
export const isoDate = z
  .string()
  .regex(/^\d{4}-\d{2}-\d{2}$/, 'validation.date')
  .refine((v) => {
    const d = new Date(`${v}T00:00:00Z`);
    return !Number.isNaN(d.getTime()) && d.toISOString().startsWith(v);
  }, 'validation.date');

const probability = z
  .number()
  .int('validation.probability')
  .min(0, 'validation.probability')
  .max(100, 'validation.probability');

const editable = {
  name: z.string().trim().min(1, 'validation.required').max(200, 'validation.tooLong'),
  ownerId: id.nullish(),
  amount: moneyAmount,
  currency: currencyCode,
  expectedCloseOn: isoDate.nullish(),
  /** Left out or null: the stage's probability (and it follows the stage). */
  probability: probability.nullish(),
  leadSourceId: id.nullish(),
  description: optionalText(20_000),
  personIds: z.array(id).max(50, 'validation.tooMany').nullish(),
  attributes: z.record(z.string(), z.unknown()).nullish(),
};

export const CreateOpportunityInput = z.object({ ...editable, clientId: id, stageId: id.nullish() });
export type CreateOpportunity = z.output<typeof CreateOpportunityInput>;

/** Fields left out stay as they are; the client is fixed and the stage changes only through moves. */
export const UpdateOpportunityInput = z.object(editable).partial();
export type UpdateOpportunity = z.output<typeof UpdateOpportunityInput>;

export const MoveOpportunityInput = z.object({
  stageId: id,
  position: z.number().int('validation.integer').min(0, 'validation.integer').max(100_000, 'validation.integer'),
  version: z.number().int(),
});

export const MarkOpportunityLostInput = z.object({
  lostReasonId: z.string({ message: 'validation.required' }).min(1, 'validation.required'),
  note: optionalText(2000),
});

export const SetExchangeRateInput = z.object({ currency: currencyCode, date: isoDate, rate: rateValue });
export type SetExchangeRate = z.output<typeof SetExchangeRateInput>;

export const OPPORTUNITY_DATE_FIELDS = ['CREATED_AT', 'CLOSED_AT', 'EXPECTED_CLOSE_ON'] as const;
/** Fields `without` can ask to be empty (a report's "none" group); TEAM: the owner has no manager. */
export const OPPORTUNITY_EMPTY_FIELDS = ['STAGE', 'LEAD_SOURCE', 'LOST_REASON', 'TEAM'] as const;

export const OpportunityFilterInput = z
  .object({
    stageIds: z.array(id).max(100, 'validation.tooMany').nullish(),
    ownerIds: z.array(id).max(100, 'validation.tooMany').nullish(),
    mine: z.boolean().nullish(),
    clientId: id.nullish(),
    status: z.enum(OPPORTUNITY_STATUSES).nullish(),
    amountMin: moneyAmount.nullish(),
    amountMax: moneyAmount.nullish(),
    currency: currencyCode.nullish(),
    closeFrom: isoDate.nullish(),
    closeTo: isoDate.nullish(),
    leadSourceIds: z.array(id).max(100, 'validation.tooMany').nullish(),
    text: z.string().trim().max(200, 'validation.tooLong').nullish(),
    /** Attribute key → the value it must equal (choices: the choice key). */
    attributes: z.record(z.string(), z.union([z.string(), z.number(), z.boolean()])).nullish(),
    // Report drill-down (exactly the opportunities a report cell counted).
    statuses: z.array(z.enum(OPPORTUNITY_STATUSES)).max(3, 'validation.tooMany').nullish(),
    lostReasonIds: z.array(id).max(100, 'validation.tooMany').nullish(),
    teamIds: z.array(id).max(200, 'validation.tooMany').nullish(),
    without: z.array(z.enum(OPPORTUNITY_EMPTY_FIELDS)).max(4, 'validation.tooMany').nullish(),
    client: ClientFilterInput.nullish(),
    liveClient: z.boolean().nullish(),
    dateField: z.enum(OPPORTUNITY_DATE_FIELDS).nullish(),
    ...periodFields,
  })
  .superRefine((f, ctx) => {
    checkPeriod(f, ctx);
    if (f.closeFrom && f.closeTo && f.closeTo < f.closeFrom)
      ctx.addIssue({ code: 'custom', path: ['closeTo'], message: 'validation.range' });
    if (f.amountMin && f.amountMax && compareDecimal(f.amountMax, f.amountMin) < 0)
      ctx.addIssue({ code: 'custom', path: ['amountMax'], message: 'validation.range' });
  });
export type OpportunityFilter = z.output<typeof OpportunityFilterInput>;
