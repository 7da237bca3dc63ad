// What a report may read: with reports.read the records its subject's visibility scope allows (modules/visibility),
// else only the viewer's own records (activities they own or take part in, their opportunities, clients, campaigns).
import { RECORD_KINDS, type RecordKind, type RecordScopes, type ReportSubject } from '@veza/shared';
import type { Prisma } from '../../db/prisma.ts';
import { scopeOf, scopeWhere, type ScopedViewer } from '../visibility/index.ts';

const KIND: Record<ReportSubject, [RecordKind, string]> = {
  ACTIVITIES: ['ACTIVITIES', 'a'],
  OPPORTUNITIES: ['OPPORTUNITIES', 'o'],
  CLIENTS: ['CLIENTS', 'c'],
  CAMPAIGN_ITEMS: ['CAMPAIGNS', 'k'],
};

const OWN_ONLY = Object.fromEntries(RECORD_KINDS.map((k) => [k, { read: 'OWN', edit: 'OWN' }])) as RecordScopes;

/** null: no restriction beyond the client filter (an ALL scope). */
export function visibility(subject: ReportSubject, viewer: ScopedViewer, reportsAll: boolean): Prisma.Sql | null {
  const v: ScopedViewer = reportsAll ? viewer : { ...viewer, scopes: OWN_ONLY };
  const [kind, alias] = KIND[subject];
  return scopeOf(v, kind, 'read') === 'ALL' ? null : scopeWhere(v, kind, 'read', alias);
}
