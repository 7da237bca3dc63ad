// The merge-field values for one recipient: their salutation (stored, else suggested), names, client, and the
// sending user's name and signature.
import type { Db } from '../../db/prisma.ts';
import type { ViewerUser } from '../../graphql/context.ts';
import { MailRepository } from './mail.repository.ts';
import type { MergeValues } from './merge-fields.ts';
import { suggestSalutation } from './salutation.ts';

export type Recipient = {
  person: { firstName: string; lastName: string; salutation: string | null };
  client: { name: string } | null;
};

/** The sending user's part of the merge values (name and signature), loaded once per send. */
export async function senderValues(db: Db, user: Pick<ViewerUser, 'id' | 'name'>) {
  const [profile, settings] = await Promise.all([
    new MailRepository(db).profile(user.id),
    new MailRepository(db).settings(),
  ]);
  return { name: profile?.fromName ?? settings?.fromName ?? user.name, signature: profile?.signature ?? '' };
}

type ClaimedPerson = { first_name: string; last_name: string; salutation: string | null; client_name: string | null };

export function recipientValues(
  sender: { name: string; signature: string },
  language: string,
  r: ClaimedPerson,
  unsubscribeUrl: string,
): MergeValues {
  return {
    salutation: r.salutation || suggestSalutation(language, r.first_name, r.last_name),
    'person.firstName': r.first_name,
    'person.lastName': r.last_name,
    'client.name': r.client_name ?? '',
    'agent.name': sender.name,
    'agent.signature': sender.signature,
    unsubscribeUrl,
  };
}

export async function mergeValuesFor(
  db: Db,
  user: Pick<ViewerUser, 'id' | 'name'>,
  language: string,
  recipient: Recipient,
  unsubscribeUrl = '',
): Promise<MergeValues> {
  const [profile, settings] = await Promise.all([
    new MailRepository(db).profile(user.id),
    new MailRepository(db).settings(),
  ]);
  const { person } = recipient;
  return {
    salutation: person.salutation || suggestSalutation(language, person.firstName, person.lastName),
    'person.firstName': person.firstName,
    'person.lastName': person.lastName,
    'client.name': recipient.client?.name ?? '',
    'agent.name': profile?.fromName ?? settings?.fromName ?? user.name,
    'agent.signature': profile?.signature ?? '',
    unsubscribeUrl,
  };
}
