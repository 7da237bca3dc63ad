// A notification's link is an app path written when it was created (e.g. /clients/<id>). When the list is read the
// reader's scope may have changed (a team change, a reassignment, a deleted record): a link to a client, activity or
// opportunity the reader cannot open now is dropped — the text stays (it was written for this reader). Other paths
// (an import's result page) belong to the reader and pass through.
import type { Db } from '../../db/prisma.ts';
import type { Viewer } from '../../graphql/context.ts';
import { tryParseId } from '../../graphql/ids.ts';
import { readableLinkedRecords, type LinkedRecordIds } from './notifications.repository.ts';

const RECORD_PAGES = {
  clients: { type: 'Client', permission: 'clients.read' },
  activities: { type: 'Activity', permission: 'activities.read' },
  opportunities: { type: 'Opportunity', permission: 'opportunities.read' },
} as const;
type Page = keyof typeof RECORD_PAGES;

const RECORD_PATH = /^\/([a-z]+)\/([^/?#]+)(?:[/?#].*)?$/;

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

/** The links of `rows` the viewer may follow now (one statement for the page); the others become null. */
export async function visibleLinks<T extends { link: string | null }>(db: Db, viewer: Viewer, rows: T[]): Promise<T[]> {
  const ids: LinkedRecordIds = { clients: [], activities: [], opportunities: [] };
  const records = rows.map((row) => (row.link ? linkedRecord(row.link) : null));
  for (const record of records) {
    if (record?.id && viewer.permissions.has(RECORD_PAGES[record.page].permission)) ids[record.page].push(record.id);
  }
  const readable = await readableLinkedRecords(db, viewer, ids);
  return rows.map((row, i) => {
    const record = records[i];
    return record && !(record.id && readable.has(record.id)) ? { ...row, link: null } : row;
  });
}
