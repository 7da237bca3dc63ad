// Input schemas for clients and contact persons; parsed by the forms and by the API.
import { z } from 'zod';
import { isoDay } from '../instant.ts';
import { validateClientTaxId, validateRegistrationNumber } from '../tax-ids/index.ts';

export const CLIENT_KINDS = ['LEGAL', 'NATURAL'] as const;
export const CLIENT_ROLES = ['CUSTOMER', 'PROSPECT', 'SUPPLIER', 'PARTNER'] as const;

const optionalText = (max: number) =>
  z
    .string()
    .trim()
    .max(max, 'validation.tooLong')
    .nullish()
    .transform((v) => (v ? v : null));

const email = z.string().trim().toLowerCase().pipe(z.email('validation.email'));
const phone = z
  .string()
  .trim()
  .regex(/^\+?[0-9 ()./-]{5,30}$/, 'validation.phone');
const website = z
  .string()
  .trim()
  .max(300, 'validation.tooLong')
  .regex(/^(https?:\/\/)?[^\s/$.?#].[^\s]*$/i, 'validation.website')
  // Only web addresses: a scheme other than http(s) (javascript:, data:, vbscript:…) is refused; "host:8080" is a port.
  .refine((v) => /^https?:\/\//i.test(v) || !/^[a-z][a-z0-9+.-]*:(?!\d)/i.test(v), 'validation.website')
  .nullish()
  .transform((v) => (v ? v : null));
const country = z
  .string()
  .trim()
  .toUpperCase()
  .regex(/^[A-Z]{2}$/, 'validation.country')
  .nullish()
  .transform((v) => v ?? null);
const id = z.string().min(1).nullish();

const clientShape = {
  kind: z.enum(CLIENT_KINDS),
  name: z.string().trim().min(1, 'validation.required').max(300, 'validation.tooLong'),
  roles: z.array(z.enum(CLIENT_ROLES)).max(4).nullish(),
  street: optionalText(300),
  postalCode: optionalText(20),
  city: optionalText(120),
  country,
  taxId: optionalText(40),
  registrationNo: optionalText(40),
  phones: z.array(phone).max(20, 'validation.tooMany').nullish(),
  emails: z.array(email).max(20, 'validation.tooMany').nullish(),
  website,
  statusId: id,
  segmentId: id,
  industryId: id,
  leadSourceId: id,
  accountManagerId: id,
  attributes: z.record(z.string(), z.unknown()).nullish(),
  /** Save although another client has the same tax id or registration number (a deliberate second record). */
  confirmDuplicate: z.boolean().nullish(),
};

type TaxFields = { country?: string | null; taxId?: string | null; registrationNo?: string | null };

/**
 * Validates the tax id by the country's check digits and normalises it; also the registration number
 * (REGON for PL, IČO for CZ). Runs on the merged record for updates, so changing only the country re-checks.
 */
export function checkTaxFields<T extends TaxFields>(value: T, ctx: z.RefinementCtx): T {
  const out = { ...value };
  if (value.taxId) {
    const r = validateClientTaxId(value.country ?? '', value.taxId);
    if (r.ok) out.taxId = r.normalized;
    else ctx.addIssue({ code: 'custom', path: ['taxId'], message: r.error });
  }
  const kind = value.country === 'PL' ? 'regon' : value.country === 'CZ' ? 'ico' : null;
  if (value.registrationNo && kind) {
    const r = validateRegistrationNumber(value.country!, kind, value.registrationNo);
    if (r.ok) out.registrationNo = r.normalized;
    else ctx.addIssue({ code: 'custom', path: ['registrationNo'], message: r.error });
  }
  return out;
}

/**
 * Optional on creates: a retry with the same key (same user) returns the row the first attempt wrote instead of a
 * second one, so a caller that lost the answer (timeout, 503) can simply send the request again.
 */
export const IdempotencyKey = z
  .string()
  .min(8, 'validation.idempotencyKey')
  .max(200, 'validation.idempotencyKey')
  .regex(/^[\x21-\x7e]+$/, 'validation.idempotencyKey')
  .nullish()
  .transform((v) => v ?? null);

export const CreateClientInput = z.object(clientShape).transform((v, ctx) => checkTaxFields(v, ctx));
export type CreateClientInput = z.output<typeof CreateClientInput>;

/** Partial: absent keys are left alone; null clears. Tax checks run on the merged record in the service. */
export const UpdateClientInput = z.object(clientShape).partial();
export type UpdateClientInput = z.output<typeof UpdateClientInput>;

const day = isoDay;
const nameDay = z.string().regex(/^(0[1-9]|1[0-2])-(0[1-9]|[12]\d|3[01])$/, 'validation.nameDay');

export const PersonClientLinkInput = z.object({
  clientId: z.string().min(1),
  role: optionalText(120),
  isPrimary: z
    .boolean()
    .nullish()
    .transform((v) => v ?? false),
});

const personShape = {
  firstName: z.string().trim().min(1, 'validation.required').max(120, 'validation.tooLong'),
  lastName: z.string().trim().min(1, 'validation.required').max(120, 'validation.tooLong'),
  title: optionalText(60),
  jobTitle: optionalText(160),
  phones: z.array(phone).max(20, 'validation.tooMany').nullish(),
  emails: z.array(email).max(20, 'validation.tooMany').nullish(),
  birthday: day.nullish(),
  nameDay: nameDay.nullish(),
  marketingConsent: z.boolean().nullish(),
  consentSource: optionalText(200),
  attributes: z.record(z.string(), z.unknown()).nullish(),
};

export const CreatePersonInput = z.object({
  ...personShape,
  clients: z.array(PersonClientLinkInput).min(1, 'validation.clientRequired').max(50),
});
export const UpdatePersonInput = z
  .object({
    ...personShape,
    clients: z.array(PersonClientLinkInput).min(1, 'validation.clientRequired').max(50),
  })
  .partial();
