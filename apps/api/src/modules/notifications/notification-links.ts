// A notification's link is an app path written when it was created (e.g. /clients/<id>). When the list is read the
// reader's scope may have changed (a team change, a reassignment, a deleted record): a link to a client, activity,
// opportunity or call campaign (/my-campaigns/<id>) the reader cannot open now is dropped — the text stays (it was
// written for this reader). Other paths (an import's result page) belong to the reader and pass through.
import type { Db } from '../../db/prisma.ts';
import type { PermissionKey } from '@veza/shared';
import type { Viewer } from '../../graphql/context.ts';
import { tryParseId } from '../../graphql/ids.ts';
import { userScopes } from '../auth/index.ts';
import type { NotificationMailCheck } from '../mail/index.ts';
import { readableLinkedRecords, type LinkedRecordIds } from './notifications.repository.ts';

/** Each record page: the id's type and the permissions of which the reader needs one (besides the record's scope). */
const RECORD_PAGES = {
  clients: { type: 'Client', key: 'clients', permissions: ['clients.read'] },
  activities: { type: 'Activity', key: 'activities', permissions: ['activities.read'] },
  opportunities: { type: 'Opportunity', key: 'opportunities', permissions: ['opportunities.read'] },
  // The work page (/my-campaigns/:id) is the web app's route for campaigns.work, and reads campaign(id) within the
  // CAMPAIGNS scope (canSeeCampaign): a reader with only campaigns.manage would get a link to a page it cannot open.
  'my-campaigns': { type: 'Campaign', key: 'campaigns', permissions: ['campaigns.work'] },
} as const satisfies Record<
  string,
  { type: string; key: keyof LinkedRecordIds; permissions: readonly PermissionKey[] }
>;
type Page = keyof typeof RECORD_PAGES;

const RECORD_PATH = /^\/([a-z-]+)\/([^/?#]+)(?:[/?#].*)?$/;

/** The record a link opens: its page and row id; null for a path that is not a record page. */
function linkedRecord(link: string): { page: Page; id: string | null } | null {
  const match = RECORD_PATH.exec(link);
  if (!match || !Object.hasOwn(RECORD_PAGES, match[1]!)) return null;
  const page = match[1] as Page;
  let id: string | null = null;
  try {
    id = tryParseId(decodeURIComponent(match[2]!), RECORD_PAGES[page].type);
  } catch {
    // a malformed escape opens nothing: the link is dropped like one to an unreadable record
  }
  return { page, id };
}

/** What the check needs of a reader: a request's viewer, or a notification mail's recipient (auth's userScopes). */
type ReaderViewer = Pick<Viewer, 'user' | 'scopes' | 'teamUserIds' | 'permissions'>;

/** The links of `rows` the viewer may follow now (one statement for the page); the others become null. */
export async function visibleLinks<T extends { link: string | null }>(
  db: Db,
  viewer: ReaderViewer,
  rows: T[],
): Promise<T[]> {
  const ids: LinkedRecordIds = { clients: [], activities: [], opportunities: [], campaigns: [] };
  const records = rows.map((row) => (row.link ? linkedRecord(row.link) : null));
  for (const record of records) {
    const page = record && RECORD_PAGES[record.page];
    if (record?.id && page!.permissions.some((p) => viewer.permissions.has(p))) ids[page!.key].push(record.id);
  }
  const readable = await readableLinkedRecords(db, viewer, ids);
  return rows.map((row, i) => {
    const record = records[i];
    return record && !(record.id && readable.has(record.id)) ? { ...row, link: null } : row;
  });
}

/**
 * The mail module's send-time check of a queued notification mail: nothing for a recipient deactivated since (null),
 * else the link the recipient may still follow — the in-app list's rule, applied as the recipient at send time.
 */
export function notificationMailCheck(db: Db): NotificationMailCheck {
  return async (recipientId, link) => {
    const reader = await userScopes(db, recipientId);
    if (!reader) return null;
    const [row] = await visibleLinks(db, reader, [{ link }]);
    return { link: row!.link };
  };
}
