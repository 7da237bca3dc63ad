// Builds EmailCampaign nodes for a page of rows with one query each for groups, users and history (no N+1).
import type { Db } from '../../db/prisma.ts';
import { globalId } from '../../graphql/ids.ts';
import { campaignFiles, EmailCampaignsRepository, type EmailCampaignRow } from './email-campaigns.repository.ts';
import { MailingGroupsRepository } from './mailing-groups.repository.ts';
import { toMailingGroupNode } from './mailing-groups.service.ts';

type EventCounts = { sentCount: number | null; failedCount: number | null; suppressedCount: number | null };

/** The counts the sender wrote on the SENDING → SENT entry (null on the other entries). */
function outcomeOf(e: EventCounts) {
  if (e.sentCount === null) return null;
  const [sent, failed, suppressed] = [e.sentCount, e.failedCount ?? 0, e.suppressedCount ?? 0];
  return { total: sent + failed + suppressed, queued: 0, sending: 0, sent, failed, suppressed };
}

export async function toCampaignNodes(db: Db, rows: EmailCampaignRow[]) {
  if (!rows.length) return [];
  const repo = new EmailCampaignsRepository(db);
  const ids = rows.map((r) => r.id);
  const [groups, events, counts] = await Promise.all([
    new MailingGroupsRepository(db).groups([...new Set(rows.flatMap((r) => r.groupIds))]),
    repo.events(ids),
    repo.progress(ids),
  ]);
  const progressOf = (id: string) => {
    const n = (state: string) => counts.find((c) => c.campaignId === id && c.state === state)?._count ?? 0;
    const p = {
      queued: n('QUEUED'),
      sending: n('SENDING'),
      sent: n('SENT'),
      failed: n('FAILED'),
      suppressed: n('SUPPRESSED'),
    };
    return { ...p, total: p.queued + p.sending + p.sent + p.failed + p.suppressed };
  };
  const userIds = new Set([
    ...rows.flatMap((r) => [r.createdById, r.approvedById ?? r.createdById]),
    ...events.map((e) => e.userId),
  ]);
  const names = new Map((await repo.userNames([...userIds])).map((u) => [u.id, u.name]));
  const groupById = new Map(groups.map((g) => [g.id, toMailingGroupNode(g)]));
  return rows.map((r) => ({
    ...r,
    id: globalId('EmailCampaign', r.id),
    groups: r.groupIds.map((g) => groupById.get(g)).filter((g) => g !== undefined),
    progress: progressOf(r.id),
    templateId: r.templateId ? globalId('EmailTemplate', r.templateId) : null,
    attachments: campaignFiles(r.attachments).map((f) => ({ name: f.name, mimeType: f.mimeType })),
    createdByName: names.get(r.createdById) ?? '',
    approvedByName: r.approvedById ? (names.get(r.approvedById) ?? '') : null,
    history: events
      .filter((e) => e.campaignId === r.id)
      .map((e) => ({
        fromState: e.fromState,
        toState: e.toState,
        userName: names.get(e.userId) ?? '',
        note: e.note,
        at: e.at,
        outcome: outcomeOf(e),
      })),
  }));
}
