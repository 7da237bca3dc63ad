// The client form's values, their conversion from a record and to API input, and the validating resolvers.
import {
  checkTaxFields,
  CreateClientInput,
  UpdateClientInput,
  type CLIENT_KINDS,
  type CLIENT_ROLES,
} from '@veza/shared';
import { z } from 'zod';
import { initialAttributeValues, type AttributeValues } from '../../../components/attribute-field/attribute-fields.tsx';
import type { AttributeFieldDefinition } from '../../../components/attribute-field/attribute-definition.ts';
import type { ClientDetail } from '../hooks/use-client-detail.ts';
import { blankToNull } from './form-values.ts';
import { recordResolver } from './record-resolver.ts';

export interface ClientFormValues {
  kind: (typeof CLIENT_KINDS)[number];
  name: string;
  roles: (typeof CLIENT_ROLES)[number][];
  street: string;
  postalCode: string;
  city: string;
  country: string | null;
  taxId: string;
  registrationNo: string;
  phones: string[];
  emails: string[];
  website: string;
  statusId: string | null;
  segmentId: string | null;
  industryId: string | null;
  leadSourceId: string | null;
  accountManagerId: string | null;
  attributes: AttributeValues;
  /** A deliberate second client with the same tax id or registration number (a branch). */
  confirmDuplicate: boolean;
}

export type CreateClientOutput = z.output<typeof CreateClientInput>;
export type UpdateClientOutput = z.output<typeof UpdateClientInput>;

export const CLIENT_FORM_FIELDS = [
  'kind',
  'name',
  'roles',
  'street',
  'postalCode',
  'city',
  'country',
  'taxId',
  'registrationNo',
  'phones',
  'emails',
  'website',
  'statusId',
  'segmentId',
  'industryId',
  'leadSourceId',
  'accountManagerId',
  'attributes',
  'confirmDuplicate',
] as const;

export function toClientFormValues(
  client: ClientDetail | null,
  definitions: readonly AttributeFieldDefinition[],
): ClientFormValues {
  return {
    kind: client?.kind ?? 'LEGAL',
    name: client?.name ?? '',
    roles: [...(client?.roles ?? [])],
    street: client?.street ?? '',
    postalCode: client?.postalCode ?? '',
    city: client?.city ?? '',
    country: client ? (client.country ?? null) : 'HR',
    taxId: client?.taxId ?? '',
    registrationNo: client?.registrationNo ?? '',
    phones: [...(client?.phones ?? [])],
    emails: [...(client?.emails ?? [])],
    website: client?.website ?? '',
    statusId: client?.status?.id ?? null,
    segmentId: client?.segment?.id ?? null,
    industryId: client?.industry?.id ?? null,
    leadSourceId: client?.leadSource?.id ?? null,
    accountManagerId: client?.accountManager?.id ?? null,
    attributes: initialAttributeValues(definitions, client?.attributes),
    confirmDuplicate: false,
  };
}

function prepare({ phones: _p, emails: _e, attributes: _a, ...rest }: ClientFormValues) {
  return blankToNull(rest, ['name']);
}

const TaxFields = z
  .object({ country: z.string().nullish(), taxId: z.string().nullish(), registrationNo: z.string().nullish() })
  .transform((v, ctx) => checkTaxFields(v, ctx));

/** The tax id and registration number by the country's check digits, whatever the state of other fields. */
function taxErrors(input: Record<string, unknown>): Record<string, string> {
  const result = TaxFields.safeParse(input);
  if (result.success) return {};
  return Object.fromEntries(result.error.issues.map((i) => [String(i.path[0]), i.message]));
}

export function createClientResolver(definitions: readonly AttributeFieldDefinition[]) {
  return recordResolver({ schema: CreateClientInput, prepare, definitions, extra: taxErrors });
}

/** Edits send the whole record, so the tax id is checked against the (possibly changed) country here too. */
const UpdateClientChecked = UpdateClientInput.transform((v, ctx) => checkTaxFields(v, ctx));

export function updateClientResolver(definitions: readonly AttributeFieldDefinition[], previous: AttributeValues) {
  return recordResolver({
    schema: UpdateClientChecked,
    prepare,
    definitions,
    previous,
    extra: taxErrors,
  });
}
