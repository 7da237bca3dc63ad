// Input schemas for duplicate checks and merges; parsed by the forms and by the API.
import { z } from 'zod';

const text = (max: number) =>
  z
    .string()
    .trim()
    .max(max, 'validation.tooLong')
    .nullish()
    .transform((v) => (v ? v : null));
const list = z
  .array(z.string().trim().max(300, 'validation.tooLong'))
  .max(20, 'validation.tooMany')
  .nullish()
  .transform((v) => (v ?? []).filter(Boolean));

export const ClientDuplicateProbe = z.object({
  name: z.string().trim().max(300, 'validation.tooLong').default(''),
  city: text(120),
  country: text(2),
  taxId: text(40),
  registrationNo: text(40),
  emails: list.transform((v) => v.map((e) => e.toLowerCase())),
  phones: list,
  excludeId: z.string().nullish(),
});

export const PersonDuplicateProbe = z.object({
  firstName: z.string().trim().max(120, 'validation.tooLong').default(''),
  lastName: z.string().trim().max(120, 'validation.tooLong').default(''),
  emails: list.transform((v) => v.map((e) => e.toLowerCase())),
  phones: list,
  clientIds: z.array(z.string()).max(50).nullish(),
  excludeId: z.string().nullish(),
});

export const MergeInput = z.object({
  keepId: z.string().min(1, 'validation.required'),
  mergeIds: z
    .array(z.string().min(1))
    .min(1, 'validation.required')
    .max(10, 'validation.tooMany')
    .refine((ids) => new Set(ids).size === ids.length, 'validation.duplicate'),
});
