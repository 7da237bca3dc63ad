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
