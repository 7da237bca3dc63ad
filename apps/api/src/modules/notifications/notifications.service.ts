// The caller's notifications: keyset list, unread count, marking read, per-kind settings.
import { MarkNotificationsReadInput, NotificationSettingsInput } from '@veza/shared';
import { requireViewer } from '../../auth/permissions.ts';
import { decodeCreatedAtCursor, pageSize, toConnection } from '../../graphql/connection.ts';
import type { Context } from '../../graphql/context.ts';
import { parseInput } from '../../graphql/errors.ts';
import { globalId, parseId } from '../../graphql/ids.ts';
import { visibleLinks } from './notification-links.ts';
import { NOTIFICATION_KINDS } from './notification-texts.ts';
import { NotificationsRepository, type NotificationRow } from './notifications.repository.ts';

const toNode = (row: NotificationRow) => ({
  id: globalId('Notification', row.id),
  kind: row.kind,
  text: row.text,
  link: row.link,
  read: row.readAt !== null,
  createdAt: row.createdAt,
  email: row.email ? { state: row.email.state, sentAt: row.email.sentAt, error: row.email.error } : null,
});

export async function listNotifications(
  ctx: Context,
  args: { first?: number | null; after?: string | null; unreadOnly?: boolean | null },
) {
  const viewer = requireViewer(ctx);
  const first = pageSize(args.first);
  const after = decodeCreatedAtCursor(args.after);
  const repo = new NotificationsRepository(ctx.db);
  const unreadOnly = args.unreadOnly ?? false;
  // A link to a record the viewer cannot open now (scope changed, record deleted) is dropped; the text stays.
  const rows = await visibleLinks(
    ctx.db,
    viewer,
    await repo.list(viewer.user.id, { unreadOnly, after, limit: first + 1 }),
  );
  return toConnection(
    rows,
    first,
    after !== null,
    (r) => [r.createdAt.toISOString(), r.id],
    toNode,
    () => repo.count(viewer.user.id, unreadOnly),
  );
}

export async function unreadCount(ctx: Context) {
  const viewer = requireViewer(ctx);
  return new NotificationsRepository(ctx.db).count(viewer.user.id, true);
}

export async function markRead(ctx: Context, args: unknown) {
  const viewer = requireViewer(ctx);
  const input = parseInput(MarkNotificationsReadInput, args);
  const ids = input.all ? null : input.ids!.map((id, i) => parseId(id, 'Notification', `ids.${i}`));
  const repo = new NotificationsRepository(ctx.db);
  // Someone else's ids simply match nothing: only the caller's own notifications change.
  await repo.markRead(viewer.user.id, ids);
  return repo.count(viewer.user.id, true);
}

/** Celebration reminders are opt-in; every other kind comes in-app until the user chooses otherwise. */
const defaultChannel = (kind: string) => (kind === 'CELEBRATION' ? ('OFF' as const) : ('IN_APP' as const));

export async function getSettings(ctx: Context) {
  const viewer = requireViewer(ctx);
  const { rows, reminderMinutes } = await new NotificationsRepository(ctx.db).settings(viewer.user.id);
  const chosen = new Map(rows.map((r) => [r.kind, r.channel]));
  return {
    kinds: NOTIFICATION_KINDS.map((kind) => ({ kind, channel: chosen.get(kind) ?? defaultChannel(kind) })),
    reminderMinutes,
  };
}

export async function updateSettings(ctx: Context, args: { input: unknown }) {
  const viewer = requireViewer(ctx);
  const input = parseInput(NotificationSettingsInput, args.input, 'input');
  await new NotificationsRepository(ctx.db).saveSettings(
    viewer.user.id,
    input.kinds ?? [],
    input.reminderMinutes ?? undefined,
  );
  return getSettings(ctx);
}
