// Input schemas for imports; parsed by the wizard and by the API.
import { z } from 'zod';

export const IMPORT_MATCH_KEYS = ['TAX_ID', 'REGISTRATION_NO', 'EMAIL', 'EXTERNAL_ID'] as const;
/** What a file's rows become: clients, or contact persons attached to their client by a client key column. */
export const IMPORT_ENTITIES = ['CLIENT', 'PERSON'] as const;
/** Persons are matched within their client on one of these. */
export const PERSON_MATCH_KEYS = ['EMAIL', 'EXTERNAL_ID'] as const;

/** One column's target: a built-in field name, `attr:<key>`, or null to ignore it. */
const target = z
  .string()
  .regex(/^([a-zA-Z]+|attr:[a-z][a-z0-9_]{0,39})$/, 'imports.badTarget')
  .nullable();

/** Import columns backed by a dictionary (client status, segment, industry, lead source). */
export const IMPORT_DICTIONARY_FIELDS = ['status', 'segment', 'industry', 'leadSource'] as const;

/** One file value of a dictionary column mapped by hand: to an existing value (its id), or created on import. */
export const ImportValueMappingInput = z
  .object({
    field: z.enum(IMPORT_DICTIONARY_FIELDS, 'imports.badTarget'),
    value: z.string().trim().min(1, 'validation.required').max(10_000, 'validation.tooLong'),
    dictionaryValueId: z.string().min(1).nullish(),
    create: z.boolean().default(false),
  })
  .refine((v) => Boolean(v.dictionaryValueId) !== v.create, {
    message: 'imports.valueMappingChoice',
    path: ['dictionaryValueId'],
  });
export type ImportValueMappingInput = z.output<typeof ImportValueMappingInput>;

export const StartImportInput = z.object({
  fileId: z.string().min(1, 'validation.required'),
  /** Targets by column position (index 0 = first column). */
  mapping: z.array(target).min(1, 'imports.nothingMapped').max(200, 'validation.tooMany'),
  entity: z.enum(IMPORT_ENTITIES).default('CLIENT'),
  matchKey: z.enum(IMPORT_MATCH_KEYS),
  dryRun: z.boolean().default(true),
  allOrNothing: z.boolean().default(false),
  /** Dictionary values the file names but the list lacks are created (else the row is invalid). */
  createDictionaryValues: z.boolean().default(false),
  /** File values of dictionary columns mapped by hand (at most 500 per column, 4 columns). */
  valueMapping: z.array(ImportValueMappingInput).max(2000, 'validation.tooMany').default([]),
  /** Country for tax id checks when the file has no country column. */
  defaultCountry: z
    .string()
    .trim()
    .toUpperCase()
    .regex(/^[A-Z]{2}$/, 'validation.country')
    .nullish(),
  saveMappingAs: z.string().trim().max(120, 'validation.tooLong').nullish(),
});
export type StartImportInput = z.output<typeof StartImportInput>;
