// E-mail templates: merge fields checked against the whitelist on save, CSS inlined (juice) and HTML sanitised
// before storing; a preview renders unsaved content for a real person.
import juice from 'juice';
import { EmailTemplateInput, PreviewEmailTemplateInput, UpdateEmailTemplateInput } from '@veza/shared';
import { requirePermission } from '../../auth/permissions.ts';
import type { Context } from '../../graphql/context.ts';
import { AppError, badInput, conflict, notFound, parseInput } from '../../graphql/errors.ts';
import { decodeCursor, pageSize, toConnection } from '../../graphql/connection.ts';
import { globalId, parseId } from '../../graphql/ids.ts';
import { EmailTemplatesRepository, type EmailTemplateRow } from './email-templates.repository.ts';
import { mergeValuesFor } from './merge-values.ts';
import { checkMergeFields, renderHtml, renderSubject } from './merge-fields.ts';
import { htmlToText, sanitizeMailHtml } from './mail-html.ts';
import { clientsInScope, personsInScope } from '../visibility/index.ts';

export function toEmailTemplateNode(row: EmailTemplateRow) {
  return { ...row, id: globalId('EmailTemplate', row.id) };
}

function refuseMergeFields(field: string, text: string): void {
  const problem = checkMergeFields(text);
  if (problem) throw new AppError('BAD_USER_INPUT', problem.message, { field, tag: problem.tag });
}

/** Checks merge fields, inlines <style> rules into style attributes, then sanitises (which drops <style>). */
export function prepareTemplate(input: { subject: string; bodyHtml: string }, prefix = 'input') {
  refuseMergeFields(`${prefix}.subject`, input.subject);
  refuseMergeFields(`${prefix}.bodyHtml`, input.bodyHtml);
  const inlined = juice(input.bodyHtml, { removeStyleTags: true, preserveImportant: true });
  const bodyHtml = sanitizeMailHtml(inlined);
  // Sanitising never adds tags, but check what is stored, not what was sent.
  refuseMergeFields(`${prefix}.bodyHtml`, bodyHtml);
  if (!bodyHtml.trim()) throw badInput(`${prefix}.bodyHtml`, 'validation.required');
  return { subject: input.subject, bodyHtml };
}

export async function emailTemplates(ctx: Context, args: { first?: number | null; after?: string | null }) {
  requirePermission(ctx, ['mail.send', 'mail.templates']);
  const first = pageSize(args.first);
  const after = decodeCursor(args.after, 2) as [string, string] | null;
  if (after && typeof after[0] !== 'string') throw badInput('after', 'validation.cursor');
  const repo = new EmailTemplatesRepository(ctx.db);
  const rows = await repo.page(first + 1, after);
  return toConnection(
    rows,
    first,
    after !== null,
    (r) => [r.name, r.id],
    toEmailTemplateNode,
    () => repo.count(),
  );
}

export async function createEmailTemplate(ctx: Context, args: { input: unknown }) {
  const viewer = requirePermission(ctx, 'mail.templates');
  const input = parseInput(EmailTemplateInput, args.input, 'input');
  const prepared = prepareTemplate(input);
  const row = await new EmailTemplatesRepository(ctx.db).create({
    name: input.name,
    language: input.language,
    ...prepared,
    createdById: viewer.user.id,
  });
  return toEmailTemplateNode(row);
}

export async function updateEmailTemplate(ctx: Context, args: { id: string; input: unknown }) {
  const viewer = requirePermission(ctx, 'mail.templates');
  const id = parseId(args.id, 'EmailTemplate');
  const input = parseInput(UpdateEmailTemplateInput, args.input, 'input');
  const repo = new EmailTemplatesRepository(ctx.db);
  if (!(await repo.find(id))) throw notFound('E-mail template');
  const prepared = prepareTemplate(input);
  const data = { name: input.name, language: input.language, ...prepared, updatedById: viewer.user.id };
  if (!(await repo.update(id, input.version, data))) throw conflict();
  return toEmailTemplateNode((await repo.find(id))!);
}

export async function previewEmailTemplate(ctx: Context, args: { input: unknown }) {
  const viewer = requirePermission(ctx, ['mail.send', 'mail.templates']);
  const input = parseInput(PreviewEmailTemplateInput, args.input, 'input');
  const personId = parseId(input.personId, 'Person', 'input.personId');
  const clientId = input.clientId ? parseId(input.clientId, 'Client', 'input.clientId') : null;
  const prepared = prepareTemplate(input);
  const recipient = await new EmailTemplatesRepository(ctx.db).recipient(personId, clientId);
  // A person (or client) outside the viewer's read scope is answered like a missing one.
  const inScope = await personsInScope(ctx.db, viewer, 'read', [personId]);
  if (!recipient || !inScope.has(personId)) throw badInput('input.personId', 'validation.id');
  if (clientId && !(await clientsInScope(ctx.db, viewer, 'read', [clientId])).has(clientId))
    throw badInput('input.clientId', 'validation.id');
  const values = await mergeValuesFor(ctx.db, viewer.user, input.language, recipient);
  const html = renderHtml(prepared.bodyHtml, values);
  return {
    subject: renderSubject(prepared.subject, values),
    html,
    text: htmlToText(html),
    salutation: values.salutation,
  };
}
