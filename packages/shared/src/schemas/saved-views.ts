// Input schema for saved client-list views: name, sharing, a client filter, columns in order and sort.
import { z } from 'zod';
import { CLIENT_FIELD_NAMES, CLIENT_SORT_FIELDS, type ClientField } from '../filter/client-fields.ts';
import { ATTRIBUTE_KEY, ClientFilterInput } from '../filter/client-filter.ts';

export const SAVED_VIEW_MAX_COLUMNS = 60;
export const SAVED_VIEW_MAX_SORT = 5;
export const ATTRIBUTE_COLUMN_PREFIX = 'attr:';

/** A column id is a built-in field name (NAME, CITY…) or `attr:<attribute key>`. */
export function isColumnId(column: string): boolean {
  if (column.startsWith(ATTRIBUTE_COLUMN_PREFIX))
    return ATTRIBUTE_KEY.test(column.slice(ATTRIBUTE_COLUMN_PREFIX.length));
  return (CLIENT_FIELD_NAMES as readonly string[]).includes(column);
}

const columnsInput = z
  .array(z.string().refine(isColumnId, 'validation.savedView.column'))
  .min(1, 'validation.required')
  .max(SAVED_VIEW_MAX_COLUMNS, 'validation.tooMany')
  .superRefine((columns, ctx) => {
    columns.forEach((c, i) => {
      if (columns.indexOf(c) !== i) ctx.addIssue({ code: 'custom', message: 'validation.duplicate', path: [i] });
    });
  });

type SortField = Exclude<ClientField, 'ROLES' | 'PHONES' | 'EMAILS' | 'NOTE'>;

/** One sort key: exactly one of a built-in field or an attribute key. */
const sortInput = z
  .object({
    field: z.enum(CLIENT_SORT_FIELDS as [SortField, ...SortField[]], 'validation.filter.unknownField').nullish(),
    attribute: z.string().regex(ATTRIBUTE_KEY, 'validation.filter.unknownAttribute').nullish(),
    direction: z
      .enum(['ASC', 'DESC'])
      .nullish()
      .transform((d) => d ?? 'ASC'),
  })
  .superRefine((s, ctx) => {
    if ((s.field == null) === (s.attribute == null))
      ctx.addIssue({ code: 'custom', message: 'validation.sort.oneKey', path: [] });
  })
  .transform((s) =>
    s.field ? { field: s.field, direction: s.direction } : { attribute: s.attribute!, direction: s.direction },
  );
export type SavedViewSort = z.output<typeof sortInput>;

export const SavedViewInput = z.object({
  name: z.string().trim().min(1, 'validation.required').max(100, 'validation.tooLong'),
  shared: z
    .boolean()
    .nullish()
    .transform((s) => s ?? false),
  filter: ClientFilterInput.nullish().transform((f) => f ?? null),
  columns: columnsInput,
  sort: z
    .array(sortInput)
    .max(SAVED_VIEW_MAX_SORT, 'validation.tooMany')
    .nullish()
    .transform((s) => s ?? []),
});
export type SavedViewInput = z.output<typeof SavedViewInput>;
