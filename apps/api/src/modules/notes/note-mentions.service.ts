// Notifies colleagues newly `@mentioned` in a note: not its author, only users who may read the note's record, once
// per note version (a retried request does not notify twice; an edit notifies only names it added).
import type { Context } from '../../graphql/context.ts';
import { globalId } from '../../graphql/ids.ts';
import { RECORD_OWNERS } from '../attachments/index.ts';
import { notifyMany } from '../notifications/index.ts';
import { mentionPrefixes, mentionedUsers } from './note-mentions.ts';
import { NoteMentionsRepository } from './note-mentions.repository.ts';
import type { NoteRow } from './notes.repository.ts';

const EXCERPT = 120;

async function recordLink(repo: NoteMentionsRepository, note: NoteRow): Promise<string | null> {
  const clientId = note.ownerType === 'Client' ? note.ownerId : await repo.personClient(note.ownerId);
  return clientId ? `/clients/${globalId('Client', clientId)}` : null;
}

/** Mentions in `note` that `previousText` did not have, notified to their users; returns how many were notified. */
export async function notifyMentions(ctx: Context, note: NoteRow, previousText: string | null): Promise<number> {
  const policy = RECORD_OWNERS[note.ownerType];
  if (!policy || !ctx.viewer) return 0;
  const repo = new NoteMentionsRepository(ctx.db);
  const candidates = await repo.candidates(mentionPrefixes(note.text), policy.read);
  const before = previousText ? mentionedUsers(previousText, candidates) : new Set<string>();
  const author = ctx.viewer.user;
  const recipients = [...mentionedUsers(note.text, candidates)].filter((id) => id !== author.id && !before.has(id));
  if (!recipients.length) return 0;
  const excerpt = note.text.length > EXCERPT ? `${note.text.slice(0, EXCERPT - 1)}…` : note.text;
  return notifyMany(ctx.db, [
    {
      recipientIds: recipients,
      kind: 'MENTION',
      params: { author: author.name, excerpt },
      link: await recordLink(repo, note),
      dedupeKey: `mention:${note.id}:${note.version}`,
    },
  ]);
}
