// Saved views of the opportunity list: an opportunity filter, columns in order and one sort key.
import { z } from 'zod';
import { ATTRIBUTE_KEY } from '../filter/client-filter.ts';
import { OPPORTUNITY_SORT_FIELDS, OpportunityFilterInput } from './opportunities.ts';
import { ATTRIBUTE_COLUMN_PREFIX, SAVED_VIEW_MAX_COLUMNS } from './saved-views.ts';

/** Built-in columns of the opportunity list (and its export), in default order. */
export const OPPORTUNITY_COLUMNS = [
  'NAME',
  'CLIENT',
  'STAGE',
  'STATUS',
  'AMOUNT',
  'CURRENCY',
  'BASE_AMOUNT',
  'PROBABILITY',
  'EXPECTED_CLOSE',
  'OWNER',
  'LEAD_SOURCE',
  'CLOSED_AT',
  'CREATED_AT',
] as const;
export type OpportunityColumn = (typeof OPPORTUNITY_COLUMNS)[number];

export function isOpportunityColumnId(column: string): boolean {
  if (column.startsWith(ATTRIBUTE_COLUMN_PREFIX))
    return ATTRIBUTE_KEY.test(column.slice(ATTRIBUTE_COLUMN_PREFIX.length));
  return (OPPORTUNITY_COLUMNS as readonly string[]).includes(column);
}

export const opportunityColumnsInput = z
  .array(z.string().refine(isOpportunityColumnId, 'validation.savedView.column'))
  .min(1, 'validation.required')
  .max(SAVED_VIEW_MAX_COLUMNS, 'validation.tooMany')
  .superRefine((columns, ctx) => {
    columns.forEach((c, i) => {
      if (columns.indexOf(c) !== i) ctx.addIssue({ code: 'custom', message: 'validation.duplicate', path: [i] });
    });
  });

export const OpportunityOrderInput = z.object({
  field: z.enum(OPPORTUNITY_SORT_FIELDS, 'validation.filter.unknownField'),
  direction: z
    .enum(['ASC', 'DESC'])
    .nullish()
    .transform((d) => d ?? 'ASC'),
});

/** The GraphQL SavedViewInput with entity OPPORTUNITY: opportunityFilter / opportunitySort instead of filter / sort. */
export const OpportunitySavedViewInput = z
  .object({
    name: z.string().trim().min(1, 'validation.required').max(100, 'validation.tooLong'),
    shared: z
      .boolean()
      .nullish()
      .transform((s) => s ?? false),
    opportunityFilter: OpportunityFilterInput.nullish().transform((f) => f ?? null),
    columns: opportunityColumnsInput,
    // The list sorts by one key; a view stores that one.
    opportunitySort: z.array(OpportunityOrderInput).max(1, 'validation.tooMany').nullish(),
  })
  .transform(({ opportunityFilter, opportunitySort, ...rest }) => ({
    ...rest,
    filter: opportunityFilter,
    sort: opportunitySort ?? [],
  }));
export type OpportunitySavedViewInput = z.output<typeof OpportunitySavedViewInput>;
