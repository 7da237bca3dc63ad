// The filter language for clients (list views, campaign generation, mailing groups): a typed AND/OR/NOT tree.
import { z } from 'zod';
import { isoInstant } from '../instant.ts';
import {
  CLIENT_FIELDS,
  CLIENT_FIELD_NAMES,
  PERSON_FIELDS,
  PERSON_FIELD_NAMES,
  type ClientField,
  type PersonField,
} from './client-fields.ts';
import { conditionError } from './condition.ts';
import { FILTER_OPS, type FilterOp, type ValueType } from './operators.ts';

export type Condition = { op: FilterOp; value?: unknown };
export type FieldCondition<F extends string> = Condition & { field: F };
export type AttributeCondition = Condition & { key: string };

/** Has / has no activity of the given types in a period (ISO instants, both optional). */
export type ActivityCondition = { has: boolean; typeKeys?: string[] | null; from?: string | null; to?: string | null };

/** Has / has no opportunity in the given status (default OPEN) and, when given, in one of the stages (keys). */
export type OpportunityCondition = {
  has: boolean;
  stageKeys?: string[] | null;
  status?: 'OPEN' | 'WON' | 'LOST' | null;
};

export type PersonFilter = {
  and?: PersonFilter[] | null;
  or?: PersonFilter[] | null;
  not?: PersonFilter | null;
  field?: FieldCondition<PersonField> | null;
  attribute?: AttributeCondition | null;
};

/** Each node sets exactly one key. */
export type ClientFilter = {
  and?: ClientFilter[] | null;
  or?: ClientFilter[] | null;
  not?: ClientFilter | null;
  /** Quick search: name contains, or tax id / registration number / e-mail equals. */
  search?: string | null;
  field?: FieldCondition<ClientField> | null;
  attribute?: AttributeCondition | null;
  /** The client has at least one (non-deleted) contact person matching this. */
  person?: PersonFilter | null;
  /** No done contact in the last N days (or never). */
  notContactedInDays?: number | null;
  activity?: ActivityCondition | null;
  opportunity?: OpportunityCondition | null;
};

export const ATTRIBUTE_KEY = /^[a-z][a-z0-9_]{0,39}$/;
export const MAX_FILTER_NODES = 200;
export const MAX_FILTER_DEPTH = 8;

const op = z.enum(FILTER_OPS, 'validation.filter.operator');
const attributeCondition = z.object({
  key: z.string().regex(ATTRIBUTE_KEY, 'validation.filter.unknownAttribute'),
  op,
  value: z.unknown().optional(),
});

function fieldCondition<F extends string>(fields: Record<F, ValueType>, names: F[]) {
  return z
    .object({
      field: z.enum(names as [F, ...F[]], 'validation.filter.unknownField'),
      op,
      value: z.unknown().optional(),
    })
    .superRefine((c, ctx) => {
      const error = conditionError(fields[c.field], c.op, c.value ?? null);
      if (error)
        ctx.addIssue({
          code: 'custom',
          message: error,
          path: [error === 'validation.filter.operator' ? 'op' : 'value'],
        });
    });
}

function exactlyOneKey(node: Record<string, unknown>, ctx: z.RefinementCtx) {
  const set = Object.entries(node).filter(([, v]) => v != null);
  if (set.length !== 1) ctx.addIssue({ code: 'custom', message: 'validation.filter.oneKey', path: [] });
}

export const PersonFilterSchema: z.ZodType<PersonFilter> = z.lazy(() =>
  z
    .object({
      and: z.array(PersonFilterSchema).min(1).nullish(),
      or: z.array(PersonFilterSchema).min(1).nullish(),
      not: PersonFilterSchema.nullish(),
      field: fieldCondition(PERSON_FIELDS, PERSON_FIELD_NAMES).nullish(),
      attribute: attributeCondition.nullish(),
    })
    .strict()
    .superRefine(exactlyOneKey),
);

export const ClientFilterSchema: z.ZodType<ClientFilter> = z.lazy(() =>
  z
    .object({
      and: z.array(ClientFilterSchema).min(1).nullish(),
      or: z.array(ClientFilterSchema).min(1).nullish(),
      not: ClientFilterSchema.nullish(),
      search: z.string().trim().min(1, 'validation.required').max(200, 'validation.tooLong').nullish(),
      field: fieldCondition(CLIENT_FIELDS, CLIENT_FIELD_NAMES).nullish(),
      attribute: attributeCondition.nullish(),
      person: PersonFilterSchema.nullish(),
      notContactedInDays: z
        .number()
        .int('validation.filter.days')
        .min(0, 'validation.filter.days')
        .max(36_500, 'validation.filter.days')
        .nullish(),
      activity: z
        .object({
          has: z.boolean(),
          typeKeys: z.array(z.string().min(1)).max(100).nullish(),
          from: isoInstant.nullish(),
          to: isoInstant.nullish(),
        })
        .strict()
        .nullish(),
      opportunity: z
        .object({
          has: z.boolean(),
          stageKeys: z.array(z.string().min(1)).max(100, 'validation.tooMany').nullish(),
          status: z.enum(['OPEN', 'WON', 'LOST']).nullish(),
        })
        .strict()
        .nullish(),
    })
    .strict()
    .superRefine(exactlyOneKey),
);

/** Counts nodes and depth so one request cannot compile a gigantic SQL statement. */
export function filterSize(filter: ClientFilter | PersonFilter, depth = 1): { nodes: number; depth: number } {
  const children: (ClientFilter | PersonFilter)[] = [
    ...(filter.and ?? []),
    ...(filter.or ?? []),
    ...(filter.not ? [filter.not] : []),
    ...('person' in filter && filter.person ? [filter.person] : []),
  ];
  return children.reduce(
    (acc, child) => {
      const s = filterSize(child, depth + 1);
      return { nodes: acc.nodes + s.nodes, depth: Math.max(acc.depth, s.depth) };
    },
    { nodes: 1, depth },
  );
}

export const ClientFilterInput = ClientFilterSchema.superRefine((filter, ctx) => {
  const size = filterSize(filter);
  if (size.nodes > MAX_FILTER_NODES || size.depth > MAX_FILTER_DEPTH) {
    ctx.addIssue({ code: 'custom', message: 'validation.filter.tooComplex', path: [] });
  }
});
