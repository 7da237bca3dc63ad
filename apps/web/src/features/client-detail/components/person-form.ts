// The contact person form's values, their conversion from a person and to API input, and the resolvers.
import { CreatePersonInput, UpdatePersonInput } from '@veza/shared';
import type { z } from 'zod';
import { initialAttributeValues, type AttributeValues } from '../../../components/attribute-field/attribute-fields.tsx';
import type { AttributeFieldDefinition } from '../../../components/attribute-field/attribute-definition.ts';
import type { ClientPersonLink } from '../hooks/use-client-detail.ts';
import { blankToNull } from './form-values.ts';
import { recordResolver } from './record-resolver.ts';

export interface PersonFormValues {
  firstName: string;
  lastName: string;
  title: string;
  jobTitle: string;
  /** Function at this client (owner, director, purchasing…). */
  role: string;
  isPrimary: boolean;
  phones: string[];
  emails: string[];
  birthday: string;
  nameDay: string;
  marketingConsent: boolean;
  consentSource: string;
  attributes: AttributeValues;
}

export type CreatePersonOutput = z.output<typeof CreatePersonInput>;
export type UpdatePersonOutput = z.output<typeof UpdatePersonInput>;

export const PERSON_FORM_FIELDS = [
  'firstName',
  'lastName',
  'title',
  'jobTitle',
  'role',
  'phones',
  'emails',
  'birthday',
  'nameDay',
  'marketingConsent',
  'consentSource',
  'attributes',
] as const;

export function toPersonFormValues(
  link: ClientPersonLink | null,
  definitions: readonly AttributeFieldDefinition[],
): PersonFormValues {
  const p = link?.person;
  return {
    firstName: p?.firstName ?? '',
    lastName: p?.lastName ?? '',
    title: p?.title ?? '',
    jobTitle: p?.jobTitle ?? '',
    role: link?.role ?? '',
    isPrimary: link?.isPrimary ?? false,
    phones: [...(p?.phones ?? [])],
    emails: [...(p?.emails ?? [])],
    birthday: p?.birthday ?? '',
    nameDay: p?.nameDay ?? '',
    marketingConsent: p?.marketingConsent ?? false,
    consentSource: p?.consentSource ?? '',
    attributes: initialAttributeValues(definitions, p?.attributes),
  };
}

/**
 * The person's client links after saving: this client with the form's role, and their other clients unchanged
 * (the API replaces the whole list).
 */
function clientLinks(values: PersonFormValues, clientId: string, link: ClientPersonLink | null) {
  const others = (link?.person.clients ?? [])
    .filter((l) => l.client.id !== clientId)
    .map((l) => ({ clientId: l.client.id, role: l.role ?? null, isPrimary: l.isPrimary }));
  return [{ clientId, role: values.role.trim() || null, isPrimary: values.isPrimary }, ...others];
}

export function personResolver(
  clientId: string,
  link: ClientPersonLink | null,
  definitions: readonly AttributeFieldDefinition[],
) {
  const prepare = (values: PersonFormValues) => {
    const { phones: _p, emails: _e, attributes: _a, role: _r, isPrimary: _i, ...rest } = values;
    return { ...blankToNull(rest, ['firstName', 'lastName']), clients: clientLinks(values, clientId, link) };
  };
  const previous = link ? ((link.person.attributes ?? {}) as AttributeValues) : undefined;
  return link
    ? recordResolver({ schema: UpdatePersonInput, prepare, definitions, previous })
    : recordResolver({ schema: CreatePersonInput, prepare, definitions, previous });
}
