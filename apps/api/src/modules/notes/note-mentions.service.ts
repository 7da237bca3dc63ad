// Notifies colleagues newly `@mentioned` in a note: not its author, only users who may read the note's record (its
// read permission and their record scope: the text quotes the note), once
// per note version (a retried request does not notify twice; an edit notifies only names it added).
import type { Context, Viewer } from '../../graphql/context.ts';
import { globalId } from '../../graphql/ids.ts';
import { RECORD_OWNERS, type OwnerPolicy } from '../attachments/index.ts';
import { userScopes } from '../auth/index.ts';
import { notifyMany } from '../notifications/index.ts';
import { mentionPrefixes, mentionedUsers } from './note-mentions.ts';
import { NoteMentionsRepository } from './note-mentions.repository.ts';
import type { NoteRow } from './notes.repository.ts';

const EXCERPT = 120;

async function recordLink(repo: NoteMentionsRepository, note: NoteRow): Promise<string | null> {
  const clientId = note.ownerType === 'Client' ? note.ownerId : await repo.personClient(note.ownerId);
  return clientId ? `/clients/${globalId('Client', clientId)}` : null;
}

/**
 * Of the mentioned users (who hold the read permission), those within whose record scopes the note's record lies now:
 * the record's own visibility rule, applied as each of them (one scope look-up per mentioned user; a note names few).
 */
async function mayRead(ctx: Context, note: NoteRow, policy: OwnerPolicy, userIds: string[]): Promise<string[]> {
  const readers: string[] = [];
  for (const userId of userIds) {
    const scoped = await userScopes(ctx.db, userId);
    if (!scoped) continue;
    const viewer: Viewer = { ...scoped, permissions: new Set([policy.read]), via: 'SESSION' };
    // The policies read rows through the request's viewer-independent loaders and check scopes themselves.
    if (await policy.visible({ ...ctx, viewer }, note.ownerId, 'read')) readers.push(userId);
  }
  return readers;
}

/** Mentions in `note` that `previousText` did not have, notified to their users; returns how many were notified. */
export async function notifyMentions(ctx: Context, note: NoteRow, previousText: string | null): Promise<number> {
  const policy = RECORD_OWNERS[note.ownerType];
  if (!policy || !ctx.viewer) return 0;
  const repo = new NoteMentionsRepository(ctx.db);
  const candidates = await repo.candidates(mentionPrefixes(note.text), policy.read);
  const before = previousText ? mentionedUsers(previousText, candidates) : new Set<string>();
  const author = ctx.viewer.user;
  const named = [...mentionedUsers(note.text, candidates)].filter((id) => id !== author.id && !before.has(id));
  const recipients = await mayRead(ctx, note, policy, named);
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
