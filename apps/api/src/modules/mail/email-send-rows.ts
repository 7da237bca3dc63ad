// The rows of a one-off e-mail: per recipient the rendered message (their salutation and names) and its done
// "Sent e-mail" activity, linked to the opportunity or activity it was sent from.
import type { Context, ViewerUser } from '../../graphql/context.ts';
import { badInput, notFound } from '../../graphql/errors.ts';
import type { MessageAttachment, SendRecipient } from './email-send.repository.ts';
import { MailActivitiesRepository, type MailActivity } from './mail-activities.repository.ts';
import { htmlToText } from './mail-html.ts';
import { MailRepository } from './mail.repository.ts';
import { newMessageId } from './mail-send.service.ts';
import { mergeValuesFor } from './merge-values.ts';
import { renderHtml, renderSubject } from './merge-fields.ts';
import { uuid7 } from './uuid7.ts';

export type Draft = {
  subject: string;
  bodyHtml: string;
  language: string;
  attachments: Omit<MessageAttachment, 'id'>[];
};
type Links = { opportunityId: string | null; activityId: string | null };

export async function oneOffRows(
  ctx: Context,
  user: ViewerUser,
  client: { id: string; name: string },
  to: SendRecipient[],
  d: Draft,
  links: Links,
) {
  const settings = await new MailRepository(ctx.db).settings();
  if (!settings?.host || !settings.fromAddress) throw badInput('settings', 'mail.validation.notConfigured');
  const typeId = await new MailActivitiesRepository(ctx.db).typeId();
  if (!typeId) throw notFound('Sent e-mail activity type');
  const activities: MailActivity[] = [];
  const messages = [];
  for (const person of to) {
    const values = await mergeValuesFor(ctx.db, user, d.language, { person, client });
    const html = renderHtml(d.bodyHtml, values);
    const subject = renderSubject(d.subject, values);
    const text = htmlToText(html);
    const activityId = uuid7();
    activities.push({
      id: activityId,
      clientId: client.id,
      personId: person.id,
      subject,
      note: text,
      ownerId: user.id,
      opportunityId: links.opportunityId,
      parentId: links.activityId,
    });
    messages.push({
      id: uuid7(),
      kind: 'ONE_OFF',
      messageId: newMessageId(settings.fromAddress),
      fromAddress: settings.fromAddress,
      fromName: values['agent.name'],
      toAddress: person.email!,
      subject,
      html,
      text,
      createdById: user.id,
      clientId: client.id,
      personId: person.id,
      activityId,
      attachments: d.attachments,
    });
  }
  return { typeId, activities, messages };
}
