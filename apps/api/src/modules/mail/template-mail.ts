// Template mail for other modules (automation rules' SEND_TEMPLATE): a template rendered per recipient with the
// whitelisted merge fields, and the suppression check every sender must honour.
import type { Db, Prisma } from '../../db/prisma.ts';
import { renderHtml, renderSubject } from './merge-fields.ts';
import { suggestSalutation } from './salutation.ts';
import { TemplateMailRepository } from './template-mail.repository.ts';

type Tx = Db | Prisma.TransactionClient;

export type MailTemplate = { id: string; name: string; language: string; subject: string; bodyHtml: string };
export type TemplateRecipient = {
  firstName: string;
  lastName: string;
  salutation: string | null;
  clientName: string | null;
};
export type TemplateSender = { name: string; signature: string };

export const loadMailTemplate = (db: Tx, id: string): Promise<MailTemplate | null> =>
  new TemplateMailRepository(db).template(id);

/** Addresses (of `addresses`) that must not be mailed: suppressed, or kept as an erased person's hash. */
export const suppressedAddresses = (db: Tx, addresses: string[]) =>
  new TemplateMailRepository(db).suppressed(addresses);

/** Sender names and signatures of users, for `agent.name` / `agent.signature`. */
export const templateSenders = (db: Tx, userIds: string[]) => new TemplateMailRepository(db).senders(userIds);

/** The template's subject and body for one recipient (salutation stored, else suggested in the template's language). */
export function renderMailTemplate(
  template: MailTemplate,
  to: TemplateRecipient,
  sender: TemplateSender,
  unsubscribeUrl = '',
) {
  const values = {
    salutation: to.salutation || suggestSalutation(template.language, to.firstName, to.lastName),
    'person.firstName': to.firstName,
    'person.lastName': to.lastName,
    'client.name': to.clientName ?? '',
    'agent.name': sender.name,
    'agent.signature': sender.signature,
    unsubscribeUrl,
  };
  return { subject: renderSubject(template.subject, values), html: renderHtml(template.bodyHtml, values) };
}
